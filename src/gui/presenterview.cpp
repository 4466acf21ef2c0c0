#include "presenterview.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScreen>

namespace vd::gui {

PresenterView::PresenterView(docs::SlideDeck deck, QWidget *parent)
    : QWidget(parent, Qt::Window), m_deck(std::move(deck))
{
    setObjectName(QStringLiteral("presenterView"));
    setAttribute(Qt::WA_DeleteOnClose);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::BlankCursor);
    setWindowTitle(tr("Trình chiếu — %1").arg(m_deck.order.campaign.name));
    setAccessibleName(tr("Màn hình trình chiếu"));
    setAccessibleDescription(slideText());
}

void PresenterView::showOnScreen(QScreen *screen)
{
    if (screen) {
        setScreen(screen);
        setGeometry(screen->geometry());
    }
    showFullScreen();
    raise();
    activateWindow();
    setFocus();
}

QString PresenterView::slideText() const
{
    if (m_blackout)
        return tr("Màn hình tối");
    if (m_index < 0 || m_index >= m_deck.count())
        return {};
    const PresenterSlide &s = m_deck.slides.at(m_index);
    switch (s.kind) {
    case PresenterSlide::Kind::Title:
        return m_deck.order.campaign.name;
    case PresenterSlide::Kind::Batch: {
        const CallOutBatch &b = m_deck.order.batches.at(s.batch);
        return tr("Lượt %1, khối %2, %n người", nullptr, int(b.honorees.size())).arg(b.number).arg(b.bloc.name);
    }
    case PresenterSlide::Kind::Honoree: {
        const Nominee &n = m_deck.order.batches.at(s.batch).honorees.at(s.honoree);
        return tr("%1, %2").arg(n.fullName, n.unitName);
    }
    }
    return {};
}

void PresenterView::go(int index)
{
    index = qBound(0, index, qMax(0, m_deck.count() - 1));
    if (index == m_index && !m_blackout)
        return;
    m_index = index;
    m_blackout = false;
    setAccessibleDescription(slideText());
    update();
    emit slideChanged(m_index);
}

void PresenterView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::black);
    if (!m_blackout)
        docs::paintSlide(painter, QRectF(rect()), m_deck, m_index);
}

void PresenterView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Space:
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_PageDown:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        go(m_index + 1);
        break;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
        go(m_index - 1);
        break;
    case Qt::Key_Home:
        go(0);
        break;
    case Qt::Key_End:
        go(m_deck.count() - 1);
        break;
    case Qt::Key_B:
    case Qt::Key_Period:
        m_blackout = !m_blackout;
        setAccessibleDescription(slideText());
        update();
        break;
    case Qt::Key_Escape:
        close();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void PresenterView::mousePressEvent(QMouseEvent *event)
{
    // A clicker that sends mouse buttons: left forward, right back.
    if (event->button() == Qt::LeftButton)
        go(m_index + 1);
    else if (event->button() == Qt::RightButton)
        go(m_index - 1);
    else
        QWidget::mousePressEvent(event);
}

} // namespace vd::gui
