// Paginated output of VinhDanh's documents: PDF (QPdfWriter), ODT
// (QTextDocumentWriter) and any paged device (QPrinter for Print… and
// QPrintPreviewDialog). Pages follow Nghị định 30/2020: A4, margins in mm,
// page numbers centred in the top margin from page 2 on.
#pragma once

#include "result.h"

#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QString>
#include <QTextDocument>

#include <functional>
#include <memory>

class QPagedPaintDevice;
class QPainter;


namespace vd::docs {

struct PageSetup
{
    QPageSize pageSize = QPageSize(QPageSize::A4);
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    QMarginsF marginsMm { 30, 20, 15, 20 }; // left, top, right, bottom
    bool pageNumbers = true;                // from page 2, centred in the top margin
};

// A text document with its page setup: what every builder returns.
struct TextDocument
{
    std::unique_ptr<QTextDocument> document;
    PageSetup page;
    QString title;          // PDF metadata and window titles
};

// A document drawn page by page (certificates on pre-printed blanks).
struct PaintedDocument
{
    PageSetup page;         // margins are ignored: positions are from the sheet's corner
    int pageCount = 0;
    QString title;
    // Paints page `index`; the painter's origin is the sheet's top-left corner
    // and `pxPerMm` converts millimetres to device pixels (fonts in points work as is).
    std::function<void(QPainter &painter, int index, qreal pxPerMm)> paintPage;
};

// The body font: Times New Roman when installed, else Liberation Serif
// (metric-compatible, Debian fonts-liberation2).
QString bodyFontFamily();

// Lays the document out for the device and paints every page on it (the
// device's page layout is set to the document's). Returns the page count.
Result<int> printTo(const TextDocument &doc, QPagedPaintDevice *device);
Result<int> printTo(const PaintedDocument &doc, QPagedPaintDevice *device);

// PDF bytes / files (fonts embedded). Files are replaced atomically.
Result<QByteArray> pdfBytes(const TextDocument &doc);
Result<QByteArray> pdfBytes(const PaintedDocument &doc);
Status writePdf(const TextDocument &doc, const QString &path);
Status writePdf(const PaintedDocument &doc, const QString &path);

// OpenDocument text (.odt) via QTextDocumentWriter "odf".
Result<QByteArray> odtBytes(const TextDocument &doc);
Status writeOdt(const TextDocument &doc, const QString &path);

// "pdf" or "odt" by the format name; a Usage error for anything else.
Status writeDocument(const TextDocument &doc, const QString &format, const QString &path);

} // namespace vd::docs
