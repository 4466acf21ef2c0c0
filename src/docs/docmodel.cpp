#include "docmodel.h"

namespace vd::docs {

namespace Styles {
const QString Body = QStringLiteral("VdBody");
const QString BodyPlain = QStringLiteral("VdBodyPlain");
const QString NationalTitle = QStringLiteral("VdNationalTitle");
const QString Motto = QStringLiteral("VdMotto");
const QString ParentBody = QStringLiteral("VdParentBody");
const QString IssuingBody = QStringLiteral("VdIssuingBody");
const QString Number = QStringLiteral("VdNumber");
const QString PlaceDate = QStringLiteral("VdPlaceDate");
const QString DocumentType = QStringLiteral("VdDocumentType");
const QString Subject = QStringLiteral("VdSubject");
const QString Note = QStringLiteral("VdNote");
const QString Heading = QStringLiteral("VdHeading");
const QString SignerTitle = QStringLiteral("VdSignerTitle");
const QString SignerName = QStringLiteral("VdSignerName");
const QString RecipientsHead = QStringLiteral("VdRecipientsHead");
const QString Recipient = QStringLiteral("VdRecipient");
const QString TableHeader = QStringLiteral("VdTableHeader");
const QString TableText = QStringLiteral("VdTableText");
const QString TableGroup = QStringLiteral("VdTableGroup");
const QString PageNumber = QStringLiteral("VdPageNumber");
} // namespace Styles

QSizeF PageSetup::sheetMm() const
{
    const QSizeF size = pageSize.size(QPageSize::Millimeter);
    return orientation == QPageLayout::Landscape ? size.transposed() : size;
}

qreal PageSetup::textWidthMm() const { return sheetMm().width() - marginsMm.left() - marginsMm.right(); }

qreal PageSetup::textHeightMm() const { return sheetMm().height() - marginsMm.top() - marginsMm.bottom(); }

Run Run::boldText(const QString &t)
{
    Run r(t);
    r.bold = true;
    return r;
}

Run Run::italicText(const QString &t)
{
    Run r(t);
    r.italic = true;
    return r;
}

Run Run::boldItalic(const QString &t)
{
    Run r(t);
    r.bold = true;
    r.italic = true;
    return r;
}

namespace {

ParagraphStyle makeStyle(const QString &id, const char *name, qreal size, bool bold, bool italic, Align align,
                         qreal before = 0, qreal after = 0, bool keepNext = false)
{
    ParagraphStyle s;
    s.id = id;
    s.name = QString::fromUtf8(name);
    s.sizePt = size;
    s.bold = bold;
    s.italic = italic;
    s.align = align;
    s.spaceBeforePt = before;
    s.spaceAfterPt = after;
    s.keepWithNext = keepNext;
    return s;
}

} // namespace

StyleSheet StyleSheet::standard()
{
    // One value per range of the decree, used in every document: quốc hiệu
    // 13, tiêu ngữ 14, bodies 13, body text 14, "Nơi nhận" 12/11.
    StyleSheet sheet;
    ParagraphStyle body = makeStyle(Styles::Body, "VD Nội dung", 14, false, false, Align::Justify, 0, 6);
    body.firstLineIndentMm = 12.7;
    sheet.set(body);
    sheet.set(makeStyle(Styles::BodyPlain, "VD Nội dung không thụt", 14, false, false, Align::Left, 0, 3));
    sheet.set(makeStyle(Styles::NationalTitle, "VD Quốc hiệu", 13, true, false, Align::Center));
    sheet.set(makeStyle(Styles::Motto, "VD Tiêu ngữ", 14, true, false, Align::Center));
    sheet.set(makeStyle(Styles::ParentBody, "VD Cơ quan chủ quản", 13, false, false, Align::Center));
    sheet.set(makeStyle(Styles::IssuingBody, "VD Cơ quan ban hành", 13, true, false, Align::Center));
    sheet.set(makeStyle(Styles::Number, "VD Số, ký hiệu", 13, false, false, Align::Center, 4));
    sheet.set(makeStyle(Styles::PlaceDate, "VD Địa danh, ngày tháng", 14, false, true, Align::Center, 4));
    sheet.set(makeStyle(Styles::DocumentType, "VD Tên loại văn bản", 14, true, false, Align::Center, 18, 0, true));
    sheet.set(makeStyle(Styles::Subject, "VD Trích yếu", 14, true, false, Align::Center, 0, 0, true));
    sheet.set(makeStyle(Styles::Note, "VD Ghi chú dưới tên", 14, false, true, Align::Center, 0, 6, true));
    sheet.set(makeStyle(Styles::Heading, "VD Đề mục", 14, true, false, Align::Left, 6, 3, true));
    sheet.set(
        makeStyle(Styles::SignerTitle, "VD Quyền hạn, chức vụ người ký", 14, true, false, Align::Center, 0, 0, true));
    sheet.set(makeStyle(Styles::SignerName, "VD Họ tên người ký", 14, true, false, Align::Center, 64));
    sheet.set(makeStyle(Styles::RecipientsHead, "VD Nơi nhận", 12, true, true, Align::Left, 0, 0, true));
    sheet.set(makeStyle(Styles::Recipient, "VD Nơi nhận - mục", 11, false, false, Align::Left));
    sheet.set(makeStyle(Styles::TableHeader, "VD Bảng - tiêu đề cột", 12, true, false, Align::Center));
    sheet.set(makeStyle(Styles::TableText, "VD Bảng - nội dung", 12, false, false, Align::Left));
    sheet.set(makeStyle(Styles::TableGroup, "VD Bảng - nhóm", 12, true, false, Align::Left));
    sheet.set(makeStyle(Styles::PageNumber, "VD Số trang", 13, false, false, Align::Center));
    return sheet;
}

const ParagraphStyle &StyleSheet::style(const QString &id) const
{
    for (const ParagraphStyle &s : m_styles) {
        if (s.id == id)
            return s;
    }
    for (const ParagraphStyle &s : m_styles) {
        if (s.id == Styles::Body)
            return s;
    }
    static const ParagraphStyle fallback = [] {
        ParagraphStyle s;
        s.id = Styles::Body;
        s.name = QStringLiteral("VD Nội dung");
        return s;
    }();
    return fallback;
}

bool StyleSheet::contains(const QString &id) const
{
    for (const ParagraphStyle &s : m_styles) {
        if (s.id == id)
            return true;
    }
    return false;
}

void StyleSheet::set(const ParagraphStyle &style)
{
    for (ParagraphStyle &s : m_styles) {
        if (s.id == style.id) {
            s = style;
            return;
        }
    }
    m_styles.append(style);
}

QString Paragraph::text() const
{
    QString out;
    for (const Run &r : runs)
        out += r.text;
    return out;
}

void Document::keepLastWithNext()
{
    for (auto it = blocks.rbegin(); it != blocks.rend(); ++it) {
        if (auto *p = std::get_if<Paragraph>(&*it)) {
            p->keepWithNext = true;
            return;
        }
        if (auto *t = std::get_if<Table>(&*it)) {
            t->keepWithNext = true;
            return;
        }
        if (std::holds_alternative<PageBreak>(*it))
            return;
    }
}

namespace {

void appendText(QString &out, const QList<CellContent> &content)
{
    for (const CellContent &c : content) {
        if (const auto *p = std::get_if<Paragraph>(&c))
            out += p->text() + QLatin1Char('\n');
    }
}

} // namespace

QString Document::plainText() const
{
    QString out;
    for (const Block &b : blocks) {
        if (const auto *p = std::get_if<Paragraph>(&b)) {
            out += p->text() + QLatin1Char('\n');
        } else if (const auto *t = std::get_if<Table>(&b)) {
            for (const TableRow &row : t->rows) {
                for (const TableCell &cell : row.cells)
                    appendText(out, cell.content);
            }
        }
    }
    return out;
}

Paragraph para(const QString &style, const QString &text) { return Paragraph(style, text); }

Paragraph para(const QString &style, const QList<Run> &runs) { return Paragraph(style, runs); }

TableCell headerCell(const QString &text, int span)
{
    TableCell cell(Paragraph(Styles::TableHeader, text), span);
    cell.valign = VAlign::Middle;
    return cell;
}

TableCell textCell(const QString &text, Align align, int span)
{
    Paragraph p(Styles::TableText, text);
    if (align != Align::Left)
        p.align = align;
    return TableCell(p, span);
}

ResolvedParagraph resolve(const StyleSheet &styles, const Paragraph &p)
{
    ResolvedParagraph r;
    r.style = styles.style(p.style);
    if (p.align)
        r.style.align = *p.align;
    if (p.spaceBeforePt)
        r.style.spaceBeforePt = *p.spaceBeforePt;
    if (p.spaceAfterPt)
        r.style.spaceAfterPt = *p.spaceAfterPt;
    if (p.firstLineIndentMm)
        r.style.firstLineIndentMm = *p.firstLineIndentMm;
    if (p.keepWithNext)
        r.style.keepWithNext = *p.keepWithNext;
    r.leftIndentMm = p.leftIndentMm;
    r.rightIndentMm = p.rightIndentMm;
    return r;
}

} // namespace vd::docs
