#include "reloadwhenshown.h"

#include "session.h"

#include <QEvent>
#include <QWidget>

namespace vd::gui {

ReloadWhenShown::ReloadWhenShown(QWidget *view, Session &session, std::function<void()> reload)
    : QObject(view), m_view(view), m_reload(std::move(reload))
{
    view->installEventFilter(this);
    connect(&session, &Session::reloaded, this, &ReloadWhenShown::request);
}

void ReloadWhenShown::request()
{
    if (m_view->isVisible()) {
        m_stale = false;
        m_reload();
    } else {
        m_stale = true;
    }
}

bool ReloadWhenShown::eventFilter(QObject *watched, QEvent *event)
{
    // Before the view paints: the reload runs while it is being shown.
    if (watched == m_view && event->type() == QEvent::Show && m_stale) {
        m_stale = false;
        m_reload();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace vd::gui
