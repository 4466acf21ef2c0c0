#include "doctesttools.h"

#include "adminformat.h"
#include "approvedlist.h"
#include "campaignstore.h"
#include "documents.h"
#include "docwriters.h"
#include "pagedrender.h"
#include "pagelayout.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace vd;
using namespace vd::docs;
using namespace vd::test;

namespace {

Campaign activeCampaign(Database &db)
{
    auto c = CampaignStore(db).loadActive();
    REQUIRE(c.ok());
    return *c;
}

ApprovedList approvedList(Database &db)
{
    auto list = loadApprovedList(db);
    REQUIRE(list.ok());
    return *list;
}

// The checks every administrative PDF must pass.
void checkAdministrativePdf(const QString &path)
{
    const QString info = runTool(QStringLiteral("pdfinfo"), { path });
    CHECK(info.contains(
        QRegularExpression(QStringLiteral("Page size:\\s+595(\\.\\d+)? x 84[12](\\.\\d+)? pts \\(A4\\)"))));
    const QStringList fonts
        = runTool(QStringLiteral("pdffonts"), { path }).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(fonts.size() > 2);
    for (int i = 2; i < fonts.size(); ++i) {
        CAPTURE(fonts.at(i).toStdString());
        CHECK(fonts.at(i).contains(QStringLiteral(" yes ")));
        CHECK((fonts.at(i).contains(QStringLiteral("LiberationSerif"))
               || fonts.at(i).contains(QStringLiteral("TimesNewRoman"))));
    }
    const QString text = squeezed(pdfText(path, 1, 1));
    CHECK(text.contains(QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")));
    CHECK(text.contains(QStringLiteral("Độc lập - Tự do - Hạnh phúc")));
    CHECK(text.contains(QStringLiteral("LIÊN ĐOÀN LAO ĐỘNG")));
    CHECK(text.contains(QStringLiteral("HUYỆN AN DƯƠNG")));
}

} // namespace

TEST_CASE("amounts use Vietnamese thousands separators", "[docs]")
{
    struct Row
    {
        qint64 amount;
        QString text;
    };
    const QList<Row> rows = {
        { 0, QStringLiteral("0") },
        { 500, QStringLiteral("500") },
        { 1500, QStringLiteral("1.500") },
        { 1500000, QStringLiteral("1.500.000") },
        { 142500000, QStringLiteral("142.500.000") },
        { -25000, QStringLiteral("-25.000") },
    };
    for (const Row &r : rows)
        CHECK(formatAmount(r.amount) == r.text);
}

TEST_CASE("programme PDF has the administrative header, the six items and A4 embedded fonts", "[docs][pdf]")
{
    TempDir dir;
    auto db = openDatabase(dir.file(QStringLiteral("x.sqlite")));
    const Campaign c = activeCampaign(*db);
    const QString path = dir.file(QStringLiteral("ct.pdf"));
    REQUIRE(writePdf(buildProgramme(c), path).ok());
    checkAdministrativePdf(path);

    const QString text = flat(pdfText(path));
    const QStringList expected = {
        QStringLiteral("An Dương, ngày 04 tháng 7 năm 2024"),
        QStringLiteral("CHƯƠNG TRÌNH"),
        QStringLiteral("HỘI NGHỊ BIỂU DƯƠNG LAO ĐỘNG SÁNG TẠO, LAO ĐỘNG GIỎI TIÊU BIỂU NĂM 2023"),
        QStringLiteral("1. Thời gian: 7 giờ 30 phút, ngày 26 tháng 7 năm 2024 (½ ngày)."),
        QStringLiteral("2. Địa điểm: Hội trường Nhà văn hóa huyện."),
        QStringLiteral("3. Thành phần hội nghị:"),
        QStringLiteral("- Chủ tịch UBMTTQ và các đoàn thể nhân dân huyện;"),
        QStringLiteral("- Đại biểu được biểu dương."),
        QStringLiteral("4. Nội dung chương trình hội nghị:"),
        QStringLiteral("1. Văn nghệ chào mừng;"),
        QStringLiteral("2. Tuyên bố lý do, giới thiệu đại biểu;"),
        QStringLiteral("3. Báo cáo kết quả phong trào thi đua “Lao động sáng tạo – Lao động giỏi” trong "
                       "cán bộ, đoàn viên, CNVCLĐ huyện;"),
        QStringLiteral("4. Phát biểu của lãnh đạo thành phố và huyện;"),
        QStringLiteral("5. Biểu dương, tôn vinh, khen thưởng;"),
        QStringLiteral("6. Phát động thi đua và bế mạc hội nghị."),
        QStringLiteral("TM. BTV LĐLĐ HUYỆN"),
        QStringLiteral("Lê Văn Thịnh"),
        QStringLiteral("Lương Thế Quý"),
        QStringLiteral("Nơi nhận:"),
        QStringLiteral("- Lưu: VT VP huyện; LĐLĐ huyện."),
    };
    for (const QString &e : expected) {
        CAPTURE(e.toStdString());
        CHECK(text.contains(e));
    }
    // "Nơi nhận:" is printed once, with its list.
    CHECK(text.count(QStringLiteral("Nơi nhận:")) == 1);
}

TEST_CASE("programme ODT is a valid zip whose content.xml has the title", "[docs][odt]")
{
    TempDir dir;
    auto db = openDatabase(dir.file(QStringLiteral("x.sqlite")));
    const QString path = dir.file(QStringLiteral("ct.odt"));
    REQUIRE(writeDocument(buildProgramme(activeCampaign(*db)), QStringLiteral("odt"), path).ok());
    CHECK(zipEntry(path, QStringLiteral("mimetype")) == QStringLiteral("application/vnd.oasis.opendocument.text"));
    const QString content = zipEntry(path, QStringLiteral("content.xml"));
    CHECK(content.contains(QStringLiteral("CHƯƠNG TRÌNH")));
    CHECK(content.contains(QStringLiteral("Độc lập - Tự do - Hạnh phúc")));
    CHECK(content.contains(QStringLiteral("Phát động thi đua và bế mạc hội nghị.")));
    CHECK(odfPackageValid(path));

    // An A4 layout with the decree's margins, Times New Roman and a page
    // number header on every page but the first (a first-page master page).
    const QString styles = zipEntry(path, QStringLiteral("styles.xml"));
    CHECK(styles.contains(QStringLiteral("fo:page-width=\"210.00mm\" fo:page-height=\"297.00mm\"")));
    CHECK(styles.contains(QStringLiteral("fo:margin-left=\"30.00mm\" fo:margin-right=\"15.00mm\"")));
    CHECK(styles.contains(QStringLiteral("fo:margin-bottom=\"20.00mm\"")));
    CHECK(styles.contains(QStringLiteral("<text:page-number")));
    CHECK(styles.contains(QStringLiteral("style:next-style-name=\"Standard\"")));
    CHECK(content.contains(QStringLiteral("style:master-page-name=\"VdFirst\"")));
    CHECK(styles.contains(QStringLiteral("Times New Roman")));
    // Real named styles a user can restyle, at the decree's sizes.
    CHECK(styles.contains(QStringLiteral("style:name=\"VdMotto\" style:display-name=\"VD Tiêu ngữ\"")));
    CHECK_FALSE(content.contains(QStringLiteral("text-position")));
    CHECK(zipEntry(path, QStringLiteral("META-INF/manifest.xml")).contains(QStringLiteral("styles.xml")));
}

TEST_CASE("approved list PDF has bloc headings, names in order and page numbers from page 2", "[docs][pdf]")
{
    TempDir dir;
    auto db = openDatabase(dir.file(QStringLiteral("x.sqlite")));
    addStandardHonorees(*db);
    // Enough honorees for several pages.
    for (int i = 1; i <= 30; ++i)
        addHonoree(*db, QStringLiteral("TH"), QStringLiteral("Ngô Văn Thành %1").arg(i),
                   QStringLiteral("Trường Tiểu học An Dương"));
    const QString path = dir.file(QStringLiteral("ds.pdf"));
    REQUIRE(writePdf(buildApprovedListDocument(approvedList(*db), QDate(2024, 7, 20)), path).ok());
    checkAdministrativePdf(path);
    const int pages = pdfPageCount(path);
    REQUIRE(pages >= 3);

    const QString all = squeezed(pdfText(path));
    CHECK(all.contains(QStringLiteral("An Dương, ngày 20 tháng 7 năm 2024")));
    CHECK(all.contains(QStringLiteral("DANH SÁCH")));
    CHECK(all.contains(QStringLiteral("LAO ĐỘNG GIỎI TIÊU BIỂU ĐƯỢC BIỂU DƯƠNG")));
    CHECK(all.contains(QStringLiteral("I. Khối Mầm non (5 người)")));
    CHECK(all.contains(QStringLiteral("II. Khối Tiểu học (30 người)")));
    CHECK(all.contains(QStringLiteral("III. Khối Doanh nghiệp (1 người)")));
    CHECK(all.contains(QStringLiteral("Tổng cộng: 36 người.")));
    CHECK_FALSE(all.contains(QStringLiteral("Đỗ Văn Bình")));
    int previous = -1;
    for (const QString &name : standardOrder()) {
        CAPTURE(name.toStdString());
        const int at = all.indexOf(name);
        CHECK(at > previous);
        previous = at;
    }

    // Page 1 has no number; every later page starts with its number, centred.
    const QString first = pdfText(path, 1, 1).trimmed();
    CHECK(first.startsWith(QStringLiteral("LIÊN ĐOÀN LAO ĐỘNG")));
    for (int p = 2; p <= pages; ++p) {
        const QString page = pdfText(path, p, p);
        const QString firstLine = page.trimmed().section(QLatin1Char('\n'), 0, 0);
        CAPTURE(p, firstLine.toStdString());
        CHECK(firstLine.trimmed() == QString::number(p));
        // The header row is repeated on every page.
        CHECK(squeezed(page).contains(QStringLiteral("Họ và tên")));
    }
}

TEST_CASE("approved list ODT has the title, the bloc headings and the honorees", "[docs][odt]")
{
    TempDir dir;
    auto db = openDatabase(dir.file(QStringLiteral("x.sqlite")));
    addStandardHonorees(*db);
    const QString path = dir.file(QStringLiteral("ds.odt"));
    REQUIRE(writeDocument(buildApprovedListDocument(approvedList(*db), QDate(2024, 7, 20)), QStringLiteral("odt"), path)
                .ok());
    const QString content = zipEntry(path, QStringLiteral("content.xml"));
    CHECK(content.contains(QStringLiteral("LAO ĐỘNG GIỎI TIÊU BIỂU ĐƯỢC BIỂU DƯƠNG")));
    CHECK(content.contains(QStringLiteral("Khối Mầm non")));
    for (const QString &name : standardOrder())
        CHECK(content.contains(name));
    CHECK(odfPackageValid(path));
}

TEST_CASE("award decision states the reward total and attaches the list", "[docs][pdf]")
{
    TempDir dir;
    auto db = openDatabase(dir.file(QStringLiteral("x.sqlite")));
    addStandardHonorees(*db);
    const ApprovedList list = approvedList(*db);

    auto refused = buildDecision(list, QDate(2024, 7, 22)); // the built-in campaign has no amount
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Validation);

    auto decision = buildDecision(list, QDate(2024, 7, 22), 1500000);
    REQUIRE(decision.ok());
    const QString path = dir.file(QStringLiteral("qd.pdf"));
    REQUIRE(writePdf(*decision, path).ok());
    checkAdministrativePdf(path);
    const QString text = squeezed(pdfText(path));
    CHECK(text.contains(QStringLiteral("QUYẾT ĐỊNH")));
    CHECK(text.contains(QStringLiteral("Khen thưởng 6 cá nhân")));
    CHECK(text.contains(QStringLiteral("tiền thưởng 1.500.000 đồng")));
    CHECK(text.contains(QStringLiteral("6 người × 1.500.000 đồng = 9.000.000 đồng")));
    CHECK(text.contains(QStringLiteral("DANH SÁCH LAO ĐỘNG GIỎI TIÊU BIỂU ĐƯỢC KHEN THƯỞNG")));
    for (const QString &name : standardOrder())
        CHECK(text.contains(name));
    // The campaign's own amount is used when set.
    Campaign c = list.campaign;
    c.rewardAmount = 2000000;
    ApprovedList withAmount = list;
    withAmount.campaign = c;
    auto second = buildDecision(withAmount, QDate(2024, 7, 22));
    REQUIRE(second.ok());
    CHECK(second->plainText().contains(QStringLiteral("= 12.000.000 đồng")));
}

TEST_CASE("invitations put one honoree on each page", "[docs][pdf]")
{
    TempDir dir;
    auto db = openDatabase(dir.file(QStringLiteral("x.sqlite")));
    addStandardHonorees(*db);
    const QString path = dir.file(QStringLiteral("gm.pdf"));
    REQUIRE(writePdf(buildInvitations(approvedList(*db), QDate(2024, 7, 15)), path).ok());
    checkAdministrativePdf(path);
    const QStringList order = standardOrder();
    REQUIRE(pdfPageCount(path) == order.size());
    for (int p = 1; p <= order.size(); ++p) {
        const QString page = squeezed(pdfText(path, p, p));
        CAPTURE(p);
        CHECK(page.contains(QStringLiteral("GIẤY MỜI")));
        CHECK(page.contains(order.at(p - 1)));
        CHECK(page.contains(QStringLiteral("Thời gian: 7 giờ 30 phút, ngày 26 tháng 7 năm 2024.")));
        for (int q = 0; q < order.size(); ++q) {
            if (q != p - 1)
                CHECK_FALSE(page.contains(order.at(q)));
        }
    }
}

TEST_CASE("the programme and the invitations follow the campaign's start time", "[docs]")
{
    TempDir dir;
    auto db = openDatabase(dir.file(QStringLiteral("x.sqlite")));
    addStandardHonorees(*db);
    Campaign c = activeCampaign(*db);
    c.conferenceStart = QTime(14, 0);
    REQUIRE(CampaignStore(*db).update(c).ok());
    const Campaign stored = activeCampaign(*db);
    CHECK(stored.conferenceStart == QTime(14, 0));
    CHECK(buildProgramme(stored).plainText().contains(
        QStringLiteral("Thời gian: 14 giờ, ngày 26 tháng 7 năm 2024 (½ ngày).")));
    CHECK(buildInvitations(approvedList(*db), QDate(2024, 7, 15))
              .plainText()
              .contains(QStringLiteral("Thời gian: 14 giờ, ngày 26 tháng 7 năm 2024.")));

    // No start time: the duration and the day, as the plan words it.
    c.conferenceStart = QTime();
    REQUIRE(CampaignStore(*db).update(c).ok());
    CHECK_FALSE(activeCampaign(*db).conferenceStart.isValid());
    CHECK(buildProgramme(activeCampaign(*db))
              .plainText()
              .contains(QStringLiteral("Thời gian: ½ ngày, ngày 26 tháng 7 năm 2024.")));
}

TEST_CASE("the programme's closing, Nơi nhận included, stays on page 1 when it fits", "[docs][layout]")
{
    TempDir dir;
    auto db = openDatabase(dir.file(QStringLiteral("x.sqlite")));
    Campaign c = activeCampaign(*db);
    const auto closingPages = [](const Document &doc, const PagedLayout &layout) {
        QList<int> pages;
        for (const PlacedBox &b : layout.boxes()) {
            if (b.block >= int(doc.blocks.size()) - 2) // the last item and the closing
                pages << b.page;
        }
        return pages;
    };
    // Fewer participants: everything fits on one sheet.
    c.participants = c.participants.mid(0, 3);
    const Document shorter = buildProgramme(c);
    const PagedLayout one(shorter);
    CHECK(one.pageCount() == 1);
    CHECK(closingPages(shorter, one) == QList<int>(closingPages(shorter, one).size(), 0));

    // The plan's nine participants: the closing (signatures and Nơi nhận,
    // about 80 mm) does not fit under item 6 on page 1; it moves to page 2
    // whole, with the last item — never Nơi nhận alone.
    const Document full = buildProgramme(activeCampaign(*db));
    const PagedLayout two(full);
    REQUIRE(two.pageCount() == 2);
    const QList<int> pages = closingPages(full, two);
    REQUIRE_FALSE(pages.isEmpty());
    CHECK(pages == QList<int>(pages.size(), 1));
}

TEST_CASE("DOCX, PDF and ODT writes into a missing folder fail with a Storage error", "[docs]")
{
    TempDir dir;
    auto db = openDatabase(dir.file(QStringLiteral("x.sqlite")));
    const Document doc = buildProgramme(activeCampaign(*db));
    for (const QString &format : documentFormats()) {
        const QString path = dir.file(QStringLiteral("no/such/ct.") + format);
        auto written = writeDocument(doc, format, path);
        REQUIRE_FALSE(written.ok());
        CHECK(written.error().kind == ErrorKind::Storage);
        CHECK_FALSE(QFile::exists(path));
    }
    auto bad = writeDocument(doc, QStringLiteral("rtf"), dir.file(QStringLiteral("ct.rtf")));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().kind == ErrorKind::Usage);
}
