#include "pagedrender.h"
#include "doctext.h"

#include "docwriters.h"
#include "pagelayout.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

namespace vd::docs {

namespace {

constexpr int kPdfResolution = 1200;

// Sets the device to the document's page with no printer margins of our own:
// the margins are applied when painting, from the sheet's corner.
Status preparePage(const PageSetup &setup, QPagedPaintDevice *device)
{
    if (!device)
        return Error::storage(DocText::tr("Không có thiết bị in."));
    const QPageLayout layout(setup.pageSize, setup.orientation, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
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

template<typename PaintPage> Result<int> paintPages(QPagedPaintDevice *device, int pages, PaintPage paintPage)
{
    QPainter painter;
    if (!painter.begin(device))
        return Error::storage(DocText::tr("Không bắt đầu vẽ được lên thiết bị in."));
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const QPointF origin = -originOffset(device);
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device->newPage()) {
            painter.end();
            return Error::storage(DocText::tr("Không thêm được trang %1.").arg(page + 1));
        }
        painter.save();
        painter.translate(origin);
        paintPage(painter, page);
        painter.restore();
    }
    painter.end();
    return pages;
}

} // namespace

Result<int> printTo(const Document &doc, QPagedPaintDevice *device)
{
    if (auto prepared = preparePage(doc.page, device); !prepared)
        return prepared.error();
    const PagedLayout layout(doc);
    const qreal pxPerPt = device->logicalDpiX() / 72.0;
    return paintPages(device, qMax(1, layout.pageCount()), [&](QPainter &painter, int page) {
        painter.scale(pxPerPt, pxPerPt);
        layout.paintPage(painter, page);
    });
}

Result<int> printTo(const PaintedDocument &doc, QPagedPaintDevice *device)
{
    if (!doc.paintPage || doc.pageCount <= 0)
        return Error::storage(DocText::tr("Tài liệu trống."));
    if (auto prepared = preparePage(doc.page, device); !prepared)
        return prepared.error();
    const qreal pxPerMm = device->logicalDpiX() / 25.4;
    return paintPages(device, doc.pageCount,
                      [&](QPainter &painter, int page) { doc.paintPage(painter, page, pxPerMm); });
}

namespace {

template<typename Doc> Result<QByteArray> pdfBytesOf(const Doc &doc)
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

Result<QByteArray> pdfBytes(const Document &doc) { return pdfBytesOf(doc); }
Result<QByteArray> pdfBytes(const PaintedDocument &doc) { return pdfBytesOf(doc); }

Status writePdf(const Document &doc, const QString &path)
{
    auto bytes = pdfBytes(doc);
    if (!bytes)
        return bytes.error();
    return writeOutputFile(path, *bytes);
}

Status writePdf(const PaintedDocument &doc, const QString &path)
{
    auto bytes = pdfBytes(doc);
    if (!bytes)
        return bytes.error();
    return writeOutputFile(path, *bytes);
}

} // namespace vd::docs
