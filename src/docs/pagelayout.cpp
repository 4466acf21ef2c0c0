// Pagination of a laid-out Document (see pagelayout.h for the rules).
#include "pagelayout.h"
#include "pagelayout_p.h"

#include <QPainter>

#include <algorithm>

namespace vd::docs {

using namespace layout;

namespace {

// An unbreakable piece of the flow: some lines of a paragraph, a table row
// (or a part of a row taller than a page), a rule.
struct Slice
{
    PlacedBox::Kind kind = PlacedBox::Lines;
    int block = 0;
    int row = -1;
    int firstLine = 0;
    int lastLine = 0;
    qreal from = 0; // rows: the part [from, to) of the row
    qreal to = 0;
    qreal lead = 0; // space before (not drawn)
    qreal height = 0; // drawn height
    qreal trail = 0; // space after (may fall into the bottom margin)
    bool glueNext = false; // no page break between this slice and the next
    bool breakBefore = false;
    bool cut = false;
};

struct Placement
{
    int slice = -1; // index into slices; -1 with `headerRow` for a repeated header row
    int table = -1; // repeated header rows: the block and its row
    int headerRow = -1;
    qreal top = 0; // top of the drawn part, from the text area's top
};

} // namespace

struct PagedLayout::Private
{
    PageSetup page;
    StyleSheet styles;
    std::vector<std::variant<LaidText, LaidRule, LaidTable, PageBreak>> blocks;
    std::vector<Slice> slices;
    std::vector<std::vector<Placement>> pages;
    QList<PlacedBox> boxes;
    qreal bodyWidth = 0;
    qreal bodyHeight = 0;

    void buildSlices();
    void paginate();
    void startPage(int firstSlice, qreal *y);
    void recordBoxes();
};

namespace {

qreal pageNumberTopMm(const PageSetup &page) { return page.marginsMm.top() / 2; }

} // namespace

void PagedLayout::Private::buildSlices()
{
    for (int b = 0; b < int(blocks.size()); ++b) {
        auto &block = blocks[b];
        if (auto *t = std::get_if<LaidText>(&block)) {
            const int n = t->lineCount();
            for (int i = 0; i < n; ++i) {
                Slice s;
                s.kind = PlacedBox::Lines;
                s.block = b;
                s.firstLine = s.lastLine = i;
                s.lead = i == 0 ? t->spaceBefore : 0;
                s.height = t->lineHeight[i];
                s.trail = i == n - 1 ? t->spaceAfter : 0;
                s.breakBefore = i == 0 && t->pageBreakBefore;
                // Widow and orphan control; whole paragraph or kept with the next block.
                const bool last = i == n - 1;
                s.glueNext = last ? t->keepWithNext : (t->keepTogether || i == 0 || i == n - 2);
                slices.push_back(s);
            }
        } else if (auto *r = std::get_if<LaidRule>(&block)) {
            Slice s;
            s.kind = PlacedBox::RuleLine;
            s.block = b;
            s.lead = r->spaceBefore;
            s.height = r->thickness;
            s.trail = r->spaceAfter;
            slices.push_back(s);
        } else if (auto *table = std::get_if<LaidTable>(&block)) {
            const int n = int(table->rows.size());
            // Room for a row on a page that repeats the header above it.
            const qreal room = bodyHeight - table->headerHeight() - 1;
            for (int r = 0; r < n; ++r) {
                const LaidRow &row = table->rows[r];
                const bool last = r == n - 1;
                const bool glue
                    = last ? table->keepWithNext : (table->keepTogether || r < table->headerRows || row.keepWithNext);
                // Pieces of a row that does not fit on any page, cut between lines.
                std::vector<std::pair<qreal, qreal>> pieces;
                if (row.height <= room || room <= 0) {
                    pieces.emplace_back(0, row.height);
                } else {
                    std::vector<qreal> cuts;
                    for (const LaidCell &cell : row.cells) {
                        for (qreal y : cell.lineBottoms())
                            cuts.push_back(y + table->padV);
                    }
                    std::sort(cuts.begin(), cuts.end());
                    qreal from = 0;
                    while (row.height - from > room) {
                        // The last line end that fits; a line that alone is taller than the room is
                        // cut.
                        qreal to = from + room;
                        auto it = std::upper_bound(cuts.begin(), cuts.end(), from + room);
                        if (it != cuts.begin() && *(it - 1) > from + 1)
                            to = *(it - 1);
                        pieces.emplace_back(from, to);
                        from = to;
                    }
                    pieces.emplace_back(from, row.height);
                }
                for (size_t k = 0; k < pieces.size(); ++k) {
                    Slice s;
                    s.kind = PlacedBox::Row;
                    s.block = b;
                    s.row = r;
                    s.from = pieces[k].first;
                    s.to = pieces[k].second;
                    s.height = s.to - s.from;
                    s.cut = pieces.size() > 1;
                    s.lead = r == 0 && k == 0 ? table->spaceBefore : 0;
                    s.trail = last && k + 1 == pieces.size() ? table->spaceAfter : 0;
                    s.glueNext = k + 1 < pieces.size() ? false : glue;
                    slices.push_back(s);
                }
            }
        } else if (std::holds_alternative<PageBreak>(block)) {
            // The next slice starts a page; nothing of its own.
            if (!slices.empty())
                slices.back().glueNext = false;
            Slice s;
            s.kind = PlacedBox::Lines;
            s.block = b;
            s.firstLine = 0;
            s.lastLine = -1; // draws nothing
            s.breakBefore = true;
            slices.push_back(s);
        }
    }
}

void PagedLayout::Private::startPage(int firstSlice, qreal *y)
{
    pages.emplace_back();
    *y = 0;
    if (firstSlice >= int(slices.size()))
        return;
    const Slice &s = slices[firstSlice];
    if (s.kind != PlacedBox::Row)
        return;
    const auto &table = std::get<LaidTable>(blocks[s.block]);
    const bool continuation = s.row >= table.headerRows && (s.row > table.headerRows || s.from > 0);
    if (!continuation)
        return;
    for (int r = 0; r < table.headerRows; ++r) {
        Placement p;
        p.table = s.block;
        p.headerRow = r;
        p.top = *y;
        pages.back().push_back(p);
        *y += table.rows[r].height;
    }
}

void PagedLayout::Private::paginate()
{
    const qreal limit = bodyHeight + 0.5; // rounding slack, a twentieth of a point
    qreal y = 0;
    int pageStart = 0;
    startPage(0, &y);
    for (int i = 0; i < int(slices.size());) {
        const Slice &s = slices[i];
        const bool firstOnPage = i == pageStart;
        if (s.breakBefore && !firstOnPage) {
            pageStart = i;
            startPage(i, &y);
            continue;
        }
        const qreal lead = pages.back().empty() ? 0 : s.lead; // no space before at a page top
        if (firstOnPage || y + lead + s.height <= limit) {
            Placement p;
            p.slice = i;
            p.top = y + lead;
            pages.back().push_back(p);
            y += lead + s.height + s.trail;
            ++i;
            continue;
        }
        // Break before the chain of glued slices that ends here, unless the
        // chain began this page (then it cannot be kept: break here).
        int j = i;
        while (j > pageStart && slices[j - 1].glueNext)
            --j;
        if (j == pageStart)
            j = i;
        auto &placed = pages.back();
        while (!placed.empty() && placed.back().slice >= j)
            placed.pop_back();
        pageStart = j;
        startPage(j, &y);
        i = j;
    }
    // A trailing empty page (a page break at the very end) is dropped.
    while (pages.size() > 1) {
        bool empty = true;
        for (const Placement &p : pages.back()) {
            if (p.slice < 0 || slices[p.slice].lastLine >= slices[p.slice].firstLine)
                empty = false;
        }
        if (!empty)
            break;
        pages.pop_back();
    }
}

void PagedLayout::Private::recordBoxes()
{
    const qreal left = page.marginsMm.left();
    const qreal top = page.marginsMm.top();
    for (int pg = 0; pg < int(pages.size()); ++pg) {
        for (const Placement &p : pages[pg]) {
            PlacedBox box;
            box.page = pg;
            qreal x = 0, width = bodyWidth, height = 0;
            if (p.slice < 0) {
                const auto &table = std::get<LaidTable>(blocks[p.table]);
                box.kind = PlacedBox::RepeatedHeaderRow;
                box.block = p.table;
                box.row = p.headerRow;
                height = table.rows[p.headerRow].height;
            } else {
                const Slice &s = slices[p.slice];
                if (s.lastLine < s.firstLine)
                    continue; // a page break
                box.kind = s.kind;
                box.block = s.block;
                box.row = s.row;
                box.firstLine = s.firstLine;
                box.lastLine = s.lastLine;
                box.cut = s.cut;
                height = s.height;
                if (const auto *r = std::get_if<LaidRule>(&blocks[s.block])) {
                    x = r->x;
                    width = r->width;
                }
            }
            box.rectMm
                = QRectF(left + x / kUnitsPerMm, top + p.top / kUnitsPerMm, width / kUnitsPerMm, height / kUnitsPerMm);
            boxes.append(box);
        }
    }
}

PagedLayout::PagedLayout(const Document &doc) : d(std::make_unique<Private>())
{
    d->page = doc.page;
    d->styles = doc.styles;
    d->bodyWidth = doc.page.textWidthMm() * kUnitsPerMm;
    d->bodyHeight = doc.page.textHeightMm() * kUnitsPerMm;
    for (const Block &b : doc.blocks) {
        if (const auto *p = std::get_if<Paragraph>(&b))
            d->blocks.emplace_back(layoutParagraph(doc.styles, *p, d->bodyWidth));
        else if (const auto *r = std::get_if<Rule>(&b))
            d->blocks.emplace_back(layoutRule(*r, d->bodyWidth));
        else if (const auto *t = std::get_if<Table>(&b))
            d->blocks.emplace_back(layoutTable(doc.styles, *t, d->bodyWidth));
        else
            d->blocks.emplace_back(PageBreak {});
    }
    d->buildSlices();
    d->paginate();
    d->recordBoxes();
}

PagedLayout::~PagedLayout() = default;

int PagedLayout::pageCount() const { return int(d->pages.size()); }

const PageSetup &PagedLayout::page() const { return d->page; }

const QList<PlacedBox> &PagedLayout::boxes() const { return d->boxes; }

void PagedLayout::paintPage(QPainter &painter, int index) const
{
    if (index < 0 || index >= int(d->pages.size()))
        return;
    painter.save();
    painter.translate(d->page.marginsMm.left() * kPtPerMm, d->page.marginsMm.top() * kPtPerMm);
    painter.scale(1 / kUnitsPerPt, 1 / kUnitsPerPt);
    painter.setPen(Qt::black);
    for (const Placement &p : d->pages[index]) {
        if (p.slice < 0) {
            const auto &table = std::get<LaidTable>(d->blocks[p.table]);
            table.drawRow(painter, p.headerRow, p.top, 0, table.rows[p.headerRow].height);
            continue;
        }
        const Slice &s = d->slices[p.slice];
        const auto &block = d->blocks[s.block];
        if (const auto *t = std::get_if<LaidText>(&block)) {
            if (s.lastLine >= s.firstLine)
                t->draw(painter, 0, p.top - t->lineTop[s.firstLine], s.firstLine, s.lastLine);
        } else if (const auto *r = std::get_if<LaidRule>(&block)) {
            r->draw(painter, 0, p.top - r->spaceBefore);
        } else if (const auto *table = std::get_if<LaidTable>(&block)) {
            table->drawRow(painter, s.row, p.top, s.from, s.to);
        }
    }
    painter.restore();

    if (d->page.pageNumbers && index > 0) {
        // The number's line starts halfway down the top margin, centred over the text.
        Paragraph number(Styles::PageNumber, QString::number(index + 1));
        number.align = Align::Center;
        number.spaceBeforePt = 0;
        number.spaceAfterPt = 0;
        number.firstLineIndentMm = 0;
        const LaidText laid = layoutParagraph(d->styles, number, d->bodyWidth);
        painter.save();
        painter.translate(d->page.marginsMm.left() * kPtPerMm, pageNumberTopMm(d->page) * kPtPerMm);
        painter.scale(1 / kUnitsPerPt, 1 / kUnitsPerPt);
        painter.setPen(Qt::black);
        laid.draw(painter, 0, 0, 0, laid.lineCount() - 1);
        painter.restore();
    }
}

qreal naturalWidthMm(const StyleSheet &styles, const Paragraph &p, qreal maxWidthMm)
{
    Paragraph copy = p;
    copy.firstLineIndentMm = 0;
    copy.leftIndentMm = 0;
    copy.rightIndentMm = 0;
    const LaidText laid = layoutParagraph(styles, copy, maxWidthMm * kUnitsPerMm);
    qreal widest = 0;
    for (int i = 0; i < laid.layout->lineCount(); ++i)
        widest = qMax(widest, laid.layout->lineAt(i).naturalTextWidth());
    return widest / kUnitsPerMm;
}

} // namespace vd::docs
