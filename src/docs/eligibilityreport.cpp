// The council's eligibility report (Hội đồng Thi đua - Khen thưởng): figures
// per bloc, one summary table of every nominee (verdict and finding codes) by
// bloc, then the findings in detail only for the nominees that have any or are
// under review. Compact on purpose: a few lines per nominee, not a page.
#include "documents.h"

#include "adminblocks.h"
#include "doctext.h"
#include "privacy.h"
#include "review.h"
#include "rules.h"

#include <QHash>

namespace vd::docs {

namespace {

struct Counts
{
    int nominated = 0, eligible = 0, review = 0, ineligible = 0, approved = 0, quota = 0;
    void add(Verdict v, bool approvedFlag)
    {
        ++nominated;
        eligible += v == Verdict::Eligible;
        review += v == Verdict::Review;
        ineligible += v == Verdict::Ineligible;
        approved += approvedFlag;
    }
};

TableRow countsRow(const QString &label, const Counts &c, bool bold)
{
    auto cell = [bold](const QString &text, Align align) {
        Paragraph p(Styles::TableText, { bold ? Run::boldText(text) : Run(text) });
        p.align = align;
        return TableCell(p);
    };
    auto number = [&cell](int n) {
        return cell(QString::number(n), Align::Center);
    };
    return TableRow({ cell(label, Align::Left), number(c.quota), number(c.nominated), number(c.eligible),
                      number(c.review), number(c.ineligible), number(c.approved), number(c.quota - c.approved) });
}

Table countsTable(const Campaign &c, const QHash<qint64, Counts> &perBloc, const Counts &total)
{
    Table t({ 22, 10, 10, 12, 12, 12, 11, 11 });
    t.headerRows = 1;
    t.keepTogether = true;
    t << TableRow({ headerCell(DocText::tr("Khối")), headerCell(DocText::tr("Chỉ tiêu")),
                    headerCell(DocText::tr("Số hồ sơ")), headerCell(DocText::tr("Đủ điều kiện")),
                    headerCell(DocText::tr("Cần xem xét")), headerCell(DocText::tr("Không đủ điều kiện")),
                    headerCell(DocText::tr("Đã duyệt")), headerCell(DocText::tr("Còn lại")) });
    for (const Bloc &b : c.blocs)
        t << countsRow(b.name, perBloc.value(b.id), false);
    t << countsRow(DocText::tr("Tổng cộng"), total, true);
    return t;
}

QString blocHeading(int number, const ApprovedGroup &g)
{
    const QString name = g.bloc.name.isEmpty() ? DocText::tr("Khối khác") : DocText::tr("Khối %1").arg(g.bloc.name);
    return QStringLiteral("%1. %2 (%3)")
        .arg(number)
        .arg(name, DocText::tr("%n hồ sơ", nullptr, int(g.nominees.size())));
}

QString severityName(Severity s)
{
    return ruleOutcomeName(s == Severity::Error ? RuleOutcome::NotMet : RuleOutcome::NeedsReview);
}

// Codes may break after their underscores in a narrow column (a zero-width space).
QString breakableCode(QString code) { return code.replace(QLatin1Char('_'), QStringLiteral("_\u200B")); }

// One nominee in the detail table (numbered as in the summary, which gives the
// bloc): who, where, CCCD masked, the verdict; then
// each finding: the code, its weight, the message.
TableCell detailCell(int number, const Nominee &n, Verdict verdict, const QList<Finding> &findings)
{
    QStringList where;
    if (!n.position.isEmpty())
        where << n.position;
    if (!n.unitName.isEmpty())
        where << n.unitName;
    if (!n.citizenId.isEmpty())
        where << DocText::tr("CCCD %1").arg(maskCitizenId(n.citizenId));
    Paragraph who(Styles::TableText, { Run::boldText(QStringLiteral("%1. %2").arg(number).arg(n.fullName)) });
    if (!where.isEmpty())
        who << Run(QStringLiteral(" — ") + where.join(QStringLiteral(", ")));
    who << Run(QStringLiteral(" — ") + DocText::tr("Kết luận: ")) << Run::boldText(verdictName(verdict));
    QList<CellContent> content { who };
    for (const Finding &f : findings) {
        Paragraph p(Styles::TableText,
                    { Run(QStringLiteral("- ")), Run::boldText(breakableCode(f.code)),
                      Run::italicText(QStringLiteral(" (%1): ").arg(severityName(f.severity))), Run(f.message) });
        p.leftIndentMm = 4;
        content << p;
    }
    // The review that made a warning-only nominee eligible: who, when, why.
    if (n.review.isSet() && reviewHolds(n, findings)) {
        Paragraph p(Styles::TableText,
                    { Run::boldText(DocText::tr("Đã xem xét: ")), Run(n.review.note),
                      Run::italicText(QStringLiteral(" (%1, %2)")
                                          .arg(n.review.by, n.review.at.toLocalTime().toString(
                                                                QStringLiteral("dd/MM/yyyy HH:mm")))) });
        p.leftIndentMm = 4;
        content << p;
    }
    return TableCell(content);
}

} // namespace

Document buildEligibilityReport(const Campaign &c, const QList<Nominee> &nominees, const QDate &today)
{
    const CampaignCheck check = checkCampaign(c, nominees, today);
    QHash<qint64, int> indexOf;
    for (int i = 0; i < nominees.size(); ++i)
        indexOf.insert(nominees.at(i).id, i);
    const ApprovedList grouped = groupNominees(c, nominees);

    QHash<qint64, Counts> perBloc;
    Counts total;
    for (const Bloc &b : c.blocs) {
        perBloc[b.id].quota = b.quota;
        total.quota += b.quota;
    }
    for (int i = 0; i < nominees.size(); ++i) {
        perBloc[nominees.at(i).blocId].add(check.verdicts.at(i), nominees.at(i).approved);
        total.add(check.verdicts.at(i), nominees.at(i).approved);
    }

    Document doc(DocText::tr("Báo cáo thẩm định hồ sơ %1").arg(c.name));
    appendAdminHeader(doc, c, DocText::tr("      /BC-LĐLĐ"), today);
    appendTitle(doc, DocText::tr("Báo cáo"),
                { DocText::tr("Kết quả thẩm định hồ sơ đề nghị biểu dương"),
                  DocText::tr("Lao động giỏi tiêu biểu năm %1").arg(c.year) });
    if (!c.documentNumber.isEmpty()) {
        doc << Paragraph(Styles::Body,
                         { Run::italicText(DocText::tr("Căn cứ Kế hoạch số %1 ngày %2 về việc tổ chức %3;")
                                               .arg(c.documentNumber,
                                                    c.documentDate.toString(QStringLiteral("dd/MM/yyyy")), c.name)) });
    }
    const QString deadline = c.deadline.toString(QStringLiteral("dd/MM/yyyy"));
    doc << para(Styles::Body,
                (c.deadlineInclusive ? DocText::tr("Hạn nhận hồ sơ: đến hết ngày %1.").arg(deadline)
                                     : DocText::tr("Hạn nhận hồ sơ: trước ngày %1.").arg(deadline))
                    + QLatin1Char(' ')
                    + DocText::tr("Tổng số hồ sơ: %1; đủ điều kiện: %2; cần xem xét: %3; không đủ điều kiện: "
                                  "%4; đã duyệt: %5 trên chỉ tiêu %6.")
                          .arg(total.nominated)
                          .arg(total.eligible)
                          .arg(total.review)
                          .arg(total.ineligible)
                          .arg(total.approved)
                          .arg(total.quota));

    doc << para(Styles::Heading, DocText::tr("I. TỔNG HỢP THEO KHỐI"));
    doc << countsTable(c, perBloc, total);

    // II: every nominee on one row, grouped by bloc.
    doc << para(Styles::Heading, DocText::tr("II. KẾT QUẢ THẨM ĐỊNH TỪNG HỒ SƠ"));
    Table summary({ 7, 22, 31, 17, 23 });
    summary.headerRows = 1;
    summary.verticalPaddingMm = 0.3;
    summary << TableRow({ headerCell(DocText::tr("STT")), headerCell(DocText::tr("Họ và tên")),
                          headerCell(DocText::tr("Đơn vị")), headerCell(DocText::tr("Kết luận")),
                          headerCell(DocText::tr("Mã điểm chưa đạt, cần xem xét")) });
    struct Detail
    {
        int number;
        const Nominee *nominee;
        int index;
    };
    QList<Detail> details;
    int number = 0;
    int groupNumber = 0;
    for (const ApprovedGroup &g : grouped.groups) {
        summary << TableRow({ TableCell(para(Styles::TableGroup, blocHeading(++groupNumber, g)), 5) }, true);
        for (const Nominee &n : g.nominees) {
            const int index = indexOf.value(n.id, -1);
            const Verdict verdict = index >= 0 ? check.verdicts.at(index) : Verdict::Ineligible;
            QStringList codes;
            if (index >= 0) {
                for (const Finding &f : check.findings.at(index))
                    codes << f.code;
            }
            Paragraph verdictText(
                Styles::TableText,
                { verdict == Verdict::Eligible ? Run(verdictName(verdict)) : Run::boldText(verdictName(verdict)) });
            if (verdict == Verdict::Eligible && n.review.isSet())
                verdictText << Run(DocText::tr(" (đã xem xét)"));
            if (n.approved)
                verdictText << Run(DocText::tr(" (đã duyệt)"));
            summary << TableRow({ textCell(QString::number(++number), Align::Center), textCell(n.fullName),
                                  textCell(n.unitName), TableCell(verdictText),
                                  textCell(breakableCode(codes.join(QStringLiteral(", ")))) });
            if (index >= 0 && (!check.findings.at(index).isEmpty() || verdict == Verdict::Review))
                details.append({ number, &n, index });
        }
    }
    doc << summary;

    // III: the findings of those who have any, each with its plan reference.
    doc << para(Styles::Heading, DocText::tr("III. CHI TIẾT CÁC HỒ SƠ CHƯA ĐẠT HOẶC CẦN XEM XÉT"));
    if (details.isEmpty()) {
        doc << para(Styles::Body, DocText::tr("Tất cả hồ sơ đều đủ điều kiện theo kế hoạch."));
    } else {
        Table detail({ 1 });
        detail.headerRows = 1;
        detail.verticalPaddingMm = 0.3;
        detail << TableRow({ headerCell(DocText::tr("Người được đề nghị và các điểm chưa đạt, cần xem xét")) });
        for (const Detail &d : details) {
            detail << TableRow(
                { detailCell(d.number, *d.nominee, check.verdicts.at(d.index), check.findings.at(d.index)) });
        }
        doc << detail;
    }

    const QList<Signer> signers = firstSigner(c);
    appendClosing(doc, { DocText::tr("Hội đồng Thi đua - Khen thưởng"), DocText::tr("Lưu: VT") }, signers);
    return doc;
}

} // namespace vd::docs
