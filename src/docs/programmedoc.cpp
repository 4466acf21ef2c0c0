// The conference programme (Kế hoạch 161/KH-LT, mục III).
#include "documents.h"

#include "adminblocks.h"
#include "adminformat.h"

#include "doctext.h"

namespace vd::docs {

namespace {

Paragraph section(int number, const QString &label, const QString &text = {})
{
    Paragraph p(Styles::Body, { Run::boldText(QStringLiteral("%1. %2").arg(number).arg(label)) });
    if (!text.isEmpty())
        p << Run(QLatin1Char(' ') + text);
    p.spaceAfterPt = 3;
    return p;
}

Paragraph item(const QString &text)
{
    Paragraph p(Styles::Body, text);
    p.spaceAfterPt = 3;
    return p;
}

QString withEnd(QString text, bool last)
{
    while (text.endsWith(QLatin1Char(';')) || text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text + (last ? QStringLiteral(".") : QStringLiteral(";"));
}

} // namespace

QString conferenceWhen(const Campaign &c)
{
    QStringList when;
    if (c.conferenceStart.isValid())
        when << clockTime(c.conferenceStart);
    else if (!c.conferenceTime.isEmpty())
        when << c.conferenceTime;
    if (c.conferenceDate.isValid())
        when << longDate(c.conferenceDate);
    return when.join(QStringLiteral(", "));
}

Document buildProgramme(const Campaign &c)
{
    Document doc(DocText::tr("Chương trình %1").arg(c.name));
    appendAdminHeader(doc, c, QString(), c.documentDate);
    appendTitle(doc, DocText::tr("Chương trình"), { c.name }, true);

    int n = 0;
    // "7 giờ 30 phút, ngày 26 tháng 7 năm 2024 (½ ngày)."
    QString when = conferenceWhen(c);
    if (c.conferenceStart.isValid() && !c.conferenceTime.isEmpty())
        when += QStringLiteral(" (%1)").arg(c.conferenceTime);
    doc << section(++n, DocText::tr("Thời gian:"), withEnd(when, true));
    doc << section(++n, DocText::tr("Địa điểm:"), withEnd(c.conferencePlace, true));
    if (!c.participants.isEmpty()) {
        doc << section(++n, DocText::tr("Thành phần hội nghị:"));
        for (int i = 0; i < c.participants.size(); ++i)
            doc << item(QStringLiteral("- ") + withEnd(c.participants.at(i), i + 1 == c.participants.size()));
    }
    if (!c.programme.isEmpty()) {
        doc << section(++n, DocText::tr("Nội dung chương trình hội nghị:"));
        for (int i = 0; i < c.programme.size(); ++i)
            doc << item(QStringLiteral("%1. ").arg(i + 1) + withEnd(c.programme.at(i), i + 1 == c.programme.size()));
    }
    appendClosing(doc, c.recipients, c.signers);
    return doc;
}

} // namespace vd::docs
