// The presenter view for the hall screen (docs/conference.md, "Presenter
// view"): a full-screen window on the chosen screen showing the slides of the
// running order (docs/slides.h) — the title slide, then each batch and each
// honoree. Space, →, Page Down: forward; ←, Page Up, Backspace: back; Home,
// End; B or . (full stop): black-out on/off; Esc closes.
#pragma once

#include "slides.h"

#include <QWidget>

class QScreen;

namespace vd::gui {

class PresenterView : public QWidget
{
    Q_OBJECT

public:
    explicit PresenterView(docs::SlideDeck deck, QWidget *parent = nullptr);

    // Full screen on `screen` (null: the one it is on).
    void showOnScreen(QScreen *screen);

    int currentSlide() const { return m_index; }
    int slideCount() const { return m_deck.count(); }
    bool isBlackedOut() const { return m_blackout; }
    const docs::SlideDeck &deck() const { return m_deck; }
    // What the current slide says, for screen readers (the accessible description).
    QString slideText() const;

signals:
    void slideChanged(int index);

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    void go(int index);
    docs::SlideDeck m_deck;
    int m_index = 0;
    bool m_blackout = false;
};

} // namespace vd::gui
