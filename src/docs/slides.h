// The hall screen (docs/conference.md, "Presenter view"): the slides of the
// running order (runningorder.h: the title slide, then each batch and each
// honoree of it) drawn large and in high contrast, once for both the presenter
// view on a second screen (src/gui/presenterview.h) and the PDF slide deck
// (16:9) for a hall PC without VinhDanh. QtGui only.
#pragma once

#include "pagedrender.h"
#include "result.h"
#include "runningorder.h"

#include <QHash>
#include <QImage>

class QPainter;

namespace vd {
class Database;
}

namespace vd::docs {

struct SlideDeck
{
    RunningOrder order;
    QList<PresenterSlide> slides; // presenterSlides(order)
    QHash<qint64, QImage> photos; // by nominee id: the photo attachment, when there is one

    int count() const { return int(slides.size()); }
};

// The logical size slides are drawn in (16:9); paintSlide scales to the rect.
inline constexpr qreal kSlideWidth = 1600;
inline constexpr qreal kSlideHeight = 900;

// The deck of an order (no photos).
SlideDeck slideDeck(const RunningOrder &order);

// Loads the running order of the active campaign (loadRunningOrder) and each
// honoree's photo: the first JPG or PNG attachment whose file name begins
// with "ảnh", "anh", "chân dung", "photo" or "portrait" (case and diacritics
// ignored), decoded at most 1200 px on its longer side.
Result<SlideDeck> loadSlideDeck(Database &db, const ScriptTiming &timing = {});

// Paints slide `index` of the deck into `rect` (letterboxed to 16:9 on black):
// white and yellow on black, sans-serif type that shrinks only when a text
// would not fit. An index out of range paints black.
void paintSlide(QPainter &painter, const QRectF &rect, const SlideDeck &deck, int index);

// The deck as a painted document: one 16:9 page (338.7 × 190.5 mm) per slide.
PaintedDocument slideDocument(const SlideDeck &deck);

} // namespace vd::docs
