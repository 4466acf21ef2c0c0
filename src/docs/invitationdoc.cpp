// Invitation letters (Giấy mời) to the honorees, one per page.
#include "documents.h"

#include "adminblocks.h"
#include "adminformat.h"

#include "doctext.h"

namespace vd::docs {

namespace {

Paragraph line(const QString &label, const QList<Run> &value)
{
    Paragraph p(Styles::Body, { Run(label + QLatin1Char(' ')) });
    p.runs.append(value);
    return p;
}

QString salutation(const Nominee &n)
{
    switch (n.gender) {
    case Gender::Male:
        return DocText::tr("Ông:");
    case Gender::Female:
        return DocText::tr("Bà:");
    case Gender::Unknown:
        break;
    }
    return DocText::tr("Ông (Bà):");
}

} // namespace

Document buildInvitations(const ApprovedList &list, const QDate &when)
{
    const Campaign &c = list.campaign;
    const QDate date = when.isValid() ? when : QDate::currentDate();
    QList<Signer> signers;
    if (!c.signers.isEmpty())
        signers.append(c.signers.first());

    Document doc(DocText::tr("Giấy mời %1").arg(c.name));
    doc.page.pageNumbers = false;
    bool first = true;
    for (const Nominee &n : list.nominees()) {
        if (!first)
            doc << PageBreak {}; // a new sheet for every honoree
        first = false;
        appendAdminHeader(doc, c, DocText::tr("      /GM-LĐLĐ"), date);
        appendTitle(doc, DocText::tr("Giấy mời"));
        Paragraph invite(Styles::Subject, DocText::tr("Trân trọng kính mời"));
        invite.spaceAfterPt = 12;
        doc << invite;
        doc << line(salutation(n), { Run::boldText(n.fullName) });
        if (!n.position.isEmpty())
            doc << line(DocText::tr("Chức vụ:"), { Run(n.position) });
        doc << line(DocText::tr("Đơn vị:"), { Run(n.unitName) });
        doc << line(DocText::tr("Tới dự:"),
                    { Run::boldText(c.name),
                      Run(QStringLiteral(", ") + DocText::tr("với tư cách đại biểu được biểu dương.")) });
        doc << line(DocText::tr("Thời gian:"), { Run(conferenceWhen(c) + QLatin1Char('.')) });
        doc << line(DocText::tr("Địa điểm:"), { Run(c.conferencePlace + QLatin1Char('.')) });
        Paragraph welcome(Styles::Body, DocText::tr("Rất mong được đón tiếp!"));
        welcome.spaceBeforePt = 6;
        doc << welcome;
        appendClosing(doc, {}, signers);
    }
    return doc;
}

} // namespace vd::docs
