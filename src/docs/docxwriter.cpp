// WordprocessingML (.docx) from the document model: QXmlStreamWriter parts in
// a zip package (ziparchive.h). The layout rules of pagelayout.h become Word's
// own: styles with keep-with-next, w:cantSplit rows, w:tblHeader rows,
// page-break-before, widow control; page numbers in a header from page 2
// (w:titlePg). Values (dates, numbers) are plain text a user may edit.
#include "docwriters.h"

#include "pagelayout.h"
#include "ziparchive.h"

#include <QCoreApplication>
#include <QXmlStreamWriter>

namespace vd::docs {

namespace {

const QString kW = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
const QString kR
    = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
const QString kRel = QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships");
const QString kOfficeRel
    = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/");
const char *const kFont = "Times New Roman";
const char *const kFallbackFont = "Liberation Serif";

int twips(qreal mm)
{
    return qRound(mm * 1440 / 25.4);
}
int twipsPt(qreal pt)
{
    return qRound(pt * 20);
}
QString num(int v)
{
    return QString::number(v);
}

QString jc(Align a)
{
    switch (a) {
    case Align::Left:
        return QStringLiteral("left");
    case Align::Center:
        return QStringLiteral("center");
    case Align::Right:
        return QStringLiteral("right");
    case Align::Justify:
        return QStringLiteral("both");
    }
    return QStringLiteral("left");
}

class Xml
{
public:
    Xml()
        : w(&bytes)
    {
        w.setAutoFormatting(false);
        w.writeStartDocument(QStringLiteral("1.0"), true);
    }
    QXmlStreamWriter w;
    QByteArray bytes;

    void start(const QString &name) { w.writeStartElement(name); }
    void end() { w.writeEndElement(); }
    // <w:name w:val="value"/>
    void val(const QString &name, const QString &value)
    {
        w.writeEmptyElement(name);
        w.writeAttribute(QStringLiteral("w:val"), value);
    }
    void empty(const QString &name) { w.writeEmptyElement(name); }
    void attr(const QString &name, const QString &value) { w.writeAttribute(name, value); }
    QByteArray finish()
    {
        w.writeEndDocument();
        return bytes;
    }
    void wordRoot(const QString &name)
    {
        start(name);
        w.writeNamespace(kW, QStringLiteral("w"));
        w.writeNamespace(kR, QStringLiteral("r"));
    }
};

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
    BodyWriter(Xml &xml, const Document &doc)
        : x(xml)
        , d(doc)
    {
    }

    void paragraph(const Paragraph &p, qreal containerMm, bool forceKeepNext, bool breakBefore);
    void rule(const Rule &r, qreal containerMm, bool forceKeepNext, bool breakBefore);
    void table(const Table &t, qreal widthMm);

private:
    Xml &x;
    const Document &d;
};

void BodyWriter::paragraph(const Paragraph &p, qreal containerMm, bool forceKeepNext,
                           bool breakBefore)
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
    if (s.firstLineIndentMm != base.firstLineIndentMm || r.leftIndentMm != 0
        || r.rightIndentMm != 0) {
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
        const int w = i + 1 == t.columns.size()
            ? twips(widthMm) - used
            : twips(widthMm * qMax<qreal>(0, t.columns.at(i)) / total);
        grid.append(w);
        used += w;
    }
    x.start(QStringLiteral("w:tbl"));
    x.start(QStringLiteral("w:tblPr"));
    x.val(QStringLiteral("w:tblStyle"),
          t.borders ? QStringLiteral("VdTableGrid") : QStringLiteral("VdTableLayout"));
    x.w.writeEmptyElement(QStringLiteral("w:tblW"));
    x.attr(QStringLiteral("w:w"), num(twips(widthMm)));
    x.attr(QStringLiteral("w:type"), QStringLiteral("dxa"));
    x.w.writeEmptyElement(QStringLiteral("w:tblInd"));
    x.attr(QStringLiteral("w:w"), QStringLiteral("0"));
    x.attr(QStringLiteral("w:type"), QStringLiteral("dxa"));
    x.w.writeEmptyElement(QStringLiteral("w:tblLayout"));
    x.attr(QStringLiteral("w:type"), QStringLiteral("fixed"));
    x.start(QStringLiteral("w:tblCellMar"));
    const QString pads[] = { QStringLiteral("w:top"), QStringLiteral("w:left"),
                             QStringLiteral("w:bottom"), QStringLiteral("w:right") };
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
        const bool keepNext
            = last ? t.keepWithNext : (t.keepTogether || r < t.headerRows || row.keepWithNext);
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
                      cell.valign == VAlign::Middle ? QStringLiteral("center")
                                                    : QStringLiteral("bottom"));
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

void writeStyle(Xml &x, const ParagraphStyle &s)
{
    x.start(QStringLiteral("w:style"));
    x.attr(QStringLiteral("w:type"), QStringLiteral("paragraph"));
    x.attr(QStringLiteral("w:customStyle"), QStringLiteral("1"));
    x.attr(QStringLiteral("w:styleId"), s.id);
    x.val(QStringLiteral("w:name"), s.name);
    x.val(QStringLiteral("w:basedOn"), QStringLiteral("Normal"));
    x.empty(QStringLiteral("w:qFormat"));
    x.start(QStringLiteral("w:pPr"));
    if (s.keepWithNext)
        x.empty(QStringLiteral("w:keepNext"));
    if (s.keepTogether)
        x.empty(QStringLiteral("w:keepLines"));
    x.w.writeEmptyElement(QStringLiteral("w:spacing"));
    x.attr(QStringLiteral("w:before"), num(twipsPt(s.spaceBeforePt)));
    x.attr(QStringLiteral("w:after"), num(twipsPt(s.spaceAfterPt)));
    x.attr(QStringLiteral("w:line"), num(qRound(240 * s.lineSpacing)));
    x.attr(QStringLiteral("w:lineRule"), QStringLiteral("auto"));
    x.w.writeEmptyElement(QStringLiteral("w:ind"));
    x.attr(QStringLiteral("w:left"), QStringLiteral("0"));
    x.attr(QStringLiteral("w:right"), QStringLiteral("0"));
    x.attr(QStringLiteral("w:firstLine"), num(twips(s.firstLineIndentMm)));
    x.val(QStringLiteral("w:jc"), jc(s.align));
    x.end();
    x.start(QStringLiteral("w:rPr"));
    if (s.bold) {
        x.empty(QStringLiteral("w:b"));
        x.empty(QStringLiteral("w:bCs"));
    }
    if (s.italic) {
        x.empty(QStringLiteral("w:i"));
        x.empty(QStringLiteral("w:iCs"));
    }
    x.val(QStringLiteral("w:sz"), num(qRound(s.sizePt * 2)));
    x.val(QStringLiteral("w:szCs"), num(qRound(s.sizePt * 2)));
    x.end();
    x.end();
}

void writeTableStyle(Xml &x, const QString &id, const QString &name, bool borders)
{
    x.start(QStringLiteral("w:style"));
    x.attr(QStringLiteral("w:type"), QStringLiteral("table"));
    x.attr(QStringLiteral("w:customStyle"), QStringLiteral("1"));
    x.attr(QStringLiteral("w:styleId"), id);
    x.val(QStringLiteral("w:name"), name);
    x.val(QStringLiteral("w:basedOn"), QStringLiteral("TableNormal"));
    x.start(QStringLiteral("w:tblPr"));
    x.start(QStringLiteral("w:tblBorders"));
    for (const char *side :
         { "w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV" }) {
        x.w.writeEmptyElement(QLatin1String(side));
        x.attr(QStringLiteral("w:val"), borders ? QStringLiteral("single") : QStringLiteral("nil"));
        if (borders) {
            x.attr(QStringLiteral("w:sz"), QStringLiteral("4"));
            x.attr(QStringLiteral("w:space"), QStringLiteral("0"));
            x.attr(QStringLiteral("w:color"), QStringLiteral("000000"));
        }
    }
    x.end();
    x.end();
    x.end();
}

QByteArray stylesXml(const Document &doc)
{
    Xml x;
    x.wordRoot(QStringLiteral("w:styles"));
    x.start(QStringLiteral("w:docDefaults"));
    x.start(QStringLiteral("w:rPrDefault"));
    x.start(QStringLiteral("w:rPr"));
    x.w.writeEmptyElement(QStringLiteral("w:rFonts"));
    for (const char *a : { "w:ascii", "w:hAnsi", "w:eastAsia", "w:cs" })
        x.attr(QLatin1String(a), QLatin1String(kFont));
    x.val(QStringLiteral("w:sz"), QStringLiteral("28"));
    x.val(QStringLiteral("w:szCs"), QStringLiteral("28"));
    x.w.writeEmptyElement(QStringLiteral("w:lang"));
    x.attr(QStringLiteral("w:val"), QStringLiteral("vi-VN"));
    x.attr(QStringLiteral("w:eastAsia"), QStringLiteral("en-US"));
    x.attr(QStringLiteral("w:bidi"), QStringLiteral("ar-SA"));
    x.end();
    x.end();
    x.start(QStringLiteral("w:pPrDefault"));
    x.start(QStringLiteral("w:pPr"));
    x.empty(QStringLiteral("w:widowControl"));
    x.w.writeEmptyElement(QStringLiteral("w:spacing"));
    x.attr(QStringLiteral("w:after"), QStringLiteral("0"));
    x.attr(QStringLiteral("w:line"), QStringLiteral("240"));
    x.attr(QStringLiteral("w:lineRule"), QStringLiteral("auto"));
    x.end();
    x.end();
    x.end(); // docDefaults

    x.start(QStringLiteral("w:style"));
    x.attr(QStringLiteral("w:type"), QStringLiteral("paragraph"));
    x.attr(QStringLiteral("w:default"), QStringLiteral("1"));
    x.attr(QStringLiteral("w:styleId"), QStringLiteral("Normal"));
    x.val(QStringLiteral("w:name"), QStringLiteral("Normal"));
    x.empty(QStringLiteral("w:qFormat"));
    x.end();

    x.start(QStringLiteral("w:style"));
    x.attr(QStringLiteral("w:type"), QStringLiteral("table"));
    x.attr(QStringLiteral("w:default"), QStringLiteral("1"));
    x.attr(QStringLiteral("w:styleId"), QStringLiteral("TableNormal"));
    x.val(QStringLiteral("w:name"), QStringLiteral("Normal Table"));
    x.val(QStringLiteral("w:uiPriority"), QStringLiteral("99"));
    x.empty(QStringLiteral("w:semiHidden"));
    x.empty(QStringLiteral("w:unhideWhenUsed"));
    x.start(QStringLiteral("w:tblPr"));
    x.w.writeEmptyElement(QStringLiteral("w:tblInd"));
    x.attr(QStringLiteral("w:w"), QStringLiteral("0"));
    x.attr(QStringLiteral("w:type"), QStringLiteral("dxa"));
    x.end();
    x.end();
    writeTableStyle(x, QStringLiteral("VdTableGrid"), QStringLiteral("VD Bảng có lưới"), true);
    writeTableStyle(x, QStringLiteral("VdTableLayout"), QStringLiteral("VD Bảng không viền"),
                    false);

    for (const ParagraphStyle &s : doc.styles.all())
        writeStyle(x, s);
    x.end();
    return x.finish();
}

QByteArray headerXml(bool withNumber)
{
    Xml x;
    x.wordRoot(QStringLiteral("w:hdr"));
    x.start(QStringLiteral("w:p"));
    x.start(QStringLiteral("w:pPr"));
    x.val(QStringLiteral("w:pStyle"), Styles::PageNumber);
    x.end();
    if (withNumber) {
        auto fieldChar = [&x](const char *type) {
            x.start(QStringLiteral("w:r"));
            x.w.writeEmptyElement(QStringLiteral("w:fldChar"));
            x.attr(QStringLiteral("w:fldCharType"), QLatin1String(type));
            x.end();
        };
        fieldChar("begin");
        x.start(QStringLiteral("w:r"));
        x.start(QStringLiteral("w:instrText"));
        x.attr(QStringLiteral("xml:space"), QStringLiteral("preserve"));
        x.w.writeCharacters(QStringLiteral(" PAGE "));
        x.end();
        x.end();
        fieldChar("separate");
        x.start(QStringLiteral("w:r"));
        x.w.writeTextElement(QStringLiteral("w:t"), QStringLiteral("2"));
        x.end();
        fieldChar("end");
    }
    x.end();
    x.end();
    return x.finish();
}

QByteArray settingsXml()
{
    Xml x;
    x.wordRoot(QStringLiteral("w:settings"));
    x.w.writeEmptyElement(QStringLiteral("w:zoom"));
    x.attr(QStringLiteral("w:percent"), QStringLiteral("100"));
    x.val(QStringLiteral("w:defaultTabStop"), QStringLiteral("720"));
    x.val(QStringLiteral("w:characterSpacingControl"), QStringLiteral("doNotCompress"));
    x.start(QStringLiteral("w:compat"));
    x.w.writeEmptyElement(QStringLiteral("w:compatSetting"));
    x.attr(QStringLiteral("w:name"), QStringLiteral("compatibilityMode"));
    x.attr(QStringLiteral("w:uri"), QStringLiteral("http://schemas.microsoft.com/office/word"));
    x.attr(QStringLiteral("w:val"), QStringLiteral("15"));
    x.end();
    x.w.writeEmptyElement(QStringLiteral("w:themeFontLang"));
    x.attr(QStringLiteral("w:val"), QStringLiteral("vi-VN"));
    x.end();
    return x.finish();
}

QByteArray fontTableXml()
{
    Xml x;
    x.wordRoot(QStringLiteral("w:fonts"));
    x.start(QStringLiteral("w:font"));
    x.attr(QStringLiteral("w:name"), QLatin1String(kFont));
    // The metric-compatible twin where Times New Roman is missing.
    x.val(QStringLiteral("w:altName"), QLatin1String(kFallbackFont));
    x.val(QStringLiteral("w:panose1"), QStringLiteral("02020603050405020304"));
    x.val(QStringLiteral("w:charset"), QStringLiteral("00"));
    x.val(QStringLiteral("w:family"), QStringLiteral("roman"));
    x.val(QStringLiteral("w:pitch"), QStringLiteral("variable"));
    x.end();
    x.end();
    return x.finish();
}

QByteArray relationships(const QList<std::pair<QString, QString>> &idTypeTarget,
                         const QStringList &targets)
{
    Xml x;
    x.start(QStringLiteral("Relationships"));
    x.w.writeDefaultNamespace(kRel);
    for (int i = 0; i < idTypeTarget.size(); ++i) {
        x.w.writeEmptyElement(QStringLiteral("Relationship"));
        x.attr(QStringLiteral("Id"), idTypeTarget.at(i).first);
        x.attr(QStringLiteral("Type"), idTypeTarget.at(i).second);
        x.attr(QStringLiteral("Target"), targets.at(i));
    }
    x.end();
    return x.finish();
}

QByteArray contentTypesXml(bool headers)
{
    Xml x;
    x.start(QStringLiteral("Types"));
    x.w.writeDefaultNamespace(
        QStringLiteral("http://schemas.openxmlformats.org/package/2006/content-types"));
    auto def = [&x](const char *ext, const char *type) {
        x.w.writeEmptyElement(QStringLiteral("Default"));
        x.attr(QStringLiteral("Extension"), QLatin1String(ext));
        x.attr(QStringLiteral("ContentType"), QLatin1String(type));
    };
    auto over = [&x](const char *part, const char *type) {
        x.w.writeEmptyElement(QStringLiteral("Override"));
        x.attr(QStringLiteral("PartName"), QLatin1String(part));
        x.attr(QStringLiteral("ContentType"), QLatin1String(type));
    };
    def("rels", "application/vnd.openxmlformats-package.relationships+xml");
    def("xml", "application/xml");
    over("/word/document.xml",
         "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
    over("/word/styles.xml",
         "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml");
    over("/word/settings.xml",
         "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml");
    over("/word/fontTable.xml",
         "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml");
    if (headers) {
        over("/word/header1.xml",
             "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml");
        over("/word/header2.xml",
             "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml");
    }
    over("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
    over("/docProps/app.xml",
         "application/vnd.openxmlformats-officedocument.extended-properties+xml");
    x.end();
    return x.finish();
}

QByteArray coreXml(const QString &title)
{
    Xml x;
    x.start(QStringLiteral("cp:coreProperties"));
    x.w.writeNamespace(
        QStringLiteral("http://schemas.openxmlformats.org/package/2006/metadata/core-properties"),
        QStringLiteral("cp"));
    x.w.writeNamespace(QStringLiteral("http://purl.org/dc/elements/1.1/"), QStringLiteral("dc"));
    x.w.writeTextElement(QStringLiteral("dc:title"), title);
    x.w.writeTextElement(QStringLiteral("dc:creator"), QStringLiteral("VinhDanh"));
    x.w.writeTextElement(QStringLiteral("dc:language"), QStringLiteral("vi-VN"));
    x.end();
    return x.finish();
}

QByteArray appXml()
{
    Xml x;
    x.start(QStringLiteral("Properties"));
    x.w.writeDefaultNamespace(QStringLiteral(
        "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"));
    x.w.writeTextElement(QStringLiteral("Application"),
                         QStringLiteral("VinhDanh " VINHDANH_VERSION));
    x.end();
    return x.finish();
}

} // namespace

Result<QByteArray> docxBytes(const Document &doc)
{
    const bool headers = doc.page.pageNumbers;
    QList<std::pair<QString, QString>> rels = {
        { QStringLiteral("rIdStyles"), kOfficeRel + QStringLiteral("styles") },
        { QStringLiteral("rIdSettings"), kOfficeRel + QStringLiteral("settings") },
        { QStringLiteral("rIdFonts"), kOfficeRel + QStringLiteral("fontTable") },
    };
    QStringList targets = { QStringLiteral("styles.xml"), QStringLiteral("settings.xml"),
                            QStringLiteral("fontTable.xml") };
    if (headers) {
        rels.append({ QStringLiteral("rIdHeaderNumber"), kOfficeRel + QStringLiteral("header") });
        rels.append({ QStringLiteral("rIdHeaderFirst"), kOfficeRel + QStringLiteral("header") });
        targets << QStringLiteral("header1.xml") << QStringLiteral("header2.xml");
    }
    QList<ZipEntry> entries = {
        { QStringLiteral("[Content_Types].xml"), contentTypesXml(headers), true },
        { QStringLiteral("_rels/.rels"),
          relationships(
              { { QStringLiteral("rIdDocument"), kOfficeRel + QStringLiteral("officeDocument") },
                { QStringLiteral("rIdCore"),
                  QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships/"
                                 "metadata/core-properties") },
                { QStringLiteral("rIdApp"), kOfficeRel + QStringLiteral("extended-properties") } },
              { QStringLiteral("word/document.xml"), QStringLiteral("docProps/core.xml"),
                QStringLiteral("docProps/app.xml") }),
          true },
        { QStringLiteral("word/_rels/document.xml.rels"), relationships(rels, targets), true },
        { QStringLiteral("word/document.xml"), documentXml(doc), true },
        { QStringLiteral("word/styles.xml"), stylesXml(doc), true },
        { QStringLiteral("word/settings.xml"), settingsXml(), true },
        { QStringLiteral("word/fontTable.xml"), fontTableXml(), true },
        { QStringLiteral("docProps/core.xml"), coreXml(doc.title), true },
        { QStringLiteral("docProps/app.xml"), appXml(), true },
    };
    if (headers) {
        entries.append({ QStringLiteral("word/header1.xml"), headerXml(true), true });
        entries.append({ QStringLiteral("word/header2.xml"), headerXml(false), true });
    }
    return writeZip(entries);
}

} // namespace vd::docs
