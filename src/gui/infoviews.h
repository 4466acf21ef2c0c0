// Page Hội nghị: the campaign's conference details (read-only) and the
// reception desk's check-in (checkinview.h). Xuất & in is
// OutputsView (outputsview.h).
#pragma once

#include <QWidget>

class QTabWidget;
class QTextBrowser;

namespace vd::gui {

class CheckinView;
class Session;

class ConferenceView : public QWidget
{
    Q_OBJECT

public:
    explicit ConferenceView(Session &session, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    Session &m_session;
    QTabWidget *m_tabs = nullptr;
    QTextBrowser *m_browser = nullptr;
    CheckinView *m_checkin = nullptr;
};

} // namespace vd::gui
