// The body of a DOCX (word/document.xml) from the document model: paragraphs
// with their style and overrides, rules as bordered empty paragraphs, tables
// with w:tblHeader and w:cantSplit rows, page breaks, and the A4 section with
// the decree's margins and the page-number headers (w:titlePg).
#include "docxxml_p.h"

namespace vd::docs::docx {

void writeRunProperties(Xml &x, bool bold, bool italic, bool underline, qreal sizePt)
{
    if (!bold && !italic && !underline && sizePt <= 0)
        return;
    x.start(QStringLiteral("w:rPr"));
    if (bold) {
        x.empty(QStringLiteral("w:b"));
        x.empty(QStringLiteral("w:bCs"));
    }
    if (italic) {
        x.empty(QStringLiteral("w:i"));
        x.empty(QStringLiteral("w:iCs"));
    }
    if (sizePt > 0) {
        x.val(QStringLiteral("w:sz"), num(qRound(sizePt * 2)));
        x.val(QStringLiteral("w:szCs"), num(qRound(sizePt * 2)));
    }
    if (underline)
        x.val(QStringLiteral("w:u"), QStringLiteral("single"));
    x.end();
}

namespace {

// A paragraph as small as Word allows: separates two tables or carries a page break.
void writeSpacerParagraph(Xml &x, bool pageBreakBefore)
{
    x.start(QStringLiteral("w:p"));
    x.start(QStringLiteral("w:pPr"));
    if (pageBreakBefore)
        x.empty(QStringLiteral("w:pageBreakBefore"));
    x.w.writeEmptyElement(QStringLiteral("w:spacing"));
    x.attr(QStringLiteral("w:before"), QStringLiteral("0"));
    x.attr(QStringLiteral("w:after"), QStringLiteral("0"));
    x.attr(QStringLiteral("w:line"), QStringLiteral("20"));
    x.attr(QStringLiteral("w:lineRule"), QStringLiteral("exact"));
    writeRunProperties(x, false, false, false, 1);
    x.end();
    x.end();
}

class BodyWriter
{
public:
    BodyWriter(Xml &xml, const Document &doc) : x(xml), d(doc) { }

    void paragraph(const Paragraph &p, qreal containerMm, bool forceKeepNext, bool breakBefore);
    void rule(const Rule &r, qreal containerMm, bool forceKeepNext, bool breakBefore);
    void table(const Table &t, qreal widthMm);

private:
    Xml &x;
    const Document &d;
};

void BodyWriter::paragraph(const Paragraph &p, qreal containerMm, bool forceKeepNext, bool breakBefore)
{
    Q_UNUSED(containerMm);
    const ParagraphStyle &base = d.styles.style(p.style);
    const ResolvedParagraph r = resolve(d.styles, p);
    const ParagraphStyle &s = r.style;
    x.start(QStringLiteral("w:p"));
    x.start(QStringLiteral("w:pPr"));
    x.val(QStringLiteral("w:pStyle"), base.id);
    const bool keepNext = s.keepWithNext || forceKeepNext;
    if (keepNext != base.keepWithNext)
        x.val(QStringLiteral("w:keepNext"), keepNext ? QStringLiteral("1") : QStringLiteral("0"));
    if (breakBefore || p.pageBreakBefore)
        x.empty(QStringLiteral("w:pageBreakBefore"));
    if (s.spaceBeforePt != base.spaceBeforePt || s.spaceAfterPt != base.spaceAfterPt) {
        x.w.writeEmptyElement(QStringLiteral("w:spacing"));
        x.attr(QStringLiteral("w:before"), num(twipsPt(s.spaceBeforePt)));
        x.attr(QStringLiteral("w:after"), num(twipsPt(s.spaceAfterPt)));
    }
    if (s.firstLineIndentMm != base.firstLineIndentMm || r.leftIndentMm != 0 || r.rightIndentMm != 0) {
        x.w.writeEmptyElement(QStringLiteral("w:ind"));
        x.attr(QStringLiteral("w:left"), num(twips(r.leftIndentMm)));
        x.attr(QStringLiteral("w:right"), num(twips(r.rightIndentMm)));
        x.attr(QStringLiteral("w:firstLine"), num(twips(s.firstLineIndentMm)));
    }
    if (s.align != base.align)
        x.val(QStringLiteral("w:jc"), jc(s.align));
    x.end(); // pPr
    for (const Run &run : p.runs) {
        const QStringList lines = run.text.split(QLatin1Char('\n'));
        x.start(QStringLiteral("w:r"));
        writeRunProperties(x, run.bold && !s.bold, run.italic && !s.italic, run.underline,
                           run.sizePt > 0 && run.sizePt != s.sizePt ? run.sizePt : 0);
        for (int i = 0; i < lines.size(); ++i) {
            if (i > 0)
                x.empty(QStringLiteral("w:br"));
            if (lines.at(i).isEmpty())
                continue;
            x.start(QStringLiteral("w:t"));
            x.attr(QStringLiteral("xml:space"), QStringLiteral("preserve"));
            x.w.writeCharacters(lines.at(i));
            x.end();
        }
        x.end();
    }
    x.end(); // p
}

void BodyWriter::rule(const Rule &r, qreal containerMm, bool forceKeepNext, bool breakBefore)
{
    const qreal length = r.lengthMm > 0 ? qMin(r.lengthMm, containerMm) : containerMm;
    qreal left = 0;
    if (r.align == Align::Center)
        left = (containerMm - length) / 2;
    else if (r.align == Align::Right)
        left = containerMm - length;
    const qreal right = containerMm - length - left;
    x.start(QStringLiteral("w:p"));
    x.start(QStringLiteral("w:pPr"));
    if (forceKeepNext)
        x.empty(QStringLiteral("w:keepNext"));
    if (breakBefore)
        x.empty(QStringLiteral("w:pageBreakBefore"));
    x.start(QStringLiteral("w:pBdr"));
    x.w.writeEmptyElement(QStringLiteral("w:bottom"));
    x.attr(QStringLiteral("w:val"), QStringLiteral("single"));
    x.attr(QStringLiteral("w:sz"), num(qMax(2, qRound(r.thicknessPt * 8))));
    x.attr(QStringLiteral("w:space"), QStringLiteral("0"));
    x.attr(QStringLiteral("w:color"), QStringLiteral("000000"));
    x.end();
    x.w.writeEmptyElement(QStringLiteral("w:spacing"));
    x.attr(QStringLiteral("w:before"), num(twipsPt(r.spaceBeforePt)));
    x.attr(QStringLiteral("w:after"), num(twipsPt(r.spaceAfterPt)));
    x.attr(QStringLiteral("w:line"), QStringLiteral("20"));
    x.attr(QStringLiteral("w:lineRule"), QStringLiteral("exact"));
    x.w.writeEmptyElement(QStringLiteral("w:ind"));
    x.attr(QStringLiteral("w:left"), num(twips(left)));
    x.attr(QStringLiteral("w:right"), num(twips(right)));
    x.attr(QStringLiteral("w:firstLine"), QStringLiteral("0"));
    writeRunProperties(x, false, false, false, 1);
    x.end();
    x.end();
}

void BodyWriter::table(const Table &t, qreal widthMm)
{
    qreal total = 0;
    for (qreal c : t.columns)
        total += qMax<qreal>(0, c);
    QList<int> grid;
    int used = 0;
    for (int i = 0; i < t.columns.size(); ++i) {
        const int w = i + 1 == t.columns.size() ? twips(widthMm) - used
                                                : twips(widthMm * qMax<qreal>(0, t.columns.at(i)) / total);
        grid.append(w);
        used += w;
    }
    x.start(QStringLiteral("w:tbl"));
    x.start(QStringLiteral("w:tblPr"));
    x.val(QStringLiteral("w:tblStyle"), t.borders ? QStringLiteral("VdTableGrid") : QStringLiteral("VdTableLayout"));
    x.w.writeEmptyElement(QStringLiteral("w:tblW"));
    x.attr(QStringLiteral("w:w"), num(twips(widthMm)));
    x.attr(QStringLiteral("w:type"), QStringLiteral("dxa"));
    x.w.writeEmptyElement(QStringLiteral("w:tblInd"));
    x.attr(QStringLiteral("w:w"), QStringLiteral("0"));
    x.attr(QStringLiteral("w:type"), QStringLiteral("dxa"));
    x.w.writeEmptyElement(QStringLiteral("w:tblLayout"));
    x.attr(QStringLiteral("w:type"), QStringLiteral("fixed"));
    x.start(QStringLiteral("w:tblCellMar"));
    const QString pads[]
        = { QStringLiteral("w:top"), QStringLiteral("w:left"), QStringLiteral("w:bottom"), QStringLiteral("w:right") };
    for (int i = 0; i < 4; ++i) {
        x.w.writeEmptyElement(pads[i]);
        x.attr(QStringLiteral("w:w"), num(twips(i % 2 ? t.paddingMm : t.verticalPaddingMm)));
        x.attr(QStringLiteral("w:type"), QStringLiteral("dxa"));
    }
    x.end(); // tblCellMar
    x.end(); // tblPr
    x.start(QStringLiteral("w:tblGrid"));
    for (int w : grid) {
        x.w.writeEmptyElement(QStringLiteral("w:gridCol"));
        x.attr(QStringLiteral("w:w"), num(w));
    }
    x.end();

    const int rows = int(t.rows.size());
    for (int r = 0; r < rows; ++r) {
        const TableRow &row = t.rows.at(r);
        const bool last = r + 1 == rows;
        // Word keeps a row with the next when every paragraph in it has keepNext.
        const bool keepNext = last ? t.keepWithNext : (t.keepTogether || r < t.headerRows || row.keepWithNext);
        x.start(QStringLiteral("w:tr"));
        x.start(QStringLiteral("w:trPr"));
        x.empty(QStringLiteral("w:cantSplit"));
        if (r < t.headerRows)
            x.empty(QStringLiteral("w:tblHeader"));
        x.end();
        int column = 0;
        for (const TableCell &cell : row.cells) {
            if (column >= grid.size())
                break;
            const int span = qBound(1, cell.columnSpan, int(grid.size()) - column);
            int cellTwips = 0;
            for (int c = column; c < column + span; ++c)
                cellTwips += grid.at(c);
            x.start(QStringLiteral("w:tc"));
            x.start(QStringLiteral("w:tcPr"));
            x.w.writeEmptyElement(QStringLiteral("w:tcW"));
            x.attr(QStringLiteral("w:w"), num(cellTwips));
            x.attr(QStringLiteral("w:type"), QStringLiteral("dxa"));
            if (span > 1)
                x.val(QStringLiteral("w:gridSpan"), num(span));
            if (cell.background.isValid()) {
                x.w.writeEmptyElement(QStringLiteral("w:shd"));
                x.attr(QStringLiteral("w:val"), QStringLiteral("clear"));
                x.attr(QStringLiteral("w:color"), QStringLiteral("auto"));
                x.attr(QStringLiteral("w:fill"), cell.background.name().mid(1).toUpper());
            }
            if (cell.valign != VAlign::Top)
                x.val(QStringLiteral("w:vAlign"),
                      cell.valign == VAlign::Middle ? QStringLiteral("center") : QStringLiteral("bottom"));
            x.end(); // tcPr
            const qreal innerMm = cellTwips * 25.4 / 1440 - 2 * t.paddingMm;
            for (const CellContent &c : cell.content) {
                if (const auto *p = std::get_if<Paragraph>(&c))
                    paragraph(*p, innerMm, keepNext, false);
                else if (const auto *rl = std::get_if<Rule>(&c))
                    rule(*rl, innerMm, keepNext, false);
            }
            if (cell.content.isEmpty())
                writeSpacerParagraph(x, false); // a cell holds at least one paragraph
            x.end(); // tc
            column += span;
        }
        x.end(); // tr
    }
    x.end(); // tbl
}

} // namespace

QByteArray documentXml(const Document &doc)
{
    Xml x;
    x.wordRoot(QStringLiteral("w:document"));
    x.start(QStringLiteral("w:body"));
    BodyWriter body(x, doc);
    const qreal width = doc.page.textWidthMm();
    bool pendingBreak = false;
    bool previousWasTable = false;
    for (const Block &b : doc.blocks) {
        if (std::holds_alternative<PageBreak>(b)) {
            pendingBreak = true;
            continue;
        }
        if (const auto *p = std::get_if<Paragraph>(&b)) {
            body.paragraph(*p, width, false, pendingBreak);
            previousWasTable = false;
        } else if (const auto *r = std::get_if<Rule>(&b)) {
            body.rule(*r, width, false, pendingBreak);
            previousWasTable = false;
        } else if (const auto *t = std::get_if<Table>(&b)) {
            // Word joins adjacent tables; a break before a table needs a paragraph.
            if (pendingBreak || previousWasTable)
                writeSpacerParagraph(x, pendingBreak);
            body.table(*t, width);
            previousWasTable = true;
        }
        pendingBreak = false;
    }
    if (previousWasTable || doc.blocks.isEmpty())
        writeSpacerParagraph(x, false); // the body ends with a paragraph

    const QSizeF sheet = doc.page.sheetMm();
    const QMarginsF &m = doc.page.marginsMm;
    x.start(QStringLiteral("w:sectPr"));
    if (doc.page.pageNumbers) {
        x.w.writeEmptyElement(QStringLiteral("w:headerReference"));
        x.attr(QStringLiteral("w:type"), QStringLiteral("default"));
        x.attr(QStringLiteral("r:id"), QStringLiteral("rIdHeaderNumber"));
        x.w.writeEmptyElement(QStringLiteral("w:headerReference"));
        x.attr(QStringLiteral("w:type"), QStringLiteral("first"));
        x.attr(QStringLiteral("r:id"), QStringLiteral("rIdHeaderFirst"));
    }
    x.w.writeEmptyElement(QStringLiteral("w:pgSz"));
    x.attr(QStringLiteral("w:w"), num(twips(sheet.width())));
    x.attr(QStringLiteral("w:h"), num(twips(sheet.height())));
    if (doc.page.orientation == QPageLayout::Landscape)
        x.attr(QStringLiteral("w:orient"), QStringLiteral("landscape"));
    x.w.writeEmptyElement(QStringLiteral("w:pgMar"));
    x.attr(QStringLiteral("w:top"), num(twips(m.top())));
    x.attr(QStringLiteral("w:right"), num(twips(m.right())));
    x.attr(QStringLiteral("w:bottom"), num(twips(m.bottom())));
    x.attr(QStringLiteral("w:left"), num(twips(m.left())));
    x.attr(QStringLiteral("w:header"), num(twips(m.top() / 2)));
    x.attr(QStringLiteral("w:footer"), num(twips(m.bottom() / 2)));
    x.attr(QStringLiteral("w:gutter"), QStringLiteral("0"));
    if (doc.page.pageNumbers)
        x.empty(QStringLiteral("w:titlePg"));
    x.end(); // sectPr
    x.end(); // body
    x.end(); // document
    return x.finish();
}

} // namespace vd::docs::docx
