// Invitation letters (Giấy mời) to the honorees, one per page.
#include "documents.h"

#include "adminformat.h"
#include "adminhtml.h"

#include <QCoreApplication>
#include <QTextDocument>

namespace vd::docs {

namespace {


QString line(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<p align=\"justify\" style=\"margin-top:0; margin-bottom:6px; text-indent:36px\">"
                          "%1 %2</p>")
            .arg(esc(label), valueHtml);
}

QString salutation(const Nominee &n)
{
    switch (n.gender) {
    case Gender::Male: return QCoreApplication::translate("vd::docs", "Ông:");
    case Gender::Female: return QCoreApplication::translate("vd::docs", "Bà:");
    case Gender::Unknown: break;
    }
    return QCoreApplication::translate("vd::docs", "Ông (Bà):");
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
        QString page = adminHeaderHtml(c, QCoreApplication::translate("vd::docs", "      /GM-LĐLĐ"), date);
        if (!first) // a new sheet for every honoree
            page.replace(0, int(qstrlen("<table")), QStringLiteral("<table style=\"page-break-before:always\""));
        first = false;
        page += titleHtml(QCoreApplication::translate("vd::docs", "Giấy mời"));
        page += QStringLiteral("<p align=\"center\" style=\"margin-top:0; margin-bottom:12px\"><b>%1</b></p>")
                        .arg(esc(QCoreApplication::translate("vd::docs", "Trân trọng kính mời")));
        page += line(salutation(n), QStringLiteral("<b>%1</b>").arg(esc(n.fullName)));
        if (!n.position.isEmpty())
            page += line(QCoreApplication::translate("vd::docs", "Chức vụ:"), esc(n.position));
        page += line(QCoreApplication::translate("vd::docs", "Đơn vị:"), esc(n.unitName));
        page += line(QCoreApplication::translate("vd::docs", "Tới dự:"), QStringLiteral("<b>%1</b>, %2")
                                           .arg(esc(c.name), esc(QCoreApplication::translate("vd::docs", "với tư cách đại biểu được biểu dương."))));
        page += line(QCoreApplication::translate("vd::docs", "Thời gian:"), esc(conference.join(QStringLiteral(", ")) + QLatin1Char('.')));
        page += line(QCoreApplication::translate("vd::docs", "Địa điểm:"), esc(c.conferencePlace + QLatin1Char('.')));
        page += QStringLiteral("<p align=\"justify\" style=\"margin-top:6px; text-indent:36px\">%1</p>")
                        .arg(esc(QCoreApplication::translate("vd::docs", "Rất mong được đón tiếp!")));
        page += closingHtml({}, signers);
        body += page;
    }

    TextDocument doc;
    doc.document = makeDocument(htmlPage(body));
    doc.page.pageNumbers = false;
    doc.title = QCoreApplication::translate("vd::docs", "Giấy mời %1").arg(c.name);
    return doc;
}

} // namespace vd::docs
