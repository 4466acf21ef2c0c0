// Internals of pagelayout.cpp: blocks laid out to a width, before pagination.
// Lengths are layout units: a tenth of a point (a 720-dpi layout device).
#pragma once

#include "docmodel.h"

#include <QTextLayout>

#include <memory>
#include <variant>
#include <vector>

class QPainter;
class QPaintDevice;

namespace vd::docs::layout {

inline constexpr qreal kUnitsPerPt = 10;
inline constexpr qreal kUnitsPerMm = kUnitsPerPt * kPtPerMm;

QPaintDevice *layoutDevice();
QFont makeFont(qreal sizePt, bool bold, bool italic, bool underline = false);

struct LaidText
{
    std::unique_ptr<QTextLayout> layout;
    qreal x = 0; // left indent
    qreal spaceBefore = 0;
    qreal spaceAfter = 0;
    std::vector<qreal> lineTop; // from the text's top (after the space before)
    std::vector<qreal> lineHeight;
    qreal textHeight = 0;
    bool keepWithNext = false;
    bool keepTogether = false;
    bool pageBreakBefore = false;

    qreal height() const { return spaceBefore + textHeight + spaceAfter; }
    int lineCount() const { return int(lineTop.size()); }
    // Draws lines [first, last] so that the text's top is at `textTop`.
    void draw(QPainter &painter, qreal left, qreal textTop, int first, int last) const;
};

struct LaidRule
{
    qreal x = 0;
    qreal width = 0;
    qreal thickness = 0;
    qreal spaceBefore = 0;
    qreal spaceAfter = 0;
    qreal height() const { return spaceBefore + thickness + spaceAfter; }
    void draw(QPainter &painter, qreal left, qreal top) const;
};

using LaidFlow = std::variant<LaidText, LaidRule>;

LaidText layoutParagraph(const StyleSheet &styles, const Paragraph &p, qreal width);
LaidRule layoutRule(const Rule &r, qreal width);

struct LaidCell
{
    std::vector<LaidFlow> flow;
    qreal x = 0; // outer left edge, from the table's left
    qreal width = 0; // outer width
    qreal contentHeight = 0;
    VAlign valign = VAlign::Top;
    QColor background;
    // Offsets (from the content top) where a line ends: a too tall row is cut there.
    std::vector<qreal> lineBottoms() const;
};

struct LaidRow
{
    std::vector<LaidCell> cells;
    qreal height = 0;
    bool keepWithNext = false;
};

struct LaidTable
{
    std::vector<LaidRow> rows;
    int headerRows = 0;
    bool borders = true;
    bool keepTogether = false;
    bool keepWithNext = false;
    qreal padH = 0;
    qreal padV = 0;
    qreal spaceBefore = 0;
    qreal spaceAfter = 0;
    qreal width = 0;
    qreal headerHeight() const;
    // Paints the part [from, to) of row `r` (its own coordinates) with its top at `top`.
    void drawRow(QPainter &painter, int r, qreal top, qreal from, qreal to) const;
};

LaidTable layoutTable(const StyleSheet &styles, const Table &t, qreal width);

} // namespace vd::docs::layout
