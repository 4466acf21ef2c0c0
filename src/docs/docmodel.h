// The document model of VinhDanh: every document (lists, programme, decision,
// invitations, reports, ...) is built once as a Document — paragraphs of
// runs, tables with header rows and keep-together rules, horizontal rules and
// page breaks, with named paragraph styles — and written from it as PDF (our
// own paginated layout, pagelayout.h), DOCX (docxwriter.h) and ODT
// (odtwriter.h). Builders of administrative documents (the two-column header,
// signature blocks, "Nơi nhận") are in adminblocks.h. Sizes are in points,
// lengths in millimetres. QtGui only, no widgets.
//
//   Document doc(tr("Danh sách ..."));
//   appendAdminHeader(doc, campaign, {}, date);
//   doc << Paragraph(Styles::DocumentType, QStringLiteral("DANH SÁCH"));
//   Table t({ 8, 30, 62 });
//   t.headerRows = 1;
//   t << TableRow({ headerCell("STT"), headerCell("Họ và tên"), headerCell("Đơn vị") });
//   doc << t;
//   writeDocument(doc, "docx", path);
#pragma once

#include <QColor>
#include <QList>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QSizeF>
#include <QString>

#include <optional>
#include <variant>

namespace vd::docs {

// Paper, margins and page numbers. Nghị định 30/2020: A4, margins top/bottom
// 20–25 mm, left 30–35 mm, right 15–20 mm; page numbers centred in the top
// margin from page 2 on.
struct PageSetup
{
    QPageSize pageSize = QPageSize(QPageSize::A4);
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    QMarginsF marginsMm { 30, 20, 15, 20 }; // left, top, right, bottom
    bool pageNumbers = true; // from page 2, centred in the top margin

    QSizeF sheetMm() const; // the sheet in its orientation
    qreal textWidthMm() const; // sheet width minus the side margins
    qreal textHeightMm() const;
};

enum class Align { Left, Center, Right, Justify };
enum class VAlign { Top, Middle, Bottom };

// A piece of text with one character format. '\n' breaks the line inside the
// paragraph (not a new paragraph).
struct Run
{
    QString text;
    bool bold = false;
    bool italic = false;
    bool underline = false;
    qreal sizePt = 0; // 0: the paragraph style's size

    Run() = default;
    Run(QString t) : text(std::move(t)) { } // NOLINT: a plain run from text
    static Run plain(const QString &t) { return Run(t); }
    static Run boldText(const QString &t);
    static Run italicText(const QString &t);
    static Run boldItalic(const QString &t);
};

// A named paragraph style. The writers emit the style sheet as real styles
// (DOCX styles.xml, ODT office:styles) so a user can restyle a document.
struct ParagraphStyle
{
    QString id; // ASCII style id ("VdBody")
    QString name; // what Word and LibreOffice show ("VD Nội dung")
    qreal sizePt = 14;
    bool bold = false;
    bool italic = false;
    Align align = Align::Left;
    qreal spaceBeforePt = 0;
    qreal spaceAfterPt = 0;
    qreal firstLineIndentMm = 0;
    qreal lineSpacing = 1.0; // a multiple of the font's single line height
    bool keepWithNext = false;
    bool keepTogether = false;
};

// The styles every document has (Nghị định 30/2020, Phụ lục I; nd sizes as in
// docs/documents.md). Use these ids in Paragraph::style.
namespace Styles {
extern const QString Body; // 14 pt, justified, first line 12.7 mm, 6 pt after
extern const QString BodyPlain; // 14 pt, left, no indent (lists, lines of a form)
extern const QString NationalTitle; // quốc hiệu: 13 pt bold capitals, centred
extern const QString Motto; // tiêu ngữ: 14 pt bold, centred
extern const QString ParentBody; // cơ quan chủ quản: 13 pt capitals, centred
extern const QString IssuingBody; // cơ quan ban hành: 13 pt bold capitals, centred
extern const QString Number; // "Số: …": 13 pt, centred
extern const QString PlaceDate; // place and date: 14 pt italic, centred
extern const QString DocumentType; // KẾ HOẠCH, QUYẾT ĐỊNH…: 14 pt bold, centred
extern const QString Subject; // trích yếu: 14 pt bold, centred
extern const QString Note; // a centred italic line under the title: 14 pt
extern const QString Heading; // section heading: 14 pt bold, kept with next
extern const QString SignerTitle; // TM./KT. and title: 14 pt bold capitals, centred
extern const QString SignerName; // 14 pt bold, centred, room to sign above
extern const QString RecipientsHead; // "Nơi nhận:": 12 pt bold italic
extern const QString Recipient; // "- …;": 11 pt
extern const QString TableHeader; // 12 pt bold, centred
extern const QString TableText; // 12 pt
extern const QString TableGroup; // 12 pt bold: a group heading row
extern const QString PageNumber; // 13 pt, centred (page header)
} // namespace Styles

class StyleSheet
{
public:
    // The standard styles above.
    static StyleSheet standard();
    // The style of `id`; an unknown id gives the body style.
    const ParagraphStyle &style(const QString &id) const;
    bool contains(const QString &id) const;
    // Adds or replaces a style (a document's own styles).
    void set(const ParagraphStyle &style);
    const QList<ParagraphStyle> &all() const { return m_styles; }

private:
    QList<ParagraphStyle> m_styles;
};

struct Paragraph
{
    QString style = Styles::Body;
    QList<Run> runs;
    // Overrides of the style; unset: the style's value.
    std::optional<Align> align;
    std::optional<qreal> spaceBeforePt;
    std::optional<qreal> spaceAfterPt;
    std::optional<qreal> firstLineIndentMm;
    std::optional<bool> keepWithNext;
    qreal leftIndentMm = 0;
    qreal rightIndentMm = 0;
    bool pageBreakBefore = false;

    Paragraph() = default;
    explicit Paragraph(QString styleId, QList<Run> r = {}) : style(std::move(styleId)), runs(std::move(r)) { }
    Paragraph(QString styleId, const QString &text) : style(std::move(styleId)), runs { Run(text) } { }
    Paragraph &operator<<(const Run &run)
    {
        runs.append(run);
        return *this;
    }
    QString text() const; // the runs' text joined
};

// A solid horizontal line, e.g. under the issuing body (1/3–1/2 of its line)
// or under the tiêu ngữ (as long as its line). lengthMm 0: the whole width.
struct Rule
{
    qreal lengthMm = 0;
    qreal thicknessPt = 0.5;
    Align align = Align::Center;
    qreal spaceBeforePt = 1;
    qreal spaceAfterPt = 2;
};

// Forces a new page (e.g. between invitations, before an annex).
struct PageBreak
{
};

// What a table cell holds.
using CellContent = std::variant<Paragraph, Rule>;

struct TableCell
{
    QList<CellContent> content;
    int columnSpan = 1;
    VAlign valign = VAlign::Top;
    QColor background; // invalid: none

    TableCell() = default;
    TableCell(QList<CellContent> c, int span = 1) : content(std::move(c)), columnSpan(span) { }
    TableCell(const Paragraph &p, int span = 1) : content { p }, columnSpan(span) { }
};

struct TableRow
{
    QList<TableCell> cells;
    bool keepWithNext = false; // e.g. a group heading row stays with the first row under it
    // Rows never split across pages; only a row taller than a page is cut
    // (between lines).

    TableRow() = default;
    TableRow(QList<TableCell> c, bool keep = false) : cells(std::move(c)), keepWithNext(keep) { }
};

struct Table
{
    QList<qreal> columns; // relative widths; the table spans the text width
    int headerRows = 0; // the first N rows repeat at the top of every page
    bool borders = true; // thin black grid; false: an invisible layout table
    bool keepTogether = false; // on one page when it fits
    bool keepWithNext = false; // its last row stays with what follows
    qreal paddingMm = 1.5; // left and right cell padding
    qreal verticalPaddingMm = 0.5;
    qreal spaceBeforePt = 0;
    qreal spaceAfterPt = 0;
    QList<TableRow> rows;

    Table() = default;
    explicit Table(QList<qreal> columnWidths) : columns(std::move(columnWidths)) { }
    Table &operator<<(const TableRow &row)
    {
        rows.append(row);
        return *this;
    }
};

using Block = std::variant<Paragraph, Rule, Table, PageBreak>;

struct Document
{
    QString title; // file metadata and window titles
    PageSetup page;
    StyleSheet styles = StyleSheet::standard();
    QList<Block> blocks;

    Document() = default;
    explicit Document(QString t) : title(std::move(t)) { }
    Document &operator<<(const Block &block)
    {
        blocks.append(block);
        return *this;
    }
    Document &operator<<(const QList<Block> &more)
    {
        blocks.append(more);
        return *this;
    }
    bool isEmpty() const { return blocks.isEmpty(); }
    // Marks the last paragraph or table before the end "keep with next" (what
    // a closing block appended next must not be separated from).
    void keepLastWithNext();
    // Every paragraph's text in order, cells row by row ("\n" between paragraphs).
    QString plainText() const;
};

// Helpers for the common cases.
Paragraph para(const QString &style, const QString &text);
Paragraph para(const QString &style, const QList<Run> &runs);
TableCell headerCell(const QString &text, int span = 1);
TableCell textCell(const QString &text, Align align = Align::Left, int span = 1);

// Style values with the paragraph's overrides applied.
struct ResolvedParagraph
{
    ParagraphStyle style; // size, weight, alignment, spacing as they apply
    qreal leftIndentMm = 0;
    qreal rightIndentMm = 0;
};
ResolvedParagraph resolve(const StyleSheet &styles, const Paragraph &p);

inline constexpr qreal kPtPerMm = 72.0 / 25.4;

} // namespace vd::docs
