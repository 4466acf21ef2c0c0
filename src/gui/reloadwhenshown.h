// Reloads a view when the session reloads — at once while the view is on
// screen, else the next time it is shown. Pages nobody looks at (the council's
// tally, the budget) then cost nothing on the window's thread when a large
// campaign arrives (docs/gui.md "Large campaigns").
#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace vd::gui {

class Session;

class ReloadWhenShown : public QObject
{
    Q_OBJECT

public:
    // Watches `view` (and is its child); `reload` is the view's own reload.
    ReloadWhenShown(QWidget *view, Session &session, std::function<void()> reload);

    // Reload now when the view is visible, else when it is next shown.
    void request();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_view;
    std::function<void()> m_reload;
    bool m_stale = false;
};

} // namespace vd::gui
