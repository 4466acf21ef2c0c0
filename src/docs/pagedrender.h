// Paged output of VinhDanh's documents: PDF (QPdfWriter) and any paged device
// (QPrinter for Print… and QPrintPreviewDialog), from the document model
// (docmodel.h, laid out by pagelayout.h) or from a document drawn page by page
// (certificates on pre-printed blanks). DOCX and ODT: docwriters.h.
#pragma once

#include "docmodel.h"
#include "result.h"

#include <QByteArray>
#include <QString>

#include <functional>

class QPagedPaintDevice;
class QPainter;

namespace vd::docs {

// A document drawn page by page (certificates on pre-printed blanks).
struct PaintedDocument
{
    PageSetup page; // margins are ignored: positions are from the sheet's corner
    int pageCount = 0;
    QString title;
    // Paints page `index`; the painter's origin is the sheet's top-left corner
    // and `pxPerMm` converts millimetres to device pixels (fonts in points work as is).
    std::function<void(QPainter &painter, int index, qreal pxPerMm)> paintPage;
};

// Lays the document out and paints every page on the device (the device's
// page layout is set to the document's). Returns the page count.
Result<int> printTo(const Document &doc, QPagedPaintDevice *device);
Result<int> printTo(const PaintedDocument &doc, QPagedPaintDevice *device);

// PDF bytes / files (fonts embedded). Files are replaced atomically.
Result<QByteArray> pdfBytes(const Document &doc);
Result<QByteArray> pdfBytes(const PaintedDocument &doc);
Status writePdf(const Document &doc, const QString &path);
Status writePdf(const PaintedDocument &doc, const QString &path);

} // namespace vd::docs
