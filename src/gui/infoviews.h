// Page Hội nghị: the campaign's conference details (read-only), the movement
// report's figures (statsview.h), the council session (councilview.h), the
// budget estimate (budgetview.h), the reception desk's check-in
// (checkinview.h) and the presenter view for the hall screen (presenterview.h). Xuất & in is
// OutputsView (outputsview.h).
#pragma once

#include <QWidget>

class QComboBox;
class QPushButton;
class QTabWidget;
class QTextBrowser;

namespace vd::gui {

class BudgetView;
class CheckinView;
class CouncilView;
class PresenterView;
class Session;
class StatsView;

class ConferenceView : public QWidget
{
    Q_OBJECT

public:
    explicit ConferenceView(Session &session, QWidget *parent = nullptr);

    // Opens the presenter view (presenterview.h) full screen on the screen
    // chosen in screenComboBox; null (and a message) when nothing is approved.
    PresenterView *present();

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void fillScreens();
    Session &m_session;
    QComboBox *m_screens = nullptr;
    QPushButton *m_present = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTextBrowser *m_browser = nullptr;
    StatsView *m_stats = nullptr;
    CouncilView *m_council = nullptr;
    BudgetView *m_budget = nullptr;
    CheckinView *m_checkin = nullptr;
};

} // namespace vd::gui
