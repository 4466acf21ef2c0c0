// The approved list and the award decision (with the list attached).
#include "documents.h"

#include "adminformat.h"
#include "adminhtml.h"
#include "approvedexport.h"

#include <QCoreApplication>
#include <QTextDocument>

namespace vd::docs {

namespace {


QDate orToday(const QDate &date) { return date.isValid() ? date : QDate::currentDate(); }

// Roman numerals for the bloc headings (I, II, ... up to 39 blocs).
QString roman(int n)
{
    static const char *tens[] = { "", "X", "XX", "XXX" };
    static const char *units[] = { "", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX" };
    if (n <= 0 || n >= 40)
        return QString::number(n);
    return QLatin1String(tens[n / 10]) + QLatin1String(units[n % 10]);
}

QString cell(const QString &text, const char *align = "left")
{
    return QStringLiteral("<td align=\"%1\" valign=\"top\">%2</td>").arg(QLatin1String(align), esc(text));
}

} // namespace

QString approvedTableHtml(const ApprovedList &list)
{
    const QStringList headers = approvedListHeaders();
    static const int widths[] = { 7, 21, 14, 21, 10, 27 };
    QString html = QStringLiteral(
            "<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
            "style=\"border-collapse:collapse; border-color:#000000; border-style:solid; font-size:12pt\">"
            "<thead><tr>");
    for (int c = 0; c < headers.size(); ++c) {
        html += QStringLiteral("<th width=\"%1%\" align=\"center\" valign=\"middle\"><b>%2</b></th>")
                        .arg(widths[c])
                        .arg(esc(headers.at(c)));
    }
    html += QStringLiteral("</tr></thead>");
    int number = 0;
    int groupIndex = 0;
    for (const ApprovedGroup &g : list.groups) {
        const QString blocName = g.bloc.name.isEmpty() ? QCoreApplication::translate("vd::docs", "Khối khác") : QCoreApplication::translate("vd::docs", "Khối %1").arg(g.bloc.name);
        html += QStringLiteral("<tr><td colspan=\"6\"><b>%1. %2 (%3)</b></td></tr>")
                        .arg(roman(++groupIndex), esc(blocName),
                             esc(QCoreApplication::translate("vd::docs", "%n người", nullptr, int(g.nominees.size()))));
        for (const Nominee &n : g.nominees) {
            const QStringList cells = approvedListRow(list, n, ++number);
            html += QStringLiteral("<tr>") + cell(cells.at(0), "center") + cell(cells.at(1)) + cell(cells.at(2))
                    + cell(cells.at(3)) + cell(cells.at(4)) + cell(cells.at(5)) + QStringLiteral("</tr>");
        }
    }
    html += QStringLiteral("</table>");
    return html;
}

TextDocument buildApprovedListDocument(const ApprovedList &list, const QDate &date)
{
    const Campaign &c = list.campaign;
    QString body = adminHeaderHtml(c, QString(), orToday(date));
    body += titleHtml(QCoreApplication::translate("vd::docs", "Danh sách"), { QCoreApplication::translate("vd::docs", "Lao động giỏi tiêu biểu được biểu dương") }, true);
    body += QStringLiteral("<p align=\"center\" style=\"margin-top:0; margin-bottom:12px\"><i>%1</i></p>")
                    .arg(esc(QCoreApplication::translate("vd::docs", "(%1)").arg(c.name)));
    body += approvedTableHtml(list);
    body += QStringLiteral("<p style=\"margin-top:8px\"><b>%1</b></p>")
                    .arg(esc(QCoreApplication::translate("vd::docs", "Tổng cộng: %n người.", nullptr, list.count())));
    QList<Signer> signers;
    if (!c.signers.isEmpty())
        signers.append(c.signers.first());
    body += closingHtml({}, signers);

    TextDocument doc;
    doc.document = makeDocument(htmlPage(body));
    doc.title = QCoreApplication::translate("vd::docs", "Danh sách Lao động giỏi tiêu biểu được biểu dương");
    return doc;
}

Result<TextDocument> buildDecision(const ApprovedList &list, const QDate &when, qint64 rewardAmount)
{
    const Campaign &c = list.campaign;
    const qint64 amount = rewardAmount < 0 ? c.rewardAmount : rewardAmount;
    if (amount <= 0) {
        return Error::validation(QCoreApplication::translate("vd::docs", "Chưa đặt mức tiền thưởng cho mỗi người của đợt \"%1\": "
                                    "đặt trong thiết lập đợt biểu dương hoặc dùng --amount.")
                                         .arg(c.name));
    }
    const QDate date = orToday(when);
    const int count = list.count();
    const qint64 total = amount * count;
    const QString authority = QCoreApplication::translate("vd::docs", "Ban Thường vụ %1").arg(c.issuingBody);

    QString body = adminHeaderHtml(c, QCoreApplication::translate("vd::docs", "      /QĐ-LĐLĐ"), date);
    body += titleHtml(QCoreApplication::translate("vd::docs", "Quyết định"), { QCoreApplication::translate("vd::docs", "Về việc khen thưởng Lao động giỏi tiêu biểu năm %1").arg(c.year) });
    body += QStringLiteral("<p align=\"center\" style=\"margin-top:6px; margin-bottom:6px\"><b>%1</b></p>")
                    .arg(esc(authority.toUpper()));
    auto justified = [](const QString &html) {
        return QStringLiteral("<p align=\"justify\" style=\"margin-top:0; margin-bottom:6px; "
                              "text-indent:36px\">%1</p>")
                .arg(html);
    };
    if (!c.documentNumber.isEmpty()) {
        body += justified(QStringLiteral("<i>%1</i>")
                                  .arg(esc(QCoreApplication::translate("vd::docs", "Căn cứ Kế hoạch số %1 ngày %2 về việc tổ chức %3;")
                                                   .arg(c.documentNumber,
                                                        c.documentDate.toString(QStringLiteral("dd/MM/yyyy")),
                                                        c.name))));
    }
    body += justified(QStringLiteral("<i>%1</i>").arg(esc(QCoreApplication::translate("vd::docs", "Xét đề nghị của Hội đồng Thi đua - Khen thưởng,"))));
    body += QStringLiteral("<p align=\"center\" style=\"margin-top:6px; margin-bottom:6px\"><b>%1</b></p>")
                    .arg(esc(QCoreApplication::translate("vd::docs", "QUYẾT ĐỊNH:")));
    body += justified(QStringLiteral("<b>%1</b> %2")
                              .arg(esc(QCoreApplication::translate("vd::docs", "Điều 1.")),
                                   esc(QCoreApplication::translate("vd::docs", "Khen thưởng %n cá nhân đạt danh hiệu Lao động giỏi tiêu biểu năm %1 "
                                          "(có danh sách kèm theo).", nullptr, count)
                                               .arg(c.year))));
    body += justified(QStringLiteral("<b>%1</b> %2")
                              .arg(esc(QCoreApplication::translate("vd::docs", "Điều 2.")),
                                   esc(QCoreApplication::translate("vd::docs", "Mỗi cá nhân được tặng Giấy khen và tiền thưởng %1 đồng. "
                                          "Tổng số tiền thưởng: %2 người × %1 đồng = %3 đồng.")
                                               .arg(formatAmount(amount))
                                               .arg(count)
                                               .arg(formatAmount(total)))));
    body += justified(QStringLiteral("<b>%1</b> %2")
                              .arg(esc(QCoreApplication::translate("vd::docs", "Điều 3.")),
                                   esc(QCoreApplication::translate("vd::docs", "Văn phòng, các ban và các cá nhân có tên tại Điều 1 chịu trách nhiệm "
                                          "thi hành Quyết định này. Quyết định có hiệu lực kể từ ngày ký."))));
    QList<Signer> signers;
    if (!c.signers.isEmpty())
        signers.append(c.signers.first());
    QStringList recipients = { QCoreApplication::translate("vd::docs", "Như Điều 3"), QCoreApplication::translate("vd::docs", "Lưu: VT") };
    body += closingHtml(recipients, signers);

    // The attached list on a new page.
    body += QStringLiteral("<p align=\"center\" style=\"page-break-before:always; margin-top:0; margin-bottom:0; "
                           "font-size:14pt\"><b>%1</b></p>")
                    .arg(esc(QCoreApplication::translate("vd::docs", "DANH SÁCH LAO ĐỘNG GIỎI TIÊU BIỂU ĐƯỢC KHEN THƯỞNG")));
    body += QStringLiteral("<p align=\"center\" style=\"margin-top:0; margin-bottom:12px\"><i>%1</i></p>")
                    .arg(esc(QCoreApplication::translate("vd::docs", "(Kèm theo Quyết định số      /QĐ-LĐLĐ %1)").arg(longDate(date))));
    body += approvedTableHtml(list);
    body += QStringLiteral("<p style=\"margin-top:8px\"><b>%1</b></p>")
                    .arg(esc(QCoreApplication::translate("vd::docs", "Tổng cộng: %1 người; tổng số tiền thưởng %2 đồng.")
                                     .arg(count)
                                     .arg(formatAmount(total))));

    TextDocument doc;
    doc.document = makeDocument(htmlPage(body));
    doc.title = QCoreApplication::translate("vd::docs", "Quyết định khen thưởng Lao động giỏi tiêu biểu năm %1").arg(c.year);
    return doc;
}

} // namespace vd::docs
