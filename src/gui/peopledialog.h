// Công cụ ▸ Người có thể trùng…: the pairs of people that may be one person
// (PersonStore::conflicts) and a human's decision on each: one person (merge)
// or two (kept apart). Both are undoable steps (docs/history.md, docs/gui.md).
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace vd::gui {

class Session;

class PeopleDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PeopleDialog(Session &session, QWidget *parent = nullptr);
    int conflictCount() const;

private:
    void reload();
    void updateButtons();
    void decide(bool samePerson);

    Session &m_session;
    QLabel *m_introLabel = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_statusLabel = nullptr;
    QPushButton *m_mergeButton = nullptr;
    QPushButton *m_apartButton = nullptr;
    QString m_lastDecision; // shown above "none left" after each reload
};

} // namespace vd::gui
