// The approved list and the award decision (with the list attached).
#include "documents.h"

#include "adminblocks.h"
#include "adminformat.h"
#include "approvedexport.h"

#include "doctext.h"

namespace vd::docs {

namespace {

QDate orToday(const QDate &date) { return date.isValid() ? date : QDate::currentDate(); }

Paragraph boldLine(const QString &text)
{
    Paragraph p(Styles::BodyPlain, { Run::boldText(text) });
    p.spaceBeforePt = 6;
    return p;
}

} // namespace

Table approvedTable(const ApprovedList &list)
{
    Table t({ 7, 21, 14, 21, 10, 27 });
    t.headerRows = 1;
    QList<TableCell> header;
    for (const QString &h : approvedListHeaders())
        header << headerCell(h);
    t << TableRow(header);
    int number = 0;
    int groupIndex = 0;
    for (const ApprovedGroup &g : list.groups) {
        const QString blocName
            = g.bloc.name.isEmpty() ? DocText::tr("Khối khác") : DocText::tr("Khối %1").arg(g.bloc.name);
        const QString heading
            = QStringLiteral("%1. %2 (%3)")
                  .arg(romanNumeral(++groupIndex), blocName, DocText::tr("%n người", nullptr, int(g.nominees.size())));
        // The group heading stays with its first honoree.
        t << TableRow({ TableCell(para(Styles::TableGroup, heading), 6) }, true);
        for (const Nominee &n : g.nominees) {
            const QStringList cells = approvedListRow(list, n, ++number);
            QList<TableCell> row { textCell(cells.at(0), Align::Center) };
            for (int c = 1; c < cells.size(); ++c)
                row << textCell(cells.at(c));
            t << TableRow(row);
        }
    }
    return t;
}

Document buildApprovedListDocument(const ApprovedList &list, const QDate &date)
{
    const Campaign &c = list.campaign;
    Document doc(DocText::tr("Danh sách Lao động giỏi tiêu biểu được biểu dương"));
    appendAdminHeader(doc, c, QString(), orToday(date));
    appendTitle(doc, DocText::tr("Danh sách"), { DocText::tr("Lao động giỏi tiêu biểu được biểu dương") }, true,
                DocText::tr("(%1)").arg(c.name));
    doc << approvedTable(list);
    doc << boldLine(DocText::tr("Tổng cộng: %n người.", nullptr, list.count()));
    const QList<Signer> signers = firstSigner(c);
    appendClosing(doc, {}, signers);
    return doc;
}

Result<Document> buildDecision(const ApprovedList &list, const QDate &when, qint64 rewardAmount)
{
    const Campaign &c = list.campaign;
    const qint64 amount = rewardAmount < 0 ? c.rewardAmount : rewardAmount;
    if (amount <= 0) {
        return Error::validation(DocText::tr("Chưa đặt mức tiền thưởng cho mỗi người của đợt \"%1\": "
                                             "đặt trong thiết lập đợt biểu dương hoặc dùng --amount.")
                                     .arg(c.name));
    }
    const QDate date = orToday(when);
    const int count = list.count();
    const qint64 total = amount * count;
    const QString authority = DocText::tr("Ban Thường vụ %1").arg(c.issuingBody);
    const QString number = DocText::tr("      /QĐ-LĐLĐ");

    Document doc(DocText::tr("Quyết định khen thưởng Lao động giỏi tiêu biểu năm %1").arg(c.year));
    appendAdminHeader(doc, c, number, date);
    appendTitle(doc, DocText::tr("Quyết định"),
                { DocText::tr("Về việc khen thưởng Lao động giỏi tiêu biểu năm %1").arg(c.year) });
    Paragraph by(Styles::Subject, authority.toUpper());
    by.spaceAfterPt = 6;
    doc << by;
    if (!c.documentNumber.isEmpty()) {
        doc << Paragraph(Styles::Body,
                         { Run::italicText(DocText::tr("Căn cứ Kế hoạch số %1 ngày %2 về việc tổ chức %3;")
                                               .arg(c.documentNumber,
                                                    c.documentDate.toString(QStringLiteral("dd/MM/yyyy")), c.name)) });
    }
    doc << Paragraph(Styles::Body, { Run::italicText(DocText::tr("Xét đề nghị của Hội đồng Thi đua - Khen thưởng,")) });
    Paragraph decides(Styles::Subject, DocText::tr("QUYẾT ĐỊNH:"));
    decides.spaceBeforePt = 6;
    decides.spaceAfterPt = 6;
    doc << decides;
    auto article = [&doc](const QString &label, const QString &text) {
        doc << Paragraph(Styles::Body, { Run::boldText(label + QLatin1Char(' ')), Run(text) });
    };
    article(DocText::tr("Điều 1."), DocText::tr("Khen thưởng %n cá nhân đạt danh hiệu Lao động giỏi tiêu biểu năm %1 "
                                                "(có danh sách kèm theo).",
                                                nullptr, count)
                                        .arg(c.year));
    article(DocText::tr("Điều 2."), DocText::tr("Mỗi cá nhân được tặng Giấy khen và tiền thưởng %1 đồng. "
                                                "Tổng số tiền thưởng: %2 người × %1 đồng = %3 đồng.")
                                        .arg(formatAmount(amount))
                                        .arg(count)
                                        .arg(formatAmount(total)));
    article(DocText::tr("Điều 3."), DocText::tr("Văn phòng, các ban và các cá nhân có tên tại Điều 1 chịu trách nhiệm "
                                                "thi hành Quyết định này. Quyết định có hiệu lực kể từ ngày ký."));
    const QList<Signer> signers = firstSigner(c);
    appendClosing(doc, { DocText::tr("Như Điều 3"), DocText::tr("Lưu: VT") }, signers);

    // The annex on a new page, with its own title and the line that links it.
    doc << PageBreak {};
    appendTitle(doc, DocText::tr("Danh sách Lao động giỏi tiêu biểu được khen thưởng"), {}, false,
                DocText::tr("(Kèm theo Quyết định số %1 %2)")
                    .arg(QString(number).replace(QLatin1Char(' '), QChar(0x00A0)), longDate(date)));
    doc << approvedTable(list);
    doc << boldLine(
        DocText::tr("Tổng cộng: %1 người; tổng số tiền thưởng %2 đồng.").arg(count).arg(formatAmount(total)));
    return doc;
}

} // namespace vd::docs
