// Công cụ ▸ Tìm trong mọi đợt…: a person in every campaign by name (any
// spelling: accents, case, NFC/NFD, đ) or CCCD digits, with their
// nominations, verdicts and approvals by year (PersonStore::search(),
// HistoryPanel; docs/history.md, docs/gui.md). Read-only.
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QTableWidget;
class QTimer;

namespace vd::gui {

class HistoryPanel;
class Session;

class SearchAllDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SearchAllDialog(Session &session, QWidget *parent = nullptr);

    // Runs the search for the text typed now (the dialog waits a moment after
    // each keystroke otherwise).
    void searchNow();
    int resultCount() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showSelected();

    Session &m_session;
    QLabel *m_searchLabel = nullptr;
    QLineEdit *m_search = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_statusLabel = nullptr;
    HistoryPanel *m_history = nullptr;
    QTimer *m_delay = nullptr;
};

} // namespace vd::gui
