// Đón tiếp đại biểu: the reception desk's check-in screen. Type a few letters
// of a name without diacritics, Enter marks the highlighted delegate present;
// the counts present/invited per group follow live. docs/conference.md.
#pragma once

#include "delegates.h"
#include "listtablemodel.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace vd::gui {

class Session;

class DelegateTableModel : public ListTableModel<Delegate>
{
    Q_OBJECT

public:
    enum Column { NameColumn, TitleColumn, GroupColumn, SeatColumn, PresentColumn, ColumnCount };
    enum Role { DelegateIdRole = Qt::UserRole + 1 };

    explicit DelegateTableModel(QObject *parent = nullptr);

    void setDelegates(const QList<Delegate> &delegates) { setItems(delegates); }
    const Delegate *delegateAt(int row) const { return itemAt(row); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

class CheckinView : public QWidget
{
    Q_OBJECT

public:
    explicit CheckinView(Session &session, QWidget *parent = nullptr);

    QLineEdit *searchLineEdit() const { return m_search; }
    QTableView *tableView() const { return m_table; }
    QLabel *countsLabel() const { return m_counts; }
    // Reads the delegates again (after an import, or another PC's check-in).
    void reload();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter(bool keepCurrent);
    void markCurrent(bool present);
    void updateCounts();
    void retranslate();

    Session &m_session;
    QList<Delegate> m_all;
    DelegateTableModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_searchLabel = nullptr;
    QPushButton *m_present = nullptr;
    QPushButton *m_undo = nullptr;
};

} // namespace vd::gui
