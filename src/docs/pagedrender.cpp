#include "pagedrender.h"

#include "approvedexport.h"
#include "odtpackage.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QImage>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPalette>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocumentWriter>
#include <QTextTable>

namespace vd::docs {

namespace {


constexpr int kPdfResolution = 600;
constexpr qreal kLayoutDpi = 96;

// Sets the device to the document's page with no printer margins of our own:
// the margins are applied when painting, from the sheet's corner.
Status preparePage(const PageSetup &setup, QPagedPaintDevice *device)
{
    if (!device)
        return Error::storage(QCoreApplication::translate("vd::docs", "Không có thiết bị in."));
    const QPageLayout layout(setup.pageSize, setup.orientation, QMarginsF(0, 0, 0, 0),
                             QPageLayout::Millimeter);
    // A printer may refuse zero margins: its own minimum is then used and
    // compensated below (the painter origin is the printable area's corner).
    if (!device->setPageLayout(layout)) {
        device->setPageSize(setup.pageSize);
        device->setPageOrientation(setup.orientation);
    }
    return {};
}

// Offset of the painter's origin from the sheet's corner, in device pixels.
QPointF originOffset(QPagedPaintDevice *device)
{
    const QPageLayout layout = device->pageLayout();
    const int dpi = device->logicalDpiX();
    return layout.paintRectPixels(dpi).topLeft() - layout.fullRectPixels(dpi).topLeft();
}

// N of the block's "vd-keep-N" mark, or -1 when it has none.
int keepCount(const QTextBlock &block)
{
    const QString prefix = QStringLiteral("vd-keep-");
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        for (const QString &anchor : it.fragment().charFormat().anchorNames()) {
            if (anchor.startsWith(prefix))
                return anchor.mid(prefix.size()).toInt();
        }
    }
    return -1;
}

// Groups marked with an anchor "vd-keep-N" (see adminhtml.h: keepTogetherMark)
// are moved whole to the next page when a page break would split them: the
// table that holds the anchor, or the anchor's block and the N blocks after it.
// One scan in document order: a break only moves what follows it. Each break
// lays the rest of the document out again, so documents with many groups
// (the council report) start their groups on new pages themselves.
void keepGroupsTogether(QTextDocument *doc, qreal pageHeight)
{
    QAbstractTextDocumentLayout *layout = doc->documentLayout();
    auto breakBefore = [](QTextBlock block) {
        QTextBlockFormat format = block.blockFormat();
        format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(block).setBlockFormat(format);
    };
    QTextTable *lastTable = nullptr;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        const int count = keepCount(block);
        if (count < 0)
            continue;
        QTextCursor cursor(block);
        QTextTable *table = cursor.currentTable();
        if (table && table == lastTable)
            continue; // one mark per table is enough
        lastTable = table;
        QRectF span;
        if (table) {
            span = layout->frameBoundingRect(table);
        } else {
            QTextBlock last = block;
            for (int n = count; n > 0 && last.next().isValid(); --n)
                last = last.next();
            span = layout->blockBoundingRect(block).united(layout->blockBoundingRect(last));
        }
        const int firstPage = int(span.top() / pageHeight);
        const int lastPage = int((span.bottom() - 1) / pageHeight);
        if (firstPage == lastPage || span.height() >= pageHeight)
            continue;
        if (!table) {
            breakBefore(block);
            continue;
        }
        // A heading kept with this table (its mark counts the table's first
        // block) moves with it: the break goes before the heading.
        QTextCursor before = table->firstCursorPosition();
        if (before.movePosition(QTextCursor::PreviousBlock) && !before.currentTable()
            && keepCount(before.block()) > 0) {
            breakBefore(before.block());
        } else {
            QTextTableFormat format = table->format();
            format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
            table->setFormat(format);
        }
    }
}

} // namespace

QString bodyFontFamily()
{
    static const QString family = QFontDatabase::hasFamily(QStringLiteral("Times New Roman"))
            ? QStringLiteral("Times New Roman")
            : QStringLiteral("Liberation Serif");
    return family;
}

Result<int> printTo(const TextDocument &doc, QPagedPaintDevice *device)
{
    if (!doc.document)
        return Error::storage(QCoreApplication::translate("vd::docs", "Tài liệu trống."));
    if (auto prepared = preparePage(doc.page, device); !prepared)
        return prepared.error();

    // The layout runs at a fixed 96 dpi (CSS pixels: the px lengths of the HTML
    // mean the same on every device and in ODT), with design metrics; the
    // painter then scales it to the device.
    QImage layoutDevice(1, 1, QImage::Format_ARGB32);
    layoutDevice.setDotsPerMeterX(qRound(kLayoutDpi / 0.0254));
    layoutDevice.setDotsPerMeterY(qRound(kLayoutDpi / 0.0254));
    const qreal layoutPxPerMm = kLayoutDpi / 25.4;
    const QSizeF sheetMm = device->pageLayout().fullRect(QPageLayout::Millimeter).size();
    const QMarginsF &m = doc.page.marginsMm;
    const QSizeF body((sheetMm.width() - m.left() - m.right()) * layoutPxPerMm,
                      (sheetMm.height() - m.top() - m.bottom()) * layoutPxPerMm);

    std::unique_ptr<QTextDocument> copy(doc.document->clone());
    copy->setUseDesignMetrics(true);
    copy->documentLayout()->setPaintDevice(&layoutDevice);
    copy->setDocumentMargin(0);
    copy->setPageSize(body);
    keepGroupsTogether(copy.get(), body.height());
    const int pages = qMax(1, copy->pageCount());

    QPainter painter;
    if (!painter.begin(device))
        return Error::storage(QCoreApplication::translate("vd::docs", "Không bắt đầu vẽ được lên thiết bị in."));
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const QPointF origin = -originOffset(device);
    const qreal devicePxPerMm = device->logicalDpiX() / 25.4;
    const qreal scale = device->logicalDpiX() / kLayoutDpi;

    QAbstractTextDocumentLayout::PaintContext context;
    QPalette palette = context.palette;
    palette.setColor(QPalette::Text, Qt::black);
    palette.setColor(QPalette::Dark, Qt::black); // horizontal rules
    context.palette = palette;

    QFont numberFont(bodyFontFamily());
    numberFont.setPointSizeF(13);

    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device->newPage()) {
            painter.end();
            return Error::storage(QCoreApplication::translate("vd::docs", "Không thêm được trang %1.").arg(page + 1));
        }
        painter.save();
        painter.translate(origin + QPointF(m.left(), m.top()) * devicePxPerMm);
        painter.scale(scale, scale);
        const QRectF view(0, page * body.height(), body.width(), body.height());
        painter.translate(0, -view.top());
        painter.setClipRect(view);
        // Lines that only touch the page boundary (by up to 2 px = 0.5 mm)
        // belong to the neighbouring page: leave them out of this page's
        // content, not just clip them (or the PDF text has them twice).
        context.clip = view.adjusted(0, 2, 0, -2);
        copy->documentLayout()->draw(&painter, context);
        painter.restore();

        if (doc.page.pageNumbers && page > 0) {
            painter.save();
            painter.translate(origin);
            painter.setFont(numberFont);
            painter.setPen(Qt::black);
            // Centred over the text block, in the lower half of the top margin.
            const QRectF numberBox(m.left() * devicePxPerMm, m.top() * 0.35 * devicePxPerMm,
                                   body.width() * scale, m.top() * 0.45 * devicePxPerMm);
            painter.drawText(numberBox, Qt::AlignHCenter | Qt::AlignVCenter, QString::number(page + 1));
            painter.restore();
        }
    }
    painter.end();
    return pages;
}

Result<int> printTo(const PaintedDocument &doc, QPagedPaintDevice *device)
{
    if (!doc.paintPage || doc.pageCount <= 0)
        return Error::storage(QCoreApplication::translate("vd::docs", "Tài liệu trống."));
    if (auto prepared = preparePage(doc.page, device); !prepared)
        return prepared.error();
    QPainter painter;
    if (!painter.begin(device))
        return Error::storage(QCoreApplication::translate("vd::docs", "Không bắt đầu vẽ được lên thiết bị in."));
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const QPointF origin = -originOffset(device);
    const qreal pxPerMm = device->logicalDpiX() / 25.4;
    for (int page = 0; page < doc.pageCount; ++page) {
        if (page > 0 && !device->newPage()) {
            painter.end();
            return Error::storage(QCoreApplication::translate("vd::docs", "Không thêm được trang %1.").arg(page + 1));
        }
        painter.save();
        painter.translate(origin);
        doc.paintPage(painter, page, pxPerMm);
        painter.restore();
    }
    painter.end();
    return doc.pageCount;
}

namespace {

template<typename Doc>
Result<QByteArray> pdfBytesOf(const Doc &doc)
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(kPdfResolution);
        writer.setTitle(doc.title);
        writer.setCreator(QStringLiteral("VinhDanh " VINHDANH_VERSION));
        auto printed = printTo(doc, &writer);
        if (!printed)
            return printed.error();
    }
    return bytes;
}

} // namespace

Result<QByteArray> pdfBytes(const TextDocument &doc) { return pdfBytesOf(doc); }
Result<QByteArray> pdfBytes(const PaintedDocument &doc) { return pdfBytesOf(doc); }

Status writePdf(const TextDocument &doc, const QString &path)
{
    auto bytes = pdfBytes(doc);
    if (!bytes)
        return bytes.error();
    return writeFileAtomically(path, *bytes);
}

Status writePdf(const PaintedDocument &doc, const QString &path)
{
    auto bytes = pdfBytes(doc);
    if (!bytes)
        return bytes.error();
    return writeFileAtomically(path, *bytes);
}

Result<QByteArray> odtBytes(const TextDocument &doc)
{
    if (!doc.document)
        return Error::storage(QCoreApplication::translate("vd::docs", "Tài liệu trống."));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(doc.document.get()))
        return Error::storage(QCoreApplication::translate("vd::docs", "Không tạo được tệp ODT."));
    buffer.close();
    return completeOdt(bytes, doc.page);
}

Status writeOdt(const TextDocument &doc, const QString &path)
{
    auto bytes = odtBytes(doc);
    if (!bytes)
        return bytes.error();
    return writeFileAtomically(path, *bytes);
}

Status writeDocument(const TextDocument &doc, const QString &format, const QString &path)
{
    const QString f = format.toLower();
    if (f == QLatin1String("pdf"))
        return writePdf(doc, path);
    if (f == QLatin1String("odt"))
        return writeOdt(doc, path);
    return Error::usage(QCoreApplication::translate("vd::docs", "Định dạng không hỗ trợ: %1 (chọn pdf hoặc odt).").arg(format));
}

} // namespace vd::docs
