// Invitation letters (Giấy mời) to the honorees, one per page.
#include "documents.h"

#include "adminformat.h"
#include "adminhtml.h"

#include <QCoreApplication>
#include <QTextDocument>

namespace vd::docs {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("vd::docs", text); }

QString line(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<p align=\"justify\" style=\"margin-top:0; margin-bottom:6px; text-indent:36px\">"
                          "%1 %2</p>")
            .arg(esc(label), valueHtml);
}

QString salutation(const Nominee &n)
{
    switch (n.gender) {
    case Gender::Male: return tr("Ông:");
    case Gender::Female: return tr("Bà:");
    case Gender::Unknown: break;
    }
    return tr("Ông (Bà):");
}

} // namespace

TextDocument buildInvitations(const ApprovedList &list, const QDate &when)
{
    const Campaign &c = list.campaign;
    const QDate date = when.isValid() ? when : QDate::currentDate();
    QStringList conference;
    if (!c.conferenceTime.isEmpty())
        conference << c.conferenceTime;
    if (c.conferenceDate.isValid())
        conference << longDate(c.conferenceDate);
    QList<Signer> signers;
    if (!c.signers.isEmpty())
        signers.append(c.signers.first());

    QString body;
    bool first = true;
    for (const Nominee &n : list.nominees()) {
        QString page = adminHeaderHtml(c, tr("      /GM-LĐLĐ"), date);
        if (!first) // a new sheet for every honoree
            page.replace(0, int(qstrlen("<table")), QStringLiteral("<table style=\"page-break-before:always\""));
        first = false;
        page += titleHtml(tr("Giấy mời"));
        page += QStringLiteral("<p align=\"center\" style=\"margin-top:0; margin-bottom:12px\"><b>%1</b></p>")
                        .arg(esc(tr("Trân trọng kính mời")));
        page += line(salutation(n), QStringLiteral("<b>%1</b>").arg(esc(n.fullName)));
        if (!n.position.isEmpty())
            page += line(tr("Chức vụ:"), esc(n.position));
        page += line(tr("Đơn vị:"), esc(n.unitName));
        page += line(tr("Tới dự:"), QStringLiteral("<b>%1</b>, %2")
                                           .arg(esc(c.name), esc(tr("với tư cách đại biểu được biểu dương."))));
        page += line(tr("Thời gian:"), esc(conference.join(QStringLiteral(", ")) + QLatin1Char('.')));
        page += line(tr("Địa điểm:"), esc(c.conferencePlace + QLatin1Char('.')));
        page += QStringLiteral("<p align=\"justify\" style=\"margin-top:6px; text-indent:36px\">%1</p>")
                        .arg(esc(tr("Rất mong được đón tiếp!")));
        page += closingHtml({}, signers);
        body += page;
    }

    TextDocument doc;
    doc.document = makeDocument(htmlPage(body));
    doc.page.pageNumbers = false;
    doc.title = tr("Giấy mời %1").arg(c.name);
    return doc;
}

} // namespace vd::docs
