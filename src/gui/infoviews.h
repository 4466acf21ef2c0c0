// Read-only pages: Hội nghị (the campaign's conference details) and Xuất & in
// (what there is to print: the documents come with the documents issue).
#pragma once

#include <QWidget>

class QLabel;
class QTextBrowser;

namespace vd::gui {

class Session;

class ConferenceView : public QWidget
{
    Q_OBJECT

public:
    explicit ConferenceView(Session &session, QWidget *parent = nullptr);

private:
    void reload();
    Session &m_session;
    QTextBrowser *m_browser = nullptr;
};

class OutputsView : public QWidget
{
    Q_OBJECT

public:
    explicit OutputsView(Session &session, QWidget *parent = nullptr);

private:
    void reload();
    Session &m_session;
    QLabel *m_summary = nullptr;
};

} // namespace vd::gui
