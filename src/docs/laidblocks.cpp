// Paragraphs, rules and tables laid out to a width (pagelayout_p.h).
#include "pagelayout.h"
#include "pagelayout_p.h"

#include <QFontDatabase>
#include <QImage>
#include <QPainter>
#include <QTextOption>

#include <algorithm>

namespace vd::docs {

QString bodyFontFamily()
{
    static const QString family = QFontDatabase::hasFamily(QStringLiteral("Times New Roman"))
                                      ? QStringLiteral("Times New Roman")
                                      : QStringLiteral("Liberation Serif");
    return family;
}

namespace layout {

QPaintDevice *layoutDevice()
{
    static QImage device = [] {
        QImage image(1, 1, QImage::Format_ARGB32);
        const int dotsPerMeter = qRound(72 * kUnitsPerPt / 0.0254);
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
        return image;
    }();
    return &device;
}

QFont makeFont(qreal sizePt, bool bold, bool italic, bool underline)
{
    QFont font(bodyFontFamily());
    font.setPointSizeF(sizePt);
    font.setBold(bold);
    font.setItalic(italic);
    font.setUnderline(underline);
    // Unhinted outlines: advances do not depend on the device.
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setStyleStrategy(QFont::PreferOutline);
    return font;
}

namespace {

Qt::Alignment qtAlign(Align a)
{
    switch (a) {
    case Align::Left:
        return Qt::AlignLeft;
    case Align::Center:
        return Qt::AlignHCenter;
    case Align::Right:
        return Qt::AlignRight;
    case Align::Justify:
        return Qt::AlignJustify;
    }
    return Qt::AlignLeft;
}

} // namespace

LaidText layoutParagraph(const StyleSheet &styles, const Paragraph &p, qreal width)
{
    const ResolvedParagraph r = resolve(styles, p);
    const ParagraphStyle &s = r.style;
    LaidText out;
    out.x = r.leftIndentMm * kUnitsPerMm;
    out.spaceBefore = s.spaceBeforePt * kUnitsPerPt;
    out.spaceAfter = s.spaceAfterPt * kUnitsPerPt;
    out.keepWithNext = s.keepWithNext;
    out.keepTogether = s.keepTogether;
    out.pageBreakBefore = p.pageBreakBefore;

    QString text;
    QList<QTextLayout::FormatRange> formats;
    for (const Run &run : p.runs) {
        QString t = run.text;
        t.replace(QLatin1Char('\n'), QChar(QChar::LineSeparator));
        QTextLayout::FormatRange range;
        range.start = int(text.size());
        range.length = int(t.size());
        range.format.setFont(
            makeFont(run.sizePt > 0 ? run.sizePt : s.sizePt, s.bold || run.bold, s.italic || run.italic, run.underline),
            QTextCharFormat::FontPropertiesAll);
        formats.append(range);
        text += t;
    }
    out.layout = std::make_unique<QTextLayout>(text, makeFont(s.sizePt, s.bold, s.italic), layoutDevice());
    QTextOption option(qtAlign(s.align));
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setUseDesignMetrics(true);
    out.layout->setTextOption(option);
    out.layout->setFormats(formats);
    out.layout->setCacheEnabled(true);

    const qreal available = qMax<qreal>(kUnitsPerPt, width - out.x - r.rightIndentMm * kUnitsPerMm);
    const qreal firstIndent = s.firstLineIndentMm * kUnitsPerMm;
    qreal y = 0;
    out.layout->beginLayout();
    for (bool first = true;; first = false) {
        QTextLine line = out.layout->createLine();
        if (!line.isValid())
            break;
        line.setLeadingIncluded(true);
        const qreal indent = first ? qMin(firstIndent, available / 2) : 0;
        line.setLineWidth(available - indent);
        line.setPosition(QPointF(indent, y));
        const qreal height = line.height() * s.lineSpacing;
        out.lineTop.push_back(y);
        out.lineHeight.push_back(height);
        y += height;
    }
    out.layout->endLayout();
    out.textHeight = y;
    return out;
}

void LaidText::draw(QPainter &painter, qreal left, qreal textTop, int first, int last) const
{
    for (int i = first; i <= last && i < layout->lineCount(); ++i)
        layout->lineAt(i).draw(&painter, QPointF(left + x, textTop));
}

LaidRule layoutRule(const Rule &r, qreal width)
{
    LaidRule out;
    out.width = r.lengthMm > 0 ? qMin(width, r.lengthMm * kUnitsPerMm) : width;
    switch (r.align) {
    case Align::Center:
        out.x = (width - out.width) / 2;
        break;
    case Align::Right:
        out.x = width - out.width;
        break;
    case Align::Left:
    case Align::Justify:
        out.x = 0;
        break;
    }
    out.thickness = r.thicknessPt * kUnitsPerPt;
    out.spaceBefore = r.spaceBeforePt * kUnitsPerPt;
    out.spaceAfter = r.spaceAfterPt * kUnitsPerPt;
    return out;
}

void LaidRule::draw(QPainter &painter, qreal left, qreal top) const
{
    painter.fillRect(QRectF(left + x, top + spaceBefore, width, thickness), Qt::black);
}

namespace {

qreal flowHeight(const LaidFlow &f)
{
    return std::visit([](const auto &item) { return item.height(); }, f);
}

} // namespace

std::vector<qreal> LaidCell::lineBottoms() const
{
    std::vector<qreal> out;
    qreal y = 0;
    for (const LaidFlow &f : flow) {
        if (const auto *t = std::get_if<LaidText>(&f)) {
            for (int i = 0; i < t->lineCount(); ++i)
                out.push_back(y + t->spaceBefore + t->lineTop[i] + t->lineHeight[i]);
        }
        y += flowHeight(f);
        out.push_back(y);
    }
    return out;
}

qreal LaidTable::headerHeight() const
{
    qreal h = 0;
    for (int r = 0; r < headerRows && r < int(rows.size()); ++r)
        h += rows[r].height;
    return h;
}

LaidTable layoutTable(const StyleSheet &styles, const Table &t, qreal width)
{
    LaidTable out;
    out.headerRows = t.headerRows;
    out.borders = t.borders;
    out.keepTogether = t.keepTogether;
    out.keepWithNext = t.keepWithNext;
    out.padH = t.paddingMm * kUnitsPerMm;
    out.padV = t.verticalPaddingMm * kUnitsPerMm;
    out.spaceBefore = t.spaceBeforePt * kUnitsPerPt;
    out.spaceAfter = t.spaceAfterPt * kUnitsPerPt;
    out.width = width;

    qreal total = 0;
    for (qreal c : t.columns)
        total += qMax<qreal>(0, c);
    std::vector<qreal> columnX { 0 };
    for (qreal c : t.columns)
        columnX.push_back(columnX.back() + (total > 0 ? qMax<qreal>(0, c) / total * width : 0));
    const int columns = int(t.columns.size());

    for (const TableRow &row : t.rows) {
        LaidRow laid;
        laid.keepWithNext = row.keepWithNext;
        int column = 0;
        for (const TableCell &cell : row.cells) {
            if (column >= columns)
                break; // more cells than columns: the rest is left out
            const int span = qBound(1, cell.columnSpan, columns - column);
            LaidCell lc;
            lc.x = columnX[column];
            lc.width = columnX[column + span] - columnX[column];
            lc.valign = cell.valign;
            lc.background = cell.background;
            const qreal inner = qMax<qreal>(kUnitsPerPt, lc.width - 2 * out.padH);
            for (const CellContent &c : cell.content) {
                if (const auto *p = std::get_if<Paragraph>(&c))
                    lc.flow.emplace_back(layoutParagraph(styles, *p, inner));
                else if (const auto *r = std::get_if<Rule>(&c))
                    lc.flow.emplace_back(layoutRule(*r, inner));
                lc.contentHeight += flowHeight(lc.flow.back());
            }
            laid.height = qMax(laid.height, lc.contentHeight + 2 * out.padV);
            laid.cells.push_back(std::move(lc));
            column += span;
        }
        out.rows.push_back(std::move(laid));
    }
    return out;
}

void LaidTable::drawRow(QPainter &painter, int r, qreal top, qreal from, qreal to) const
{
    const LaidRow &row = rows[r];
    painter.save();
    painter.setClipRect(QRectF(-padH, top, width + 2 * padH, to - from), Qt::IntersectClip);
    const qreal rowTop = top - from; // where the whole row's top would be
    for (const LaidCell &cell : row.cells) {
        const QRectF box(cell.x, rowTop, cell.width, row.height);
        if (cell.background.isValid())
            painter.fillRect(box, cell.background);
        qreal y = rowTop + padV;
        if (cell.valign == VAlign::Middle)
            y += (row.height - 2 * padV - cell.contentHeight) / 2;
        else if (cell.valign == VAlign::Bottom)
            y += row.height - 2 * padV - cell.contentHeight;
        for (const LaidFlow &f : cell.flow) {
            if (const auto *t = std::get_if<LaidText>(&f))
                t->draw(painter, cell.x + padH, y + t->spaceBefore, 0, t->lineCount() - 1);
            else if (const auto *rule = std::get_if<LaidRule>(&f))
                rule->draw(painter, cell.x + padH, y);
            y += flowHeight(f);
        }
    }
    painter.restore();
    if (!borders)
        return;
    painter.save();
    QPen pen(Qt::black);
    pen.setWidthF(0.5 * kUnitsPerPt);
    pen.setCapStyle(Qt::SquareCap);
    painter.setPen(pen);
    const qreal bottom = top + (to - from);
    for (const LaidCell &cell : row.cells) {
        painter.drawLine(QPointF(cell.x, top), QPointF(cell.x + cell.width, top));
        painter.drawLine(QPointF(cell.x, bottom), QPointF(cell.x + cell.width, bottom));
        painter.drawLine(QPointF(cell.x, top), QPointF(cell.x, bottom));
        painter.drawLine(QPointF(cell.x + cell.width, top), QPointF(cell.x + cell.width, bottom));
    }
    painter.restore();
}

} // namespace layout
} // namespace vd::docs
