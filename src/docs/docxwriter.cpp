// WordprocessingML (.docx) from the document model: QXmlStreamWriter parts in
// a zip package (ziparchive.h). The layout rules of pagelayout.h become Word's
// own: styles with keep-with-next, w:cantSplit rows, w:tblHeader rows,
// page-break-before, widow control; page numbers in a header from page 2
// (w:titlePg). Values (dates, numbers) are plain text a user may edit.
// This file: the package and its parts; the body is docxbody.cpp.
#include "docwriters.h"

#include "docxxml_p.h"
#include "ziparchive.h"

#include <QCoreApplication>

namespace vd::docs {

namespace {

using namespace docx;

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
    for (const char *side : { "w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV" }) {
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
    writeTableStyle(x, QStringLiteral("VdTableLayout"), QStringLiteral("VD Bảng không viền"), false);

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

QByteArray relationships(const QList<std::pair<QString, QString>> &idTypeTarget, const QStringList &targets)
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
    x.w.writeDefaultNamespace(QStringLiteral("http://schemas.openxmlformats.org/package/2006/content-types"));
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
    over("/word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
    over("/word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml");
    over("/word/settings.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml");
    over("/word/fontTable.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml");
    if (headers) {
        over("/word/header1.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml");
        over("/word/header2.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml");
    }
    over("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
    over("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml");
    x.end();
    return x.finish();
}

QByteArray coreXml(const QString &title)
{
    Xml x;
    x.start(QStringLiteral("cp:coreProperties"));
    x.w.writeNamespace(QStringLiteral("http://schemas.openxmlformats.org/package/2006/metadata/core-properties"),
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
    x.w.writeDefaultNamespace(
        QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"));
    x.w.writeTextElement(QStringLiteral("Application"), QStringLiteral("VinhDanh " VINHDANH_VERSION));
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
    QStringList targets
        = { QStringLiteral("styles.xml"), QStringLiteral("settings.xml"), QStringLiteral("fontTable.xml") };
    if (headers) {
        rels.append({ QStringLiteral("rIdHeaderNumber"), kOfficeRel + QStringLiteral("header") });
        rels.append({ QStringLiteral("rIdHeaderFirst"), kOfficeRel + QStringLiteral("header") });
        targets << QStringLiteral("header1.xml") << QStringLiteral("header2.xml");
    }
    QList<ZipEntry> entries = {
        { QStringLiteral("[Content_Types].xml"), contentTypesXml(headers), true },
        { QStringLiteral("_rels/.rels"),
          relationships({ { QStringLiteral("rIdDocument"), kOfficeRel + QStringLiteral("officeDocument") },
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
