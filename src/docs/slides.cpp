#include "slides.h"

#include "attachmentstore.h"
#include "database.h"
#include "doctext.h"
#include "documents.h"
#include "textfold.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QImageReader>
#include <QPainter>

namespace vd::docs {

namespace {

const QColor kBackground(0, 0, 0);
const QColor kText(255, 255, 255);
const QColor kAccent(255, 214, 10); // yellow on black: contrast ratio above 14:1
const QColor kSoft(224, 224, 224);
constexpr qreal kMargin = 80;
constexpr qreal kMaxPhotoSide = 1200;

QFont slideFont(qreal pixelSize, bool bold = false, bool italic = false)
{
    QFont font(QStringLiteral("Liberation Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPixelSize(qMax(1, qRound(pixelSize)));
    font.setBold(bold);
    font.setItalic(italic);
    return font;
}

// Draws `text` word-wrapped in `rect`, at `size` or smaller until it fits.
void fitText(QPainter &p, const QRectF &rect, const QString &text, qreal size, const QColor &color, int align,
             bool bold = false, bool italic = false)
{
    if (text.isEmpty())
        return;
    const int flags = align | Qt::TextWordWrap;
    QFont font = slideFont(size, bold, italic);
    for (qreal s = size; s >= 16; s *= 0.92) {
        font = slideFont(s, bold, italic);
        const QRectF need = QFontMetricsF(font).boundingRect(rect, flags, text);
        if (need.height() <= rect.height() && need.width() <= rect.width() + 0.5)
            break;
    }
    p.setFont(font);
    p.setPen(color);
    p.drawText(rect, flags, text);
}

QString blocLine(const CallOutBatch &batch, int batches)
{
    return DocText::tr("Lượt %1/%2 · Khối %3").arg(batch.number).arg(batches).arg(batch.bloc.name);
}

QString presenterLine(const Delegate &d)
{
    const QString who = d.title.isEmpty()  ? d.body
                        : d.body.isEmpty() ? d.title
                                           : DocText::tr("%1, %2").arg(d.title, d.body);
    return who.isEmpty() ? DocText::tr("Trao thưởng: đồng chí %1").arg(d.fullName)
                         : DocText::tr("Trao thưởng: đồng chí %1 — %2").arg(d.fullName, who);
}

void paintTitle(QPainter &p, const RunningOrder &order)
{
    const Campaign &c = order.campaign;
    const qreal w = kSlideWidth - 2 * kMargin;
    fitText(p, QRectF(kMargin, 70, w, 110), c.issuingBody, 44, kAccent, Qt::AlignCenter, true);
    p.fillRect(QRectF(kSlideWidth / 2 - 160, 200, 320, 6), kAccent);
    fitText(p, QRectF(kMargin, 250, w, 380), c.name.toUpper(), 88, kText, Qt::AlignCenter, true);
    QStringList when;
    if (!conferenceWhen(c).isEmpty())
        when << conferenceWhen(c);
    if (!c.conferencePlace.isEmpty())
        when << c.conferencePlace;
    fitText(p, QRectF(kMargin, 670, w, 150), when.join(QLatin1Char('\n')), 42, kSoft, Qt::AlignCenter);
}

void paintBatch(QPainter &p, const RunningOrder &order, const CallOutBatch &batch)
{
    const qreal w = kSlideWidth - 2 * kMargin;
    fitText(p, QRectF(kMargin, 50, w, 90), blocLine(batch, int(order.batches.size())), 60, kAccent,
            Qt::AlignLeft | Qt::AlignVCenter, true);
    p.fillRect(QRectF(kMargin, 150, w, 4), kAccent);
    // The names in two columns (one when few).
    const int count = int(batch.honorees.size());
    const int perColumn = count > 5 ? (count + 1) / 2 : count;
    const qreal columnWidth = count > 5 ? (w - 40) / 2 : w;
    const qreal top = 180;
    const qreal lineHeight = qMin<qreal>(110, 560.0 / qMax(1, perColumn));
    for (int i = 0; i < count; ++i) {
        const int column = i / qMax(1, perColumn);
        const int row = i % qMax(1, perColumn);
        const QRectF cell(kMargin + column * (columnWidth + 40), top + row * lineHeight, columnWidth, lineHeight);
        fitText(p, cell, QStringLiteral("%1. %2").arg(batch.firstNumber + i).arg(batch.honorees.at(i).fullName),
                qMin<qreal>(56, lineHeight * 0.62), kText, Qt::AlignLeft | Qt::AlignVCenter, true);
    }
    if (batch.hasPresenter())
        fitText(p, QRectF(kMargin, 760, w, 100), presenterLine(batch.presenter), 40, kAccent,
                Qt::AlignLeft | Qt::AlignVCenter);
}

void paintHonoree(QPainter &p, const SlideDeck &deck, const CallOutBatch &batch, int index)
{
    const Nominee &n = batch.honorees.at(index);
    const qreal w = kSlideWidth - 2 * kMargin;
    fitText(p, QRectF(kMargin, 40, w, 80),
            DocText::tr("%1 · %2/%3")
                .arg(blocLine(batch, int(deck.order.batches.size())))
                .arg(batch.firstNumber + index)
                .arg(deck.order.honorees),
            40, kAccent, Qt::AlignLeft | Qt::AlignVCenter);
    p.fillRect(QRectF(kMargin, 130, w, 4), kAccent);

    qreal x = kMargin;
    const QImage photo = deck.photos.value(n.id);
    if (!photo.isNull()) {
        const QRectF frame(kMargin, 180, 440, 620);
        const QSizeF size = QSizeF(photo.size()).scaled(frame.size(), Qt::KeepAspectRatio);
        const QRectF target(frame.left() + (frame.width() - size.width()) / 2,
                            frame.top() + (frame.height() - size.height()) / 2, size.width(), size.height());
        p.drawImage(target, photo);
        x = frame.right() + 60;
    }
    const qreal tw = kSlideWidth - kMargin - x;
    fitText(p, QRectF(x, 180, tw, 230), n.fullName, 104, kText, Qt::AlignLeft | Qt::AlignBottom, true);
    QStringList who;
    if (!n.position.isEmpty())
        who << n.position;
    if (!n.unitName.isEmpty())
        who << n.unitName;
    fitText(p, QRectF(x, 430, tw, 170), who.join(QLatin1Char('\n')), 50, kText, Qt::AlignLeft | Qt::AlignTop);
    fitText(p, QRectF(x, 610, tw, 70), categoryName(n.category), 46, kAccent, Qt::AlignLeft | Qt::AlignVCenter, true);
    fitText(p, QRectF(x, 690, tw, 150), achievementLine(n), 40, kSoft, Qt::AlignLeft | Qt::AlignTop, false, true);
}

bool isPhotoName(const QString &fileName)
{
    const QString key = foldKey(fileName);
    for (const char *prefix : { "anh", "chandung", "photo", "portrait" }) {
        if (key.startsWith(QLatin1String(prefix)))
            return true;
    }
    return false;
}

QImage decodePhoto(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isValid() && qMax(size.width(), size.height()) > kMaxPhotoSide)
        reader.setScaledSize(size.scaled(int(kMaxPhotoSide), int(kMaxPhotoSide), Qt::KeepAspectRatio));
    return reader.read(); // null when it is not a readable image
}

} // namespace

SlideDeck slideDeck(const RunningOrder &order)
{
    SlideDeck deck;
    deck.order = order;
    deck.slides = presenterSlides(order);
    return deck;
}

Result<SlideDeck> loadSlideDeck(Database &db, const ScriptTiming &timing)
{
    auto order = loadRunningOrder(db, timing);
    if (!order)
        return order.error();
    SlideDeck deck = slideDeck(*order);
    AttachmentStore store(db);
    for (const CallOutBatch &batch : deck.order.batches) {
        for (const Nominee &n : batch.honorees) {
            auto files = store.list(n.id);
            if (!files)
                return files.error();
            for (const Attachment &a : std::as_const(*files)) {
                if (!a.mimeType.startsWith(QLatin1String("image/")) || !isPhotoName(a.fileName))
                    continue;
                auto bytes = store.data(a.id);
                if (!bytes)
                    return bytes.error();
                const QImage photo = decodePhoto(*bytes);
                if (!photo.isNull()) {
                    deck.photos.insert(n.id, photo);
                    break;
                }
            }
        }
    }
    return deck;
}

void paintSlide(QPainter &painter, const QRectF &rect, const SlideDeck &deck, int index)
{
    painter.save();
    painter.fillRect(rect, kBackground);
    // Letterbox: the largest 16:9 rectangle centred in `rect`.
    const QSizeF size = QSizeF(kSlideWidth, kSlideHeight).scaled(rect.size(), Qt::KeepAspectRatio);
    painter.translate(rect.left() + (rect.width() - size.width()) / 2,
                      rect.top() + (rect.height() - size.height()) / 2);
    painter.scale(size.width() / kSlideWidth, size.height() / kSlideHeight);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    if (index >= 0 && index < deck.slides.size()) {
        const PresenterSlide &slide = deck.slides.at(index);
        switch (slide.kind) {
        case PresenterSlide::Kind::Title:
            paintTitle(painter, deck.order);
            break;
        case PresenterSlide::Kind::Batch:
            paintBatch(painter, deck.order, deck.order.batches.at(slide.batch));
            break;
        case PresenterSlide::Kind::Honoree:
            paintHonoree(painter, deck, deck.order.batches.at(slide.batch), slide.honoree);
            break;
        }
    }
    painter.restore();
}

PaintedDocument slideDocument(const SlideDeck &deck)
{
    PaintedDocument doc;
    doc.title = DocText::tr("Trình chiếu %1").arg(deck.order.campaign.name);
    // 13.333 × 7.5 in, the 16:9 of presentation programs; portrait size turned.
    doc.page.pageSize = QPageSize(QSizeF(190.5, 338.667), QPageSize::Millimeter, QString(), QPageSize::ExactMatch);
    doc.page.orientation = QPageLayout::Landscape;
    doc.page.marginsMm = { 0, 0, 0, 0 };
    doc.page.pageNumbers = false;
    doc.pageCount = deck.count();
    doc.paintPage = [deck](QPainter &painter, int index, qreal pxPerMm) {
        paintSlide(painter, QRectF(0, 0, 338.667 * pxPerMm, 190.5 * pxPerMm), deck, index);
    };
    return doc;
}

} // namespace vd::docs
