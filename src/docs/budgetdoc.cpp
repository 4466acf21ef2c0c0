// The budget estimate (dự toán kinh phí, Kế hoạch mục VI.1).
#include "conferencedocs.h"

#include "adminblocks.h"
#include "adminformat.h"
#include "doctext.h"

namespace vd::docs {

namespace {

TableRow groupRow(const QString &label, const QString &title, qint64 subtotal)
{
    Paragraph number(Styles::TableGroup, label);
    number.align = Align::Center;
    Paragraph amount(Styles::TableGroup, formatAmount(subtotal));
    amount.align = Align::Right;
    return TableRow({ TableCell(number), TableCell(para(Styles::TableGroup, title), 4), TableCell(amount) }, true);
}

TableRow lineRow(const QString &number, const QString &name, const QString &unit, qint64 quantity, qint64 unitPrice,
                 qint64 amount)
{
    return TableRow({ textCell(number, Align::Center), textCell(name), textCell(unit, Align::Center),
                      textCell(formatAmount(quantity), Align::Right), textCell(formatAmount(unitPrice), Align::Right),
                      textCell(formatAmount(amount), Align::Right) });
}

} // namespace

Document buildBudget(const Budget &b, const QDate &when)
{
    const Campaign &c = b.campaign;
    const QDate date = when.isValid() ? when : QDate::currentDate();
    Document doc(DocText::tr("Dự toán kinh phí %1").arg(c.name));
    appendAdminHeader(doc, c, DocText::tr("      /DT-LĐLĐ"), date);
    appendTitle(doc, DocText::tr("Dự toán kinh phí"), { DocText::tr("Tổ chức %1").arg(c.name) });

    Table t({ 8, 38, 11, 10, 15, 18 });
    t.headerRows = 1;
    t << TableRow({ headerCell(DocText::tr("STT")), headerCell(DocText::tr("Nội dung")),
                    headerCell(DocText::tr("Đơn vị tính")), headerCell(DocText::tr("Số lượng")),
                    headerCell(DocText::tr("Đơn giá (đồng)")), headerCell(DocText::tr("Thành tiền (đồng)")) });
    int group = 0;
    if (b.rewardAmount > 0) {
        t << groupRow(romanNumeral(++group), DocText::tr("Khen thưởng"), b.rewardSubtotal);
        t << lineRow(QStringLiteral("1"), DocText::tr("Tiền thưởng Lao động giỏi tiêu biểu"), DocText::tr("người"),
                     b.honorees, b.rewardAmount, b.rewardSubtotal);
    }
    if (!b.lines.isEmpty()) {
        t << groupRow(romanNumeral(++group), DocText::tr("Tổ chức hội nghị"), b.costSubtotal);
        int n = 0;
        for (const CostLine &l : b.lines)
            t << lineRow(QString::number(++n), l.name, l.unit, l.quantity, l.unitPrice, l.amount());
    }
    Paragraph totalLabel(Styles::TableGroup, DocText::tr("Tổng cộng"));
    totalLabel.align = Align::Center;
    Paragraph total(Styles::TableGroup, formatAmount(b.total));
    total.align = Align::Right;
    t << TableRow({ TableCell(totalLabel, 5), TableCell(total) });
    doc << t;

    Paragraph words(Styles::BodyPlain, { Run::italicText(DocText::tr("(Bằng chữ: %1.)").arg(b.totalInWords)) });
    words.spaceBeforePt = 6;
    doc << words;

    const QList<Signer> signers = firstSigner(c);
    appendClosing(
        doc,
        { DocText::tr("UBND huyện (để báo cáo)"), DocText::tr("Phòng Tài chính - Kế hoạch"), DocText::tr("Lưu: VT") },
        signers);
    return doc;
}

} // namespace vd::docs
