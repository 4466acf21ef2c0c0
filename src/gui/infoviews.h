// Read-only page: Hội nghị (the campaign's conference details). Xuất & in is
// OutputsView (outputsview.h).
#pragma once

#include <QWidget>

class QTextBrowser;

namespace vd::gui {

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
    QTextBrowser *m_browser = nullptr;
};

} // namespace vd::gui
