// The council's eligibility report (Hội đồng Thi đua - Khen thưởng): per bloc
// figures and, per nominee, the rules engine's report line by line.
#include "documents.h"

#include "adminformat.h"
#include "adminhtml.h"
#include "rules.h"

#include <QCoreApplication>
#include <QHash>

namespace vd::docs {

namespace {


QString td(const QString &html, const char *align = "left", const QString &extra = {})
{
    return QStringLiteral("<td align=\"%1\" valign=\"top\"%2>%3</td>").arg(QLatin1String(align), extra, html);
}

QString th(const QString &text, int width)
{
    return QStringLiteral("<th width=\"%1%\" align=\"center\" valign=\"middle\"><b>%2</b></th>").arg(width).arg(esc(text));
}

const QString kTable = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                                      "style=\"border-collapse:collapse; border-color:#000000; border-style:solid; "
                                      "font-size:%1pt; margin-top:6px\">");

QString outcomeHtml(RuleOutcome o)
{
    const QString name = esc(ruleOutcomeName(o));
    switch (o) {
    case RuleOutcome::NotMet: return QStringLiteral("<b>%1</b>").arg(name);
    case RuleOutcome::NeedsReview: return QStringLiteral("<b><i>%1</i></b>").arg(name);
    case RuleOutcome::Met:
    case RuleOutcome::NotApplicable: break;
    }
    return name;
}

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

QString countsRow(const QString &label, const Counts &c, bool bold)
{
    auto cell = [bold](int n) {
        const QString text = QString::number(n);
        return td(bold ? QStringLiteral("<b>%1</b>").arg(text) : text, "center");
    };
    return QStringLiteral("<tr>") + td(bold ? QStringLiteral("<b>%1</b>").arg(esc(label)) : esc(label))
            + cell(c.quota) + cell(c.nominated) + cell(c.eligible) + cell(c.review) + cell(c.ineligible)
            + cell(c.approved) + cell(c.quota - c.approved) + QStringLiteral("</tr>");
}

QString paragraph(const QString &html, const char *style = "")
{
    return QStringLiteral("<p align=\"justify\" style=\"margin-top:0; margin-bottom:6px; text-indent:36px; %1\">%2</p>")
            .arg(QLatin1String(style), html);
}

} // namespace

TextDocument buildEligibilityReport(const Campaign &c, const QList<Nominee> &nominees, const QDate &today)
{
    const CampaignCheck check = checkCampaign(c, nominees, today);
    QHash<qint64, int> indexOf;
    for (int i = 0; i < nominees.size(); ++i)
        indexOf.insert(nominees.at(i).id, i);
    const RulesEngine engine(c);
    const DuplicateIndex duplicates(nominees);
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

    QString body = adminHeaderHtml(c, QCoreApplication::translate("vd::docs", "      /BC-LĐLĐ"), today);
    body += titleHtml(QCoreApplication::translate("vd::docs", "Báo cáo"), { QCoreApplication::translate("vd::docs", "Kết quả thẩm định hồ sơ đề nghị biểu dương"),
                                       QCoreApplication::translate("vd::docs", "Lao động giỏi tiêu biểu năm %1").arg(c.year) });
    if (!c.documentNumber.isEmpty()) {
        body += paragraph(esc(QCoreApplication::translate("vd::docs", "Căn cứ Kế hoạch số %1 ngày %2 về việc tổ chức %3;")
                                      .arg(c.documentNumber, c.documentDate.toString(QStringLiteral("dd/MM/yyyy")),
                                           c.name)),
                          "font-style:italic");
    }
    const QString deadline = c.deadline.toString(QStringLiteral("dd/MM/yyyy"));
    body += paragraph(esc(c.deadlineInclusive ? QCoreApplication::translate("vd::docs", "Hạn nhận hồ sơ: đến hết ngày %1.").arg(deadline)
                                              : QCoreApplication::translate("vd::docs", "Hạn nhận hồ sơ: trước ngày %1.").arg(deadline)
                          + QLatin1Char(' ')
                          + QCoreApplication::translate("vd::docs", "Tổng số hồ sơ: %1; đủ điều kiện: %2; cần xem xét: %3; không đủ điều kiện: %4; "
                               "đã duyệt: %5 trên chỉ tiêu %6.")
                                    .arg(total.nominated)
                                    .arg(total.eligible)
                                    .arg(total.review)
                                    .arg(total.ineligible)
                                    .arg(total.approved)
                                    .arg(total.quota)));

    body += QStringLiteral("<p style=\"margin-top:8px; margin-bottom:0\"><b>%1</b></p>").arg(esc(QCoreApplication::translate("vd::docs", "I. TỔNG HỢP THEO KHỐI")));
    body += kTable.arg(12) + QStringLiteral("<thead><tr>") + th(QCoreApplication::translate("vd::docs", "Khối"), 22) + th(QCoreApplication::translate("vd::docs", "Chỉ tiêu"), 10)
            + th(QCoreApplication::translate("vd::docs", "Số hồ sơ"), 10) + th(QCoreApplication::translate("vd::docs", "Đủ điều kiện"), 12) + th(QCoreApplication::translate("vd::docs", "Cần xem xét"), 12)
            + th(QCoreApplication::translate("vd::docs", "Không đủ điều kiện"), 12) + th(QCoreApplication::translate("vd::docs", "Đã duyệt"), 11) + th(QCoreApplication::translate("vd::docs", "Còn lại"), 11)
            + QStringLiteral("</tr></thead>");
    for (const Bloc &b : c.blocs)
        body += countsRow(b.name, perBloc.value(b.id), false);
    body += countsRow(QCoreApplication::translate("vd::docs", "Tổng cộng"), total, true) + QStringLiteral("</table>");

    body += QStringLiteral("<p style=\"margin-top:12px; margin-bottom:0\"><b>%1</b></p>")
                    .arg(esc(QCoreApplication::translate("vd::docs", "II. KẾT QUẢ TỪNG HỒ SƠ")));
    int groupNumber = 0;
    for (const ApprovedGroup &g : grouped.groups) {
        // One dossier per page (the council files them per person); the bloc
        // heading opens the page of its first nominee.
        body += QStringLiteral("<p style=\"page-break-before:always; margin-top:0; margin-bottom:0\">%1<b>%2. %3</b></p>")
                        .arg(keepTogetherMark(1))
                        .arg(++groupNumber)
                        .arg(esc(g.bloc.name.isEmpty() ? QCoreApplication::translate("vd::docs", "Khối khác") : QCoreApplication::translate("vd::docs", "Khối %1").arg(g.bloc.name)));
        int number = 0;
        for (const Nominee &n : g.nominees) {
            const int index = indexOf.value(n.id, -1);
            const Verdict verdict = index >= 0 ? check.verdicts.at(index) : Verdict::Ineligible;
            QString conclusion = QCoreApplication::translate("vd::docs", "Kết luận: %1").arg(verdictName(verdict));
            if (n.approved)
                conclusion += QCoreApplication::translate("vd::docs", "; đã duyệt biểu dương");
            // The nominee's heading is the first row, so it stays with its rules.
            QString heading = keepTogetherMark()
                    + QStringLiteral("<b>%1.%2. %3</b> (%4) — %5, %6. <b>%7.</b>")
                              .arg(groupNumber)
                              .arg(++number)
                              .arg(esc(n.fullName), esc(QCoreApplication::translate("vd::docs", "mã %1").arg(n.id)), esc(n.position), esc(n.unitName),
                                   esc(conclusion));
            QString table = kTable.arg(11);
            if (number > 1)
                table.replace(QStringLiteral("style=\"border-collapse"),
                              QStringLiteral("style=\"page-break-before:always; border-collapse"));
            body += table + QStringLiteral("<tr>")
                    + td(heading, "left", QStringLiteral(" colspan=\"4\" bgcolor=\"#eeeeee\"")) + QStringLiteral("</tr>");
            body += QStringLiteral("<tr>") + th(QCoreApplication::translate("vd::docs", "Tiêu chuẩn"), 35) + th(QCoreApplication::translate("vd::docs", "Kết quả"), 12) + th(QCoreApplication::translate("vd::docs", "Căn cứ"), 23)
                    + th(QCoreApplication::translate("vd::docs", "Ghi chú"), 30) + QStringLiteral("</tr>");
            // Rules that do not apply to this nominee (sector, category) are
            // named in one line at the end instead of a row each.
            QStringList notApplicable;
            for (const RuleReportLine &line : engine.report(n, duplicates, today)) {
                if (line.outcome == RuleOutcome::NotApplicable) {
                    notApplicable << line.criterion.section(QLatin1Char(':'), 0, 0);
                    continue;
                }
                QString evidence = line.field.isEmpty() ? QString() : line.field + QStringLiteral(": ");
                evidence += line.evidence.isEmpty() ? QCoreApplication::translate("vd::docs", "(trống)") : line.evidence;
                body += QStringLiteral("<tr>") + td(esc(line.criterion)) + td(outcomeHtml(line.outcome), "center")
                        + td(esc(evidence)) + td(esc(line.message)) + QStringLiteral("</tr>");
            }
            if (!notApplicable.isEmpty()) {
                notApplicable.removeDuplicates();
                body += QStringLiteral("<tr>")
                        + td(QStringLiteral("<i>%1</i>").arg(esc(QCoreApplication::translate("vd::docs", "%1: %2.").arg(ruleOutcomeName(RuleOutcome::NotApplicable),
                                                                                notApplicable.join(QStringLiteral(", "))))),
                             "left", QStringLiteral(" colspan=\"4\""))
                        + QStringLiteral("</tr>");
            }
            body += QStringLiteral("</table>");
        }
    }
    QList<Signer> signers;
    if (!c.signers.isEmpty())
        signers.append(c.signers.first());
    body += closingHtml({ QCoreApplication::translate("vd::docs", "Hội đồng Thi đua - Khen thưởng"), QCoreApplication::translate("vd::docs", "Lưu: VT") }, signers);

    TextDocument doc;
    doc.document = makeDocument(htmlPage(body));
    doc.title = QCoreApplication::translate("vd::docs", "Báo cáo thẩm định hồ sơ %1").arg(c.name);
    return doc;
}

} // namespace vd::docs
