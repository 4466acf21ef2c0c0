// The delegates' documents (Kế hoạch mục III.3, VI.2): invitations (wording for
// invited guests, not for honorees), the envelope label sheet and the
// reception desk's check-in list. docs/conference.md.
#include "conferencedocs.h"

#include "adminblocks.h"
#include "adminformat.h"
#include "doctext.h"
#include "documents.h"

namespace vd::docs {

namespace {

QString groupTitle(const QString &group) { return group.isEmpty() ? DocText::tr("Đại biểu khác") : group; }

} // namespace

Document buildDelegateInvitations(const Campaign &c, const QList<Delegate> &delegates, const QDate &when)
{
    const QDate date = when.isValid() ? when : QDate::currentDate();
    const QList<Signer> signers = firstSigner(c);
    Document doc(DocText::tr("Giấy mời đại biểu %1").arg(c.name));
    doc.page.pageNumbers = false;
    bool first = true;
    for (const Delegate &d : delegates) {
        if (!first)
            doc << PageBreak {};
        first = false;
        appendInvitationOpening(doc, c, date);
        doc << labelledLine(DocText::tr("Đồng chí:"), { Run::boldText(d.fullName) });
        if (!d.title.isEmpty() || !d.body.isEmpty()) {
            const QString who = d.title.isEmpty()  ? d.body
                                : d.body.isEmpty() ? d.title
                                                   : DocText::tr("%1, %2").arg(d.title, d.body);
            doc << labelledLine(DocText::tr("Chức vụ, đơn vị:"), { Run(who) });
        }
        doc << labelledLine(DocText::tr("Tới dự:"), { Run::boldText(c.name + QLatin1Char('.')) });
        appendTimeAndPlace(doc, c);
        if (!d.seatRow.isEmpty())
            doc << labelledLine(DocText::tr("Vị trí ghế:"), { Run(d.seatRow + QLatin1Char('.')) });
        if (d.presenter > 0) {
            doc << Paragraph(Styles::Body,
                             { Run::italicText(DocText::tr("Đồng chí được mời lên trao khen thưởng cho các "
                                                           "cá nhân được biểu dương.")) });
        }
        Paragraph welcome(Styles::Body, DocText::tr("Sự có mặt của đồng chí góp phần vào thành công của hội nghị."));
        welcome.spaceBeforePt = 6;
        doc << welcome;
        appendClosing(doc, {}, signers);
    }
    return doc;
}

Document buildDelegateLabels(const Campaign &c, const QList<Delegate> &delegates)
{
    Document doc(DocText::tr("Nhãn phong bì giấy mời %1").arg(c.name));
    doc.page.pageNumbers = false;
    doc.page.marginsMm = { 10, 12, 10, 12 };
    // Two labels across, rows kept whole: cut along the grid, stick on the envelope.
    Table t({ 1, 1 });
    t.paddingMm = 4;
    t.verticalPaddingMm = 3;
    auto label = [](const Delegate &d) {
        QList<CellContent> content;
        Paragraph to(Styles::BodyPlain, { Run::italicText(DocText::tr("Kính gửi:")) });
        to.spaceAfterPt = 2;
        content << to;
        Paragraph name(Styles::BodyPlain, { Run::boldText(DocText::tr("Đồng chí %1").arg(d.fullName)) });
        content << name;
        if (!d.title.isEmpty())
            content << Paragraph(Styles::BodyPlain, d.title);
        if (!d.body.isEmpty())
            content << Paragraph(Styles::BodyPlain, d.body);
        return TableCell(content);
    };
    for (int i = 0; i < delegates.size(); i += 2) {
        QList<TableCell> row { label(delegates.at(i)) };
        row << (i + 1 < delegates.size() ? label(delegates.at(i + 1))
                                         : TableCell(Paragraph(Styles::BodyPlain, QString())));
        t << TableRow(row);
    }
    doc << t;
    return doc;
}

Document buildDelegateCheckinList(const Campaign &c, const QList<Delegate> &delegates, const QDate &when)
{
    const QDate date = when.isValid() ? when : QDate::currentDate();
    Document doc(DocText::tr("Danh sách đón tiếp đại biểu %1").arg(c.name));
    appendAdminHeader(doc, c, QString(), date);
    appendTitle(doc, DocText::tr("Danh sách đón tiếp đại biểu"), { c.name }, false,
                DocText::tr("(%1, %2)").arg(conferenceWhen(c), c.conferencePlace));
    Table t({ 7, 28, 37, 12, 16 });
    t.headerRows = 1;
    t << TableRow({ headerCell(DocText::tr("STT")), headerCell(DocText::tr("Họ và tên")),
                    headerCell(DocText::tr("Chức vụ, đơn vị")), headerCell(DocText::tr("Hàng ghế")),
                    headerCell(DocText::tr("Ký tên / có mặt")) });
    // Grouped by "Thành phần", in the order groups first appear.
    QStringList groups;
    for (const Delegate &d : delegates) {
        if (!groups.contains(d.groupName))
            groups << d.groupName;
    }
    int n = 0, g = 0;
    for (const QString &group : std::as_const(groups)) {
        int count = 0;
        for (const Delegate &d : delegates)
            count += d.groupName == group ? 1 : 0;
        t << TableRow({ TableCell(para(Styles::TableGroup, QStringLiteral("%1. %2 (%3)")
                                                               .arg(romanNumeral(++g), groupTitle(group),
                                                                    DocText::tr("%n người", nullptr, count))),
                                  5) },
                      true);
        for (const Delegate &d : delegates) {
            if (d.groupName != group)
                continue;
            const QString who = d.title.isEmpty()  ? d.body
                                : d.body.isEmpty() ? d.title
                                                   : DocText::tr("%1, %2").arg(d.title, d.body);
            t << TableRow(
                { textCell(QString::number(++n), Align::Center), textCell(d.fullName), textCell(who),
                  textCell(d.seatRow, Align::Center),
                  textCell(
                      d.present()
                          ? DocText::tr("đã đến %1").arg(d.checkedInAt.toLocalTime().toString(QStringLiteral("HH:mm")))
                          : QString()) });
        }
    }
    doc << t;
    Paragraph total(Styles::BodyPlain,
                    { Run::boldText(DocText::tr("Tổng cộng: %n đại biểu.", nullptr, int(delegates.size()))) });
    total.spaceBeforePt = 6;
    doc << total;
    return doc;
}

} // namespace vd::docs
