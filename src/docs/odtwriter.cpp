// OpenDocument text (.odt) from the document model, written directly (not
// through QTextDocumentWriter, whose ODT LibreOffice shows badly): named
// paragraph styles in styles.xml, one cell per declared column (spans with
// covered cells), table-header-rows, rows that do not split, keep-with-next,
// page breaks, and page numbers in the header of every page but the first
// (a "first page" master page followed by the standard one).
#include "docwriters.h"

#include "ziparchive.h"

#include <QHash>
#include <QXmlStreamWriter>

namespace vd::docs {

namespace {

const char *const kFont = "Times New Roman";

QString mm(qreal v) { return QString::number(v, 'f', 2) + QStringLiteral("mm"); }
QString pt(qreal v) { return QString::number(v, 'f', 1) + QStringLiteral("pt"); }

QString textAlign(Align a)
{
    switch (a) {
    case Align::Left:
        return QStringLiteral("start");
    case Align::Center:
        return QStringLiteral("center");
    case Align::Right:
        return QStringLiteral("end");
    case Align::Justify:
        return QStringLiteral("justify");
    }
    return QStringLiteral("start");
}

// Automatic styles, shared by equal properties: name -> XML of the style.
class AutoStyles
{
public:
    QString get(const QString &prefix, const QString &family, const QString &parent, const QString &body,
                const QString &extraAttributes = {})
    {
        const QString key
            = family + QLatin1Char('|') + parent + QLatin1Char('|') + extraAttributes + QLatin1Char('|') + body;
        if (auto it = m_names.constFind(key); it != m_names.cend())
            return *it;
        const QString name = prefix + QString::number(++m_counter[prefix]);
        m_names.insert(key, name);
        QString xml = QStringLiteral("<style:style style:name=\"%1\" style:family=\"%2\"").arg(name, family);
        if (!parent.isEmpty())
            xml += QStringLiteral(" style:parent-style-name=\"%1\"").arg(parent);
        xml += extraAttributes + QStringLiteral(">") + body + QStringLiteral("</style:style>");
        m_xml += xml;
        return name;
    }
    const QString &xml() const { return m_xml; }

private:
    QHash<QString, QString> m_names;
    QHash<QString, int> m_counter;
    QString m_xml;
};

QString textProperties(bool bold, bool italic, bool underline, qreal sizePt)
{
    QString p;
    if (bold)
        p += QStringLiteral(" fo:font-weight=\"bold\" style:font-weight-complex=\"bold\"");
    if (italic)
        p += QStringLiteral(" fo:font-style=\"italic\" style:font-style-complex=\"italic\"");
    if (underline)
        p += QStringLiteral(" style:text-underline-style=\"solid\" style:text-underline-width=\"auto\" "
                            "style:text-underline-color=\"font-color\"");
    if (sizePt > 0)
        p += QStringLiteral(" fo:font-size=\"%1\" style:font-size-complex=\"%1\"").arg(pt(sizePt));
    return p.isEmpty() ? QString() : QStringLiteral("<style:text-properties%1/>").arg(p);
}

// What the style of a top-level block adds: the first page's master page, a page break.
struct BlockStart
{
    QString extraAttributes;
    bool pageBreak = false;
};

class ContentWriter
{
public:
    ContentWriter(const Document &doc) : d(doc), w(&body) { w.setAutoFormatting(false); }

    void write();
    QByteArray content() const;

private:
    const Document &d;
    QByteArray body;
    QXmlStreamWriter w;
    AutoStyles styles;
    bool firstBlock = true;

    // Master page and page break attributes for the next top-level block.
    BlockStart blockStart(bool pageBreak)
    {
        BlockStart start;
        if (firstBlock && d.page.pageNumbers)
            start.extraAttributes = QStringLiteral(" style:master-page-name=\"VdFirst\"");
        firstBlock = false;
        start.pageBreak = pageBreak;
        return start;
    }
    void text(const QString &t);
    void paragraph(const Paragraph &p, const BlockStart &start, bool forceKeepNext);
    void rule(const Rule &r, qreal containerMm, const BlockStart &start, bool forceKeepNext);
    void table(const Table &t, const BlockStart &start);
};

// Characters with ODF's white space elements: runs of spaces, tabs, line breaks.
void ContentWriter::text(const QString &t)
{
    QString pending;
    auto flush = [&]() {
        if (!pending.isEmpty())
            w.writeCharacters(pending);
        pending.clear();
    };
    for (int i = 0; i < t.size(); ++i) {
        const QChar c = t.at(i);
        if (c == QLatin1Char('\n')) {
            flush();
            w.writeEmptyElement(QStringLiteral("text:line-break"));
        } else if (c == QLatin1Char('\t')) {
            flush();
            w.writeEmptyElement(QStringLiteral("text:tab"));
        } else if (c == QLatin1Char(' ') && (i == 0 || t.at(i - 1) == QLatin1Char(' ') || i + 1 == t.size())) {
            int n = 1;
            while (i + n < t.size() && t.at(i + n) == QLatin1Char(' '))
                ++n;
            flush();
            w.writeEmptyElement(QStringLiteral("text:s"));
            if (n > 1)
                w.writeAttribute(QStringLiteral("text:c"), QString::number(n));
            i += n - 1;
        } else {
            pending += c;
        }
    }
    flush();
}

void ContentWriter::paragraph(const Paragraph &p, const BlockStart &start, bool forceKeepNext)
{
    const ParagraphStyle &base = d.styles.style(p.style);
    const ResolvedParagraph r = resolve(d.styles, p);
    const ParagraphStyle &s = r.style;
    const bool pageBreak = start.pageBreak || p.pageBreakBefore;
    const QString &extra = start.extraAttributes;
    // LibreOffice keeps top and bottom margins as one property, and left,
    // right and first line as another: a style that sets one of a pair must
    // set the whole pair, or the others fall back to 0.
    QString props;
    if (s.spaceBeforePt != base.spaceBeforePt || s.spaceAfterPt != base.spaceAfterPt) {
        props += QStringLiteral(" fo:margin-top=\"%1\" fo:margin-bottom=\"%2\"")
                     .arg(pt(s.spaceBeforePt), pt(s.spaceAfterPt));
    }
    if (r.leftIndentMm != 0 || r.rightIndentMm != 0 || s.firstLineIndentMm != base.firstLineIndentMm) {
        props += QStringLiteral(" fo:margin-left=\"%1\" fo:margin-right=\"%2\" fo:text-indent=\"%3\"")
                     .arg(mm(r.leftIndentMm), mm(r.rightIndentMm), mm(s.firstLineIndentMm));
    }
    if (s.align != base.align)
        props += QStringLiteral(" fo:text-align=\"%1\"").arg(textAlign(s.align));
    const bool keepNext = s.keepWithNext || forceKeepNext;
    if (keepNext != base.keepWithNext)
        props += QStringLiteral(" fo:keep-with-next=\"%1\"")
                     .arg(keepNext ? QStringLiteral("always") : QStringLiteral("auto"));
    if (pageBreak)
        props += QStringLiteral(" fo:break-before=\"page\"");
    QString styleName = base.id;
    if (!props.isEmpty() || !extra.isEmpty()) {
        styleName = styles.get(
            QStringLiteral("P"), QStringLiteral("paragraph"), base.id,
            props.isEmpty() ? QString() : QStringLiteral("<style:paragraph-properties%1/>").arg(props), extra);
    }
    w.writeStartElement(QStringLiteral("text:p"));
    w.writeAttribute(QStringLiteral("text:style-name"), styleName);
    for (const Run &run : p.runs) {
        const QString props = textProperties(run.bold && !s.bold, run.italic && !s.italic, run.underline,
                                             run.sizePt > 0 && run.sizePt != s.sizePt ? run.sizePt : 0);
        if (props.isEmpty()) {
            text(run.text);
            continue;
        }
        w.writeStartElement(QStringLiteral("text:span"));
        w.writeAttribute(QStringLiteral("text:style-name"),
                         styles.get(QStringLiteral("T"), QStringLiteral("text"), QString(), props));
        text(run.text);
        w.writeEndElement();
    }
    w.writeEndElement();
}

void ContentWriter::rule(const Rule &r, qreal containerMm, const BlockStart &start, bool forceKeepNext)
{
    const qreal length = r.lengthMm > 0 ? qMin(r.lengthMm, containerMm) : containerMm;
    qreal left = 0;
    if (r.align == Align::Center)
        left = (containerMm - length) / 2;
    else if (r.align == Align::Right)
        left = containerMm - length;
    const bool pageBreak = start.pageBreak;
    const QString &extra = start.extraAttributes;
    const QString props
        = QStringLiteral("<style:paragraph-properties fo:margin-left=\"%1\" fo:margin-right=\"%2\" "
                         "fo:margin-top=\"%3\" "
                         "fo:margin-bottom=\"%4\" fo:text-indent=\"0mm\" fo:line-height=\"1pt\" "
                         "fo:padding=\"0mm\" "
                         "fo:border-top=\"none\" fo:border-left=\"none\" fo:border-right=\"none\" "
                         "fo:border-bottom=\"%5 solid #000000\"%6%7/>"
                         "<style:text-properties fo:font-size=\"1pt\" style:font-size-complex=\"1pt\"/>")
              .arg(mm(left), mm(containerMm - length - left), pt(r.spaceBeforePt), pt(r.spaceAfterPt),
                   pt(r.thicknessPt), forceKeepNext ? QStringLiteral(" fo:keep-with-next=\"always\"") : QString(),
                   pageBreak ? QStringLiteral(" fo:break-before=\"page\"") : QString());
    w.writeEmptyElement(QStringLiteral("text:p"));
    w.writeAttribute(QStringLiteral("text:style-name"), styles.get(QStringLiteral("P"), QStringLiteral("paragraph"),
                                                                   QStringLiteral("Standard"), props, extra));
}

void ContentWriter::table(const Table &t, const BlockStart &start)
{
    const qreal width = d.page.textWidthMm();
    qreal total = 0;
    for (qreal c : t.columns)
        total += qMax<qreal>(0, c);
    const bool pageBreak = start.pageBreak;
    const QString &extra = start.extraAttributes;
    QString tableProps = QStringLiteral(" style:width=\"%1\" table:align=\"margins\" table:border-model=\"collapsing\" "
                                        "fo:margin-top=\"%2\" fo:margin-bottom=\"%3\"")
                             .arg(mm(width), pt(t.spaceBeforePt), pt(t.spaceAfterPt));
    if (pageBreak)
        tableProps += QStringLiteral(" fo:break-before=\"page\"");
    if (t.keepWithNext)
        tableProps += QStringLiteral(" fo:keep-with-next=\"always\"");
    if (t.keepTogether)
        tableProps += QStringLiteral(" style:may-break-between-rows=\"false\"");
    const QString tableStyle = styles.get(QStringLiteral("Table"), QStringLiteral("table"), QString(),
                                          QStringLiteral("<style:table-properties%1/>").arg(tableProps), extra);
    w.writeStartElement(QStringLiteral("table:table"));
    w.writeAttribute(QStringLiteral("table:style-name"), tableStyle);
    QList<qreal> columnMm;
    for (qreal c : t.columns) {
        const qreal share = total > 0 ? qMax<qreal>(0, c) / total : 0;
        columnMm.append(width * share);
        w.writeEmptyElement(QStringLiteral("table:table-column"));
        w.writeAttribute(QStringLiteral("table:style-name"),
                         styles.get(QStringLiteral("Column"), QStringLiteral("table-column"), QString(),
                                    QStringLiteral("<style:table-column-properties style:column-width=\"%1\" "
                                                   "style:rel-column-width=\"%2*\"/>")
                                        .arg(mm(width * share))
                                        .arg(qRound(share * 65535))));
    }
    const QString rowStyle = styles.get(QStringLiteral("Row"), QStringLiteral("table-row"), QString(),
                                        QStringLiteral("<style:table-row-properties fo:keep-together=\"always\"/>"));
    const int rows = int(t.rows.size());
    for (int r = 0; r < rows; ++r) {
        if (r == 0 && t.headerRows > 0)
            w.writeStartElement(QStringLiteral("table:table-header-rows"));
        const TableRow &row = t.rows.at(r);
        const bool last = r + 1 == rows;
        const bool keepNext = last ? false : (t.keepTogether || r < t.headerRows || row.keepWithNext);
        w.writeStartElement(QStringLiteral("table:table-row"));
        w.writeAttribute(QStringLiteral("table:style-name"), rowStyle);
        int column = 0;
        for (const TableCell &cell : row.cells) {
            if (column >= columnMm.size())
                break; // more cells than columns: left out, as in the PDF
            const int span = qBound(1, cell.columnSpan, int(columnMm.size()) - column);
            qreal cellMm = 0;
            for (int c = column; c < column + span; ++c)
                cellMm += columnMm.at(c);
            QString cellProps
                = QStringLiteral(" fo:padding-left=\"%1\" fo:padding-right=\"%1\" fo:padding-top=\"%2\" "
                                 "fo:padding-bottom=\"%2\" fo:border=\"%3\" style:vertical-align=\"%4\"")
                      .arg(mm(t.paddingMm), mm(t.verticalPaddingMm),
                           t.borders ? QStringLiteral("0.5pt solid #000000") : QStringLiteral("none"),
                           cell.valign == VAlign::Top
                               ? QStringLiteral("top")
                               : (cell.valign == VAlign::Middle ? QStringLiteral("middle") : QStringLiteral("bottom")));
            if (cell.background.isValid())
                cellProps += QStringLiteral(" fo:background-color=\"%1\"").arg(cell.background.name());
            w.writeStartElement(QStringLiteral("table:table-cell"));
            w.writeAttribute(QStringLiteral("table:style-name"),
                             styles.get(QStringLiteral("Cell"), QStringLiteral("table-cell"), QString(),
                                        QStringLiteral("<style:table-cell-properties%1/>").arg(cellProps)));
            w.writeAttribute(QStringLiteral("office:value-type"), QStringLiteral("string"));
            if (span > 1)
                w.writeAttribute(QStringLiteral("table:number-columns-spanned"), QString::number(span));
            for (const CellContent &c : cell.content) {
                if (const auto *p = std::get_if<Paragraph>(&c))
                    paragraph(*p, BlockStart(), keepNext);
                else if (const auto *rl = std::get_if<Rule>(&c))
                    rule(*rl, cellMm - 2 * t.paddingMm, BlockStart(), keepNext);
            }
            if (cell.content.isEmpty()) {
                w.writeEmptyElement(QStringLiteral("text:p"));
                w.writeAttribute(QStringLiteral("text:style-name"), Styles::TableText);
            }
            w.writeEndElement(); // cell
            for (int c = 1; c < span; ++c)
                w.writeEmptyElement(QStringLiteral("table:covered-table-cell"));
            column += span;
        }
        // Every declared column gets a cell.
        for (; column < columnMm.size(); ++column) {
            w.writeStartElement(QStringLiteral("table:table-cell"));
            w.writeAttribute(QStringLiteral("office:value-type"), QStringLiteral("string"));
            w.writeEmptyElement(QStringLiteral("text:p"));
            w.writeEndElement();
        }
        w.writeEndElement(); // row
        if (r + 1 == t.headerRows)
            w.writeEndElement(); // header rows
    }
    if (rows > 0 && rows < t.headerRows)
        w.writeEndElement();
    w.writeEndElement(); // table
}

void ContentWriter::write()
{
    bool pendingBreak = false;
    for (const Block &b : d.blocks) {
        if (std::holds_alternative<PageBreak>(b)) {
            pendingBreak = true;
            continue;
        }
        const BlockStart start = blockStart(pendingBreak);
        pendingBreak = false;
        if (const auto *p = std::get_if<Paragraph>(&b))
            paragraph(*p, start, false);
        else if (const auto *r = std::get_if<Rule>(&b))
            rule(*r, d.page.textWidthMm(), start, false);
        else if (const auto *t = std::get_if<Table>(&b))
            table(*t, start);
    }
    if (d.blocks.isEmpty()) {
        w.writeEmptyElement(QStringLiteral("text:p"));
        w.writeAttribute(QStringLiteral("text:style-name"), Styles::Body);
    }
}

const QString kNamespaces
    = QStringLiteral("xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                     "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
                     "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
                     "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
                     "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" "
                     "xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\" "
                     "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
                     "xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\" office:version=\"1.3\"");

QString fontFaces()
{
    return QStringLiteral("<office:font-face-decls><style:font-face style:name=\"%1\" "
                          "svg:font-family=\"'%1'\" "
                          "style:font-family-generic=\"roman\" style:font-pitch=\"variable\"/>"
                          "</office:font-face-decls>")
        .arg(QLatin1String(kFont));
}

QByteArray ContentWriter::content() const
{
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content %1>%2"
                          "<office:automatic-styles>%3</office:automatic-styles>"
                          "<office:body><office:text>")
               .arg(kNamespaces, fontFaces(), styles.xml())
               .toUtf8()
           + body + QByteArrayLiteral("</office:text></office:body></office:document-content>\n");
}

QString namedStyle(const ParagraphStyle &s)
{
    QString para = QStringLiteral(" fo:margin-top=\"%1\" fo:margin-bottom=\"%2\" fo:margin-left=\"0mm\" "
                                  "fo:margin-right=\"0mm\" fo:text-indent=\"%3\" fo:text-align=\"%4\" "
                                  "fo:line-height=\"%5%\"")
                       .arg(pt(s.spaceBeforePt), pt(s.spaceAfterPt), mm(s.firstLineIndentMm), textAlign(s.align))
                       .arg(qRound(s.lineSpacing * 100));
    if (s.keepWithNext)
        para += QStringLiteral(" fo:keep-with-next=\"always\"");
    if (s.keepTogether)
        para += QStringLiteral(" fo:keep-together=\"always\"");
    QString text
        = QStringLiteral(" style:font-name=\"%1\" fo:font-size=\"%2\" style:font-size-complex=\"%2\" "
                         "fo:font-weight=\"%3\" fo:font-style=\"%4\"")
              .arg(QLatin1String(kFont), pt(s.sizePt), s.bold ? QStringLiteral("bold") : QStringLiteral("normal"),
                   s.italic ? QStringLiteral("italic") : QStringLiteral("normal"));
    return QStringLiteral("<style:style style:name=\"%1\" style:display-name=\"%2\" "
                          "style:family=\"paragraph\" "
                          "style:parent-style-name=\"Standard\" style:class=\"text\">"
                          "<style:paragraph-properties%3/><style:text-properties%4/></style:style>")
        .arg(s.id, s.name.toHtmlEscaped(), para, text);
}

QByteArray stylesXml(const Document &doc)
{
    const QSizeF sheet = doc.page.sheetMm();
    const QMarginsF &m = doc.page.marginsMm;
    const QString orientation
        = doc.page.orientation == QPageLayout::Landscape ? QStringLiteral("landscape") : QStringLiteral("portrait");
    auto pageLayout = [&](const QString &name, bool header) {
        // With a header, the page starts halfway down the top margin and the
        // header (the page number) fills the rest of it.
        const QString top = header ? mm(m.top() / 2) : mm(m.top());
        QString xml = QStringLiteral("<style:page-layout style:name=\"%1\"><style:page-layout-properties "
                                     "fo:page-width=\"%2\" fo:page-height=\"%3\" style:print-orientation=\"%4\" "
                                     "fo:margin-top=\"%5\" fo:margin-bottom=\"%6\" fo:margin-left=\"%7\" "
                                     "fo:margin-right=\"%8\"/>")
                          .arg(name, mm(sheet.width()), mm(sheet.height()), orientation, top, mm(m.bottom()),
                               mm(m.left()), mm(m.right()));
        if (header) {
            xml += QStringLiteral("<style:header-style><style:header-footer-properties fo:min-height=\"%1\" "
                                  "fo:margin-bottom=\"0mm\" "
                                  "style:dynamic-spacing=\"false\"/></style:header-style>")
                       .arg(mm(m.top() / 2));
        }
        return xml + QStringLiteral("</style:page-layout>");
    };
    QString automatic = pageLayout(QStringLiteral("VdPageLayout"), doc.page.pageNumbers);
    QString masters;
    if (doc.page.pageNumbers) {
        automatic += pageLayout(QStringLiteral("VdFirstPageLayout"), false);
        masters = QStringLiteral("<style:master-page style:name=\"Standard\" "
                                 "style:page-layout-name=\"VdPageLayout\">"
                                 "<style:header><text:p text:style-name=\"%1\"><text:page-number "
                                 "text:select-page=\"current\">2</text:page-number></text:p></style:header>"
                                 "</style:master-page>"
                                 "<style:master-page style:name=\"VdFirst\" style:display-name=\"VD Trang đầu\" "
                                 "style:page-layout-name=\"VdFirstPageLayout\" "
                                 "style:next-style-name=\"Standard\"/>")
                      .arg(Styles::PageNumber);
    } else {
        masters
            = QStringLiteral("<style:master-page style:name=\"Standard\" style:page-layout-name=\"VdPageLayout\"/>");
    }
    QString named = QStringLiteral("<style:default-style style:family=\"paragraph\"><style:paragraph-properties "
                                   "fo:widows=\"2\" "
                                   "fo:orphans=\"2\"/><style:text-properties style:font-name=\"%1\" "
                                   "fo:font-size=\"14pt\" "
                                   "fo:language=\"vi\" fo:country=\"VN\" "
                                   "style:font-name-complex=\"%1\"/></style:default-style>"
                                   "<style:default-style style:family=\"table-row\"><style:table-row-properties "
                                   "fo:keep-together=\"always\"/></style:default-style>"
                                   "<style:style style:name=\"Standard\" style:family=\"paragraph\" "
                                   "style:class=\"text\"/>")
                        .arg(QLatin1String(kFont));
    for (const ParagraphStyle &s : doc.styles.all())
        named += namedStyle(s);
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-styles %1>%2"
                          "<office:styles>%3</office:styles><office:automatic-styles>%4</"
                          "office:automatic-styles>"
                          "<office:master-styles>%5</office:master-styles></office:document-styles>\n")
        .arg(kNamespaces, fontFaces(), named, automatic, masters)
        .toUtf8();
}

QByteArray metaXml(const QString &title)
{
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-meta %1><office:meta>"
                          "<dc:title>%2</dc:title><meta:generator>VinhDanh %3</meta:generator>"
                          "<dc:language>vi-VN</dc:language></office:meta></office:document-meta>\n")
        .arg(kNamespaces, title.toHtmlEscaped(), QStringLiteral(VINHDANH_VERSION))
        .toUtf8();
}

QByteArray manifestXml()
{
    return QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" "
        "manifest:version=\"1.3\">\n"
        " <manifest:file-entry manifest:media-type=\"application/vnd.oasis.opendocument.text\" "
        "manifest:full-path=\"/\" manifest:version=\"1.3\"/>\n"
        " <manifest:file-entry manifest:media-type=\"text/xml\" "
        "manifest:full-path=\"content.xml\"/>\n"
        " <manifest:file-entry manifest:media-type=\"text/xml\" "
        "manifest:full-path=\"styles.xml\"/>\n"
        " <manifest:file-entry manifest:media-type=\"text/xml\" manifest:full-path=\"meta.xml\"/>\n"
        "</manifest:manifest>\n");
}

} // namespace

Result<QByteArray> odtBytes(const Document &doc)
{
    ContentWriter content(doc);
    content.write();
    // "mimetype" first and stored, as ODF requires.
    return writeZip({
        { QStringLiteral("mimetype"), QByteArrayLiteral("application/vnd.oasis.opendocument.text"), false },
        { QStringLiteral("content.xml"), content.content(), true },
        { QStringLiteral("styles.xml"), stylesXml(doc), true },
        { QStringLiteral("meta.xml"), metaXml(doc.title), true },
        { QStringLiteral("META-INF/manifest.xml"), manifestXml(), true },
    });
}

} // namespace vd::docs
