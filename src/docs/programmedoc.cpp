// The conference programme (Kế hoạch 161/KH-LT, mục III).
#include "documents.h"

#include "adminformat.h"
#include "adminhtml.h"

#include <QCoreApplication>
#include <QTextDocument>

namespace vd::docs {

namespace {


QString section(int number, const QString &label, const QString &text = {})
{
    QString html = QStringLiteral("<p align=\"justify\" style=\"margin-top:6px; margin-bottom:3px; text-indent:36px\">"
                                  "<b>%1. %2</b>")
                           .arg(number)
                           .arg(esc(label));
    if (!text.isEmpty())
        html += QLatin1Char(' ') + esc(text);
    return html + QStringLiteral("</p>");
}

QString item(const QString &text)
{
    return QStringLiteral("<p align=\"justify\" style=\"margin-top:0; margin-bottom:3px; text-indent:36px\">%1</p>")
            .arg(esc(text));
}

QString withEnd(QString text, bool last)
{
    while (text.endsWith(QLatin1Char(';')) || text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text + (last ? QStringLiteral(".") : QStringLiteral(";"));
}

} // namespace

TextDocument buildProgramme(const Campaign &c)
{
    QString body = adminHeaderHtml(c, QString(), c.documentDate);
    body += titleHtml(QCoreApplication::translate("vd::docs", "Chương trình"), { c.name }, true);

    QStringList when;
    if (!c.conferenceTime.isEmpty())
        when << c.conferenceTime;
    if (c.conferenceDate.isValid())
        when << longDate(c.conferenceDate);
    int n = 0;
    body += section(++n, QCoreApplication::translate("vd::docs", "Thời gian:"), withEnd(when.join(QStringLiteral(", ")), true));
    body += section(++n, QCoreApplication::translate("vd::docs", "Địa điểm:"), withEnd(c.conferencePlace, true));
    if (!c.participants.isEmpty()) {
        body += section(++n, QCoreApplication::translate("vd::docs", "Thành phần hội nghị:"));
        for (int i = 0; i < c.participants.size(); ++i)
            body += item(QStringLiteral("- ") + withEnd(c.participants.at(i), i + 1 == c.participants.size()));
    }
    if (!c.programme.isEmpty()) {
        body += section(++n, QCoreApplication::translate("vd::docs", "Nội dung chương trình hội nghị:"));
        for (int i = 0; i < c.programme.size(); ++i)
            body += item(QStringLiteral("%1. ").arg(i + 1) + withEnd(c.programme.at(i), i + 1 == c.programme.size()));
    }
    body += closingHtml(c.recipients, c.signers);

    TextDocument doc;
    doc.document = makeDocument(htmlPage(body));
    doc.title = QCoreApplication::translate("vd::docs", "Chương trình %1").arg(c.name);
    return doc;
}

} // namespace vd::docs
