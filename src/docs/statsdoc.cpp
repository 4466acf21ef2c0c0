// The annex of the movement report's figures (movementstats.h; Kế hoạch mục
// VI.1 "báo cáo kết quả phong trào thi đua"). docs/conference.md.
#include "conferencedocs.h"

#include "adminblocks.h"
#include "doctext.h"

namespace vd::docs {

namespace {

void appendTable(Document &doc, const QString &heading, const QString &column, const QList<StatsRow> &rows,
                 const MovementStats &s)
{
    Paragraph h(Styles::Heading, heading);
    h.spaceBeforePt = 9;
    h.keepWithNext = true;
    doc << h;
    Table t({ 9, 51, 20, 20 });
    t.headerRows = 1;
    t << TableRow({ headerCell(DocText::tr("STT")), headerCell(column), headerCell(DocText::tr("Số hồ sơ đề nghị")),
                    headerCell(DocText::tr("Số người được biểu dương")) });
    int n = 0;
    for (const StatsRow &r : rows) {
        t << TableRow({ textCell(QString::number(++n), Align::Center), textCell(r.label),
                        textCell(QString::number(r.nominees), Align::Center),
                        textCell(QString::number(r.honorees), Align::Center) });
    }
    Paragraph total(Styles::TableGroup, DocText::tr("Tổng cộng"));
    total.align = Align::Center;
    Paragraph nominees(Styles::TableGroup, QString::number(s.nominees));
    nominees.align = Align::Center;
    Paragraph honorees(Styles::TableGroup, QString::number(s.honorees));
    honorees.align = Align::Center;
    t << TableRow({ TableCell(total, 2), TableCell(nominees), TableCell(honorees) });
    doc << t;
}

} // namespace

Document buildMovementAnnex(const MovementStats &s, const QDate &when)
{
    const Campaign &c = s.campaign;
    const QDate date = when.isValid() ? when : QDate::currentDate();
    Document doc(DocText::tr("Phụ lục số liệu %1").arg(c.name));
    appendAdminHeader(doc, c, QString(), date);
    appendTitle(doc, DocText::tr("Phụ lục số liệu"), { DocText::tr("Kết quả phong trào thi đua — %1").arg(c.name) });
    Paragraph summary(Styles::Body, DocText::tr("Tổng số hồ sơ đề nghị: %1; số người được biểu dương: %2; số "
                                                "hồ sơ có sáng kiến: %3, trong đó được biểu dương: %4.")
                                        .arg(s.nominees)
                                        .arg(s.honorees)
                                        .arg(s.initiatives)
                                        .arg(s.honoreeInitiatives));
    doc << summary;
    appendTable(doc, DocText::tr("1. Theo khối"), DocText::tr("Khối"), s.byBloc, s);
    appendTable(doc, DocText::tr("2. Theo giới tính"), DocText::tr("Giới tính"), s.byGender, s);
    appendTable(doc, DocText::tr("3. Công nhân lao động và cán bộ, viên chức"), DocText::tr("Đối tượng"), s.byWorker,
                s);
    appendTable(doc, DocText::tr("4. Theo loại"), DocText::tr("Loại"), s.byCategory, s);
    appendTable(doc, DocText::tr("5. Theo đơn vị"), DocText::tr("Đơn vị"), s.byUnit, s);
    const QList<Signer> signers = firstSigner(c);
    appendClosing(doc, { DocText::tr("Lưu: VT") }, signers);
    return doc;
}

} // namespace vd::docs
