// Pagination rules of the PDF/print layout (pagelayout.h), checked on the
// placed boxes: rows never split, header rows repeat, headings and closings
// stay with what follows/precedes, margins are kept.
#include "adminblocks.h"
#include "docmodel.h"
#include "pagelayout.h"

#include <catch2/catch.hpp>

#include <QList>

using namespace vd;
using namespace vd::docs;

namespace {

constexpr qreal kTolMm = 0.05;

QString words(int n)
{
    QStringList out;
    for (int i = 0; i < n; ++i)
        out << QStringLiteral("chữ%1").arg(i);
    return out.join(QLatin1Char(' '));
}

// Every box inside the text area of its page.
void checkMargins(const PagedLayout &layout)
{
    const PageSetup &page = layout.page();
    const QSizeF sheet = page.sheetMm();
    for (const PlacedBox &b : layout.boxes()) {
        CAPTURE(b.page, b.block, b.row, b.rectMm.top(), b.rectMm.bottom());
        CHECK(b.rectMm.top() >= page.marginsMm.top() - kTolMm);
        CHECK(b.rectMm.bottom() <= sheet.height() - page.marginsMm.bottom() + kTolMm);
        CHECK(b.rectMm.left() >= page.marginsMm.left() - kTolMm);
        CHECK(b.rectMm.right() <= sheet.width() - page.marginsMm.right() + kTolMm);
    }
}

Table longTable(int rows)
{
    Table t({ 8, 40, 52 });
    t.headerRows = 1;
    t << TableRow({ headerCell(QStringLiteral("STT")), headerCell(QStringLiteral("Họ và tên")),
                    headerCell(QStringLiteral("Thành tích")) });
    for (int r = 1; r <= rows; ++r) {
        // Rows of 1 to 6 lines.
        t << TableRow({ textCell(QString::number(r), Align::Center), textCell(QStringLiteral("Nguyễn Văn %1").arg(r)),
                        textCell(words(4 + (r * 7) % 40)) });
    }
    return t;
}

} // namespace

TEST_CASE("table rows never split and the header row repeats on every page", "[docs][layout]")
{
    Document doc;
    doc << para(Styles::Body, words(30));
    doc << longTable(120);
    const PagedLayout layout(doc);
    REQUIRE(layout.pageCount() >= 3);
    checkMargins(layout);
    QList<int> pagesOfRow(121, -1);
    QList<bool> pageHasRepeatedHeader(layout.pageCount(), false);
    qreal firstTopOnPage[64];
    for (qreal &t : firstTopOnPage)
        t = 1e9;
    for (const PlacedBox &b : layout.boxes()) {
        firstTopOnPage[b.page] = qMin(firstTopOnPage[b.page], b.rectMm.top());
        if (b.kind == PlacedBox::Row) {
            CHECK_FALSE(b.cut);
            CHECK(pagesOfRow[b.row] == -1); // placed once: not split over two pages
            pagesOfRow[b.row] = b.page;
        } else if (b.kind == PlacedBox::RepeatedHeaderRow) {
            CHECK(b.row == 0);
            pageHasRepeatedHeader[b.page] = true;
            // Continuation pages start at the top margin, with the header.
            CHECK(b.rectMm.top() == Approx(layout.page().marginsMm.top()).margin(kTolMm));
        }
    }
    for (int r = 0; r <= 120; ++r)
        CHECK(pagesOfRow[r] >= 0);
    CHECK(pagesOfRow[0] == pagesOfRow[1]); // the header stays with the first row
    for (int p = 1; p < layout.pageCount(); ++p) {
        CAPTURE(p);
        CHECK(pageHasRepeatedHeader[p]);
        CHECK(firstTopOnPage[p] == Approx(layout.page().marginsMm.top()).margin(kTolMm));
    }
}

TEST_CASE("a row taller than a page is cut between lines, under the repeated header", "[docs][layout]")
{
    Document doc;
    Table t({ 20, 80 });
    t.headerRows = 1;
    t << TableRow({ headerCell(QStringLiteral("A")), headerCell(QStringLiteral("B")) });
    t << TableRow({ textCell(QStringLiteral("1")), textCell(words(2500)) });
    doc << t;
    const PagedLayout layout(doc);
    REQUIRE(layout.pageCount() >= 2);
    checkMargins(layout);
    int cutParts = 0;
    for (const PlacedBox &b : layout.boxes()) {
        if (b.kind == PlacedBox::Row && b.row == 1) {
            CHECK(b.cut);
            ++cutParts;
        }
    }
    CHECK(cutParts == layout.pageCount());
}

TEST_CASE("a heading stays with the paragraph after it; no single line left alone", "[docs][layout]")
{
    // Fill page 1 so that the heading would be its last line.
    for (int filler = 20; filler < 60; ++filler) {
        Document doc;
        for (int i = 0; i < filler; ++i)
            doc << para(Styles::BodyPlain, QStringLiteral("Dòng %1").arg(i));
        doc << para(Styles::Heading, QStringLiteral("II. ĐỀ MỤC"));
        doc << para(Styles::Body, words(120)); // several lines
        const PagedLayout layout(doc);
        int headingPage = -1;
        QList<int> bodyLinePages;
        for (const PlacedBox &b : layout.boxes()) {
            if (b.block == filler)
                headingPage = b.page;
            if (b.block == filler + 1) {
                for (int l = b.firstLine; l <= b.lastLine; ++l)
                    bodyLinePages << b.page;
            }
        }
        CAPTURE(filler);
        REQUIRE(bodyLinePages.size() >= 4);
        CHECK(headingPage == bodyLinePages.first());
        // Widow and orphan control: first two and last two lines together.
        CHECK(bodyLinePages.at(0) == bodyLinePages.at(1));
        CHECK(bodyLinePages.at(bodyLinePages.size() - 1) == bodyLinePages.at(bodyLinePages.size() - 2));
    }
}

TEST_CASE("the signature and Nơi nhận stay together and with the last lines", "[docs][layout]")
{
    Campaign c;
    c.signers = { { QStringLiteral("TM. BTV LĐLĐ HUYỆN"), QStringLiteral("CHỦ TỊCH"), QStringLiteral("Lê Văn Thịnh") },
                  { QStringLiteral("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH"), QStringLiteral("PHÓ CHỦ TỊCH"),
                    QStringLiteral("Lương Thế Quý") } };
    const QStringList recipients = { QStringLiteral("Thường trực LĐLĐ TP"), QStringLiteral("Lưu: VT") };
    for (int filler = 20; filler < 60; filler += 3) {
        Document doc;
        for (int i = 0; i < filler; ++i)
            doc << para(Styles::BodyPlain, QStringLiteral("Dòng %1").arg(i));
        doc << para(Styles::Body, words(60));
        appendClosing(doc, recipients, c.signers);
        const PagedLayout layout(doc);
        const int closing = int(doc.blocks.size()) - 1;
        QList<int> closingPages;
        int lastLinePage = -1;
        for (const PlacedBox &b : layout.boxes()) {
            if (b.block == closing)
                closingPages << b.page;
            if (b.block == closing - 1)
                lastLinePage = b.page; // the last slice wins
        }
        CAPTURE(filler);
        REQUIRE(closingPages.size() == 3); // heads, names, Nơi nhận
        CHECK(closingPages.first() == closingPages.last());
        CHECK(lastLinePage == closingPages.first());
        checkMargins(layout);
    }
}

TEST_CASE("a page break starts a new page and page numbers need not be drawn", "[docs][layout]")
{
    Document doc;
    doc.page.pageNumbers = false;
    doc << para(Styles::Body, QStringLiteral("Một")) << PageBreak {} << para(Styles::Body, QStringLiteral("Hai"))
        << PageBreak {};
    const PagedLayout layout(doc);
    CHECK(layout.pageCount() == 2); // a break at the end adds no empty page
    QList<int> pages;
    for (const PlacedBox &b : layout.boxes())
        pages << b.page;
    CHECK(pages == QList<int> { 0, 1 });
}

TEST_CASE("text is laid out in points: a line of 14 pt text is 1.15 × 14 pt high", "[docs][layout]")
{
    Document doc;
    doc << para(Styles::Motto, QStringLiteral("Độc lập - Tự do - Hạnh phúc"));
    const PagedLayout layout(doc);
    REQUIRE(layout.boxes().size() == 1);
    // Times New Roman / Liberation Serif: ascent + descent + line gap = 2355/2048 em.
    CHECK(layout.boxes().first().rectMm.height() == Approx(14 * 2355.0 / 2048 / kPtPerMm).margin(0.02));
    // The width of the text line, measured the same way, is well under the column.
    const qreal width = naturalWidthMm(doc.styles, para(Styles::Motto, QStringLiteral("Độc lập - Tự do - Hạnh phúc")));
    CHECK(width > 50);
    CHECK(width < 80);
}
