#include "adminhtml.h"

#include "adminformat.h"
#include "pagedrender.h"

#include <QTextDocument>

namespace vd::docs {

QString esc(const QString &text) { return text.toHtmlEscaped(); }

QString formatAmount(qint64 amount)
{
    const bool negative = amount < 0;
    QString digits = QString::number(negative ? -amount : amount);
    for (int i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char('.'));
    return negative ? QLatin1Char('-') + digits : digits;
}

namespace {

QString para(const QString &html, const QString &style, const char *align = "center")
{
    return QStringLiteral("<p align=\"%1\" style=\"margin-top:0; margin-bottom:0; %2\">%3</p>")
            .arg(QLatin1String(align), style, html);
}

// A short centred rule; the block is kept small so the rule sits under the text.
QString rule(int percent)
{
    return QStringLiteral("<hr width=\"%1%\" style=\"margin-top:1px; margin-bottom:1px; font-size:3pt\"/>")
            .arg(percent);
}

} // namespace

QString adminHeaderHtml(const Campaign &campaign, const QString &number, const QDate &date)
{
    QString left;
    if (!campaign.issuingParent.isEmpty())
        left += para(esc(campaign.issuingParent.toUpper()), QStringLiteral("font-size:12pt"));
    left += para(QStringLiteral("<b>%1</b>").arg(esc(campaign.issuingBody.toUpper())),
                 QStringLiteral("font-size:12pt"));
    left += rule(35);

    QString right;
    right += para(QStringLiteral("<b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b>"), QStringLiteral("font-size:12pt"));
    right += para(QStringLiteral("<b>Độc lập - Tự do - Hạnh phúc</b>"), QStringLiteral("font-size:13pt"));
    right += rule(55);

    const QString numberCell = number.isEmpty()
            ? QString()
            : para(esc(QStringLiteral("Số: %1").arg(number)).replace(QLatin1Char(' '), QStringLiteral("&nbsp;")),
                   QStringLiteral("font-size:13pt"));
    const QString dateCell = para(QStringLiteral("<i>%1</i>").arg(esc(placeDateLine(campaign.place, date))),
                                  QStringLiteral("font-size:14pt"));

    return QStringLiteral("<table width=\"100%\" border=\"0\" cellspacing=\"0\" cellpadding=\"0\">"
                          "<tr><td width=\"40%\" valign=\"top\">%1</td>"
                          "<td width=\"60%\" valign=\"top\">%2</td></tr>"
                          "<tr><td width=\"40%\" valign=\"top\">%3</td>"
                          "<td width=\"60%\" valign=\"top\">%4</td></tr></table>")
            .arg(left, right, numberCell, dateCell);
}

QString titleHtml(const QString &title, const QStringList &subtitles, bool capitalSubtitles)
{
    QString html = QStringLiteral("<p align=\"center\" style=\"margin-top:18px; margin-bottom:0; font-size:14pt\">"
                                  "<b>%1</b></p>")
                           .arg(esc(title.toUpper()));
    for (const QString &s : subtitles)
        html += para(QStringLiteral("<b>%1</b>").arg(esc(capitalSubtitles ? s.toUpper() : s)),
                     QStringLiteral("font-size:14pt"));
    html += QStringLiteral("<p style=\"margin:0; font-size:8pt\">&nbsp;</p>");
    return html;
}

QString signerHeadHtml(const Signer &signer)
{
    QString html = keepTogetherMark();
    for (const QString &line : signer.authority.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        html += para(QStringLiteral("<b>%1</b>").arg(esc(line.trimmed().toUpper())), QStringLiteral("font-size:14pt"));
    if (!signer.title.isEmpty())
        html += para(QStringLiteral("<b>%1</b>").arg(esc(signer.title.toUpper())), QStringLiteral("font-size:14pt"));
    return html;
}

QString signerNameHtml(const Signer &signer)
{
    return QStringLiteral("<p style=\"margin:0; font-size:14pt\">&nbsp;</p>").repeated(3)
            + para(QStringLiteral("<b>%1</b>").arg(esc(signer.name)), QStringLiteral("font-size:14pt"));
}

QString signerHtml(const Signer &signer) { return signerHeadHtml(signer) + signerNameHtml(signer); }

QString recipientsHtml(const QStringList &recipients)
{
    if (recipients.isEmpty())
        return {};
    QString html = para(keepTogetherMark(int(recipients.size())) + QStringLiteral("<b><i>Nơi nhận:</i></b>"),
                        QStringLiteral("font-size:12pt"), "left");
    for (int i = 0; i < recipients.size(); ++i) {
        QString item = recipients.at(i).trimmed();
        while (item.endsWith(QLatin1Char(';')) || item.endsWith(QLatin1Char('.')))
            item.chop(1);
        item = QStringLiteral("- ") + item + (i + 1 < recipients.size() ? QStringLiteral(";") : QStringLiteral("."));
        html += para(esc(item), QStringLiteral("font-size:11pt"), "left");
    }
    return html;
}

QString closingHtml(const QStringList &recipients, const QList<Signer> &signers)
{
    const QString table = QStringLiteral(
            "<table width=\"100%\" border=\"0\" cellspacing=\"0\" cellpadding=\"0\" "
            "style=\"margin-top:12px; page-break-inside:avoid\">%1</table>");
    if (signers.size() <= 1) {
        const QString sign = signers.isEmpty() ? QString() : signerHtml(signers.first());
        return table.arg(QStringLiteral("<tr><td width=\"45%\" valign=\"top\">%1</td>"
                                        "<td width=\"55%\" valign=\"top\">%2</td></tr>")
                                 .arg(recipientsHtml(recipients), sign));
    }
    // Several signers side by side; the names on one line whatever the
    // number of authority lines above them.
    QString heads;
    QString names;
    const int width = 100 / int(signers.size());
    for (const Signer &s : signers) {
        heads += QStringLiteral("<td width=\"%1%\" valign=\"top\">%2</td>").arg(width).arg(signerHeadHtml(s));
        names += QStringLiteral("<td width=\"%1%\" valign=\"top\">%2</td>").arg(width).arg(signerNameHtml(s));
    }
    QString html = table.arg(QStringLiteral("<tr>%1</tr><tr>%2</tr>").arg(heads, names));
    if (!recipients.isEmpty())
        html += QStringLiteral("<div style=\"margin-top:12px\">%1</div>").arg(recipientsHtml(recipients));
    return html;
}

QString keepTogetherMark(int following)
{
    return QStringLiteral("<a name=\"vd-keep-%1\"></a>").arg(following);
}

QString htmlPage(const QString &body, qreal bodyPt)
{
    return QStringLiteral("<html><head><meta charset=\"utf-8\"/></head>"
                          "<body style=\"font-family:'%1'; font-size:%2pt\">%3</body></html>")
            .arg(bodyFontFamily())
            .arg(bodyPt)
            .arg(body);
}

std::unique_ptr<QTextDocument> makeDocument(const QString &html, qreal bodyPt)
{
    auto doc = std::make_unique<QTextDocument>();
    QFont font(bodyFontFamily());
    font.setPointSizeF(bodyPt);
    doc->setDefaultFont(font);
    doc->setDocumentMargin(0);
    doc->setHtml(html);
    return doc;
}

} // namespace vd::docs
