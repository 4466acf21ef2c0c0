#include "odtpackage.h"

#include "ziparchive.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace vd::docs {

namespace {


const char *const kOdtFont = "Times New Roman";

QString mm(qreal value) { return QString::number(value, 'f', 1) + QStringLiteral("mm"); }

QByteArray stylesXml(const PageSetup &page)
{
    QSizeF sheet = page.pageSize.size(QPageSize::Millimeter);
    if (page.orientation == QPageLayout::Landscape)
        sheet.transpose();
    const QMarginsF &m = page.marginsMm;
    // The header (page number) lives in the upper part of the top margin.
    const qreal headerSpace = page.pageNumbers ? qMin<qreal>(10, m.top() / 2) : 0;
    QString header;
    if (page.pageNumbers) {
        header = QStringLiteral(
                "<style:header><text:p text:style-name=\"Header\"><text:page-number text:select-page=\"current\"/>"
                "</text:p></style:header>"
                "<style:header-first><text:p text:style-name=\"Header\"/></style:header-first>");
    }
    const QString headerStyle = page.pageNumbers
            ? QStringLiteral("<style:header-style><style:header-footer-properties fo:min-height=\"%1\" "
                             "fo:margin-bottom=\"0mm\"/></style:header-style>")
                      .arg(mm(headerSpace))
            : QString();
    const QString xml = QStringLiteral(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<office:document-styles xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
            "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
            "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
            "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" "
            "xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\" office:version=\"1.3\">"
            "<office:font-face-decls><style:font-face style:name=\"%1\" svg:font-family=\"'%1'\" "
            "style:font-family-generic=\"roman\" style:font-pitch=\"variable\"/></office:font-face-decls>"
            "<office:styles>"
            "<style:default-style style:family=\"paragraph\"><style:text-properties style:font-name=\"%1\" "
            "fo:font-size=\"14pt\" fo:language=\"vi\" fo:country=\"VN\"/></style:default-style>"
            "<style:style style:name=\"Standard\" style:family=\"paragraph\" style:class=\"text\"/>"
            "<style:style style:name=\"Header\" style:family=\"paragraph\" style:class=\"extra\">"
            "<style:paragraph-properties fo:text-align=\"center\"/>"
            "<style:text-properties style:font-name=\"%1\" fo:font-size=\"13pt\"/></style:style>"
            "</office:styles>"
            "<office:automatic-styles><style:page-layout style:name=\"pm1\">"
            "<style:page-layout-properties fo:page-width=\"%2\" fo:page-height=\"%3\" style:print-orientation=\"%4\" "
            "fo:margin-top=\"%5\" fo:margin-bottom=\"%6\" fo:margin-left=\"%7\" fo:margin-right=\"%8\"/>"
            "%9</style:page-layout></office:automatic-styles>"
            "<office:master-styles><style:master-page style:name=\"Standard\" style:page-layout-name=\"pm1\">"
            "%10</style:master-page></office:master-styles>"
            "</office:document-styles>\n")
                                .arg(QLatin1String(kOdtFont), mm(sheet.width()), mm(sheet.height()),
                                     page.orientation == QPageLayout::Landscape ? QStringLiteral("landscape")
                                                                                : QStringLiteral("portrait"),
                                     mm(m.top() - headerSpace), mm(m.bottom()), mm(m.left()), mm(m.right()))
                                .arg(headerStyle, header);
    return xml.toUtf8();
}

QByteArray manifestXml()
{
    return QByteArrayLiteral(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" "
            "manifest:version=\"1.2\">\n"
            " <manifest:file-entry manifest:media-type=\"application/vnd.oasis.opendocument.text\" "
            "manifest:full-path=\"/\"/>\n"
            " <manifest:file-entry manifest:media-type=\"text/xml\" manifest:full-path=\"content.xml\"/>\n"
            " <manifest:file-entry manifest:media-type=\"text/xml\" manifest:full-path=\"styles.xml\"/>\n"
            "</manifest:manifest>\n");
}

// Qt writes a percentage table width as "<n>pt" and column widths as "<n>%"
// (not ODF); VinhDanh's tables are always relative, so make them so.
QByteArray fixContent(const QByteArray &content, const PageSetup &page)
{
    QString xml = QString::fromUtf8(content);
    QSizeF sheet = page.pageSize.size(QPageSize::Millimeter);
    if (page.orientation == QPageLayout::Landscape)
        sheet.transpose();
    const qreal bodyMm = sheet.width() - page.marginsMm.left() - page.marginsMm.right();

    static const QRegularExpression tableWidth(QStringLiteral("(<style:table-properties[^>]*?)style:width=\"([\\d.]+)pt\""));
    QString out;
    qsizetype last = 0;
    for (auto it = tableWidth.globalMatch(xml); it.hasNext();) {
        const auto m = it.next();
        const qreal percent = m.captured(2).toDouble();
        out += QStringView(xml).mid(last, m.capturedStart() - last);
        out += m.captured(1)
                + QStringLiteral("style:width=\"%1\" style:rel-width=\"%2%\" table:align=\"%3\"")
                          .arg(mm(bodyMm * percent / 100))
                          .arg(percent)
                          .arg(percent >= 100 ? QStringLiteral("margins") : QStringLiteral("center"));
        last = m.capturedEnd();
    }
    out += QStringView(xml).mid(last);
    xml = out;

    static const QRegularExpression columnWidth(QStringLiteral("style:column-width=\"([\\d.]+)%\""));
    out.clear();
    last = 0;
    for (auto it = columnWidth.globalMatch(xml); it.hasNext();) {
        const auto m = it.next();
        const qreal percent = m.captured(1).toDouble();
        out += QStringView(xml).mid(last, m.capturedStart() - last);
        out += QStringLiteral("style:rel-column-width=\"%1*\"").arg(qRound(percent * 100));
        last = m.capturedEnd();
    }
    out += QStringView(xml).mid(last);
    xml = out;

    static const QRegularExpression family(QStringLiteral("fo:font-family=\"[^\"]*\""));
    xml.replace(family, QStringLiteral("fo:font-family=\"%1\"").arg(QLatin1String(kOdtFont)));
    return xml.toUtf8();
}

} // namespace

Result<QByteArray> completeOdt(const QByteArray &qtOdt, const PageSetup &page)
{
    auto entries = readZip(qtOdt);
    if (!entries)
        return entries.error();
    QByteArray content;
    for (const ZipEntry &e : std::as_const(*entries)) {
        if (e.name == QLatin1String("content.xml"))
            content = e.data;
    }
    if (content.isEmpty())
        return Error::storage(QCoreApplication::translate("vd::docs", "Gói ODT vừa tạo không có content.xml."));
    // "mimetype" first and stored, as ODF requires.
    return writeZip({
            { QStringLiteral("mimetype"), QByteArrayLiteral("application/vnd.oasis.opendocument.text"), false },
            { QStringLiteral("content.xml"), fixContent(content, page), true },
            { QStringLiteral("styles.xml"), stylesXml(page), true },
            { QStringLiteral("META-INF/manifest.xml"), manifestXml(), true },
    });
}

} // namespace vd::docs
