// Invitation letters (Giấy mời) to the honorees, one per page.
#include "documents.h"

#include "adminblocks.h"
#include "adminformat.h"

#include "doctext.h"

namespace vd::docs {

namespace {

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
    const QList<Signer> signers = firstSigner(c);

    Document doc(DocText::tr("Giấy mời %1").arg(c.name));
    doc.page.pageNumbers = false;
    bool first = true;
    for (const Nominee &n : list.nominees()) {
        if (!first)
            doc << PageBreak {}; // a new sheet for every honoree
        first = false;
        appendInvitationOpening(doc, c, date);
        doc << labelledLine(salutation(n), { Run::boldText(n.fullName) });
        if (!n.position.isEmpty())
            doc << labelledLine(DocText::tr("Chức vụ:"), { Run(n.position) });
        doc << labelledLine(DocText::tr("Đơn vị:"), { Run(n.unitName) });
        doc << labelledLine(DocText::tr("Tới dự:"),
                            { Run::boldText(c.name),
                              Run(QStringLiteral(", ") + DocText::tr("với tư cách đại biểu được biểu dương.")) });
        appendTimeAndPlace(doc, c);
        Paragraph welcome(Styles::Body, DocText::tr("Rất mong được đón tiếp!"));
        welcome.spaceBeforePt = 6;
        doc << welcome;
        appendClosing(doc, {}, signers);
    }
    return doc;
}

} // namespace vd::docs
