// The paginated layout of a Document for PDF, printing and page images: text
// is laid out in points (a 720-dpi layout unit, design metrics, no hinting,
// so 13 pt stays 13 pt and lines break the same on every device), then cut
// into pages under these rules:
//   - table rows never split (only a row taller than a page is cut between lines);
//   - a table's header rows repeat at the top of every page it continues on;
//   - "keep with next" (headings, group rows, the lines before a signature)
//     and "keep together" (the closing block, short tables) move whole to the
//     next page; a paragraph leaves no single first or last line alone
//     (widow/orphan control);
//   - every page keeps its margins: nothing is drawn in the bottom margin and
//     continuation pages start at the top margin, where only the page number
//     (centred, from page 2) sits.
// QtGui only.
#pragma once

#include "docmodel.h"

#include <QList>
#include <QRectF>

#include <memory>

class QPainter;

namespace vd::docs {

// Where something was put, for tests and diagnostics.
struct PlacedBox
{
    enum Kind { Lines, Row, RepeatedHeaderRow, RuleLine };
    Kind kind = Lines;
    int page = 0; // 0-based
    int block = 0; // index in Document::blocks
    int row = -1; // table row
    int firstLine = -1; // paragraph lines [firstLine, lastLine]
    int lastLine = -1;
    bool cut = false; // part of a row taller than a page
    QRectF rectMm; // on the sheet, from its top-left corner (space before/after excluded)
};

class PagedLayout
{
public:
    explicit PagedLayout(const Document &doc);
    ~PagedLayout();
    PagedLayout(const PagedLayout &) = delete;
    PagedLayout &operator=(const PagedLayout &) = delete;

    int pageCount() const;
    const PageSetup &page() const;
    // Paints page `index` (0-based) with its page number. The painter's unit is
    // the point and its origin the sheet's top-left corner.
    void paintPage(QPainter &painter, int index) const;
    const QList<PlacedBox> &boxes() const;

    struct Private;

private:
    std::unique_ptr<Private> d;
};

// The width of the longest line of `p` laid out in `maxWidthMm` (e.g. to draw
// a rule as long as a line of text).
qreal naturalWidthMm(const StyleSheet &styles, const Paragraph &p, qreal maxWidthMm = 1000);

// The body font: Times New Roman when installed, else Liberation Serif
// (metric-compatible, Debian fonts-liberation2).
QString bodyFontFamily();

} // namespace vd::docs
