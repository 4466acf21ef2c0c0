// Models of the approval view: one row per bloc with its figures, and the
// eligible nominees of one bloc with check boxes.
#pragma once

#include "domain.h"
#include "listtablemodel.h"
#include "rules.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QStyledItemDelegate>

namespace vd::gui {

class BlocTallyModel : public ListTableModel<BlocTally>
{
    Q_OBJECT

public:
    enum Column {
        BlocColumn,
        QuotaColumn,
        NominatedColumn,
        EligibleColumn,
        ApprovedColumn,
        RemainingColumn,
        ProgressColumn,
        ColumnCount
    };
    enum Role { BlocIdRole = Qt::UserRole + 1, OverSubscribedRole, FillRole, ProgressTextRole };
    // What the progress bar means (issue 16): places still free, the quota
    // filled exactly, or more approved than the quota. FillRole gives it.
    enum class Fill { Free, Filled, Over };

    explicit BlocTallyModel(QObject *parent = nullptr);
    void setTallies(const QList<BlocTally> &tallies) { setItems(tallies); }
    const BlocTally *tallyAt(int row) const { return itemAt(row); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

// Paints the progress column: approved / quota, red when the bloc has more
// eligible nominees than its quota (the council must choose).
class TallyProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

class ApprovalCandidateModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, UnitColumn, PositionColumn, StatusColumn, ColumnCount };
    enum Role { NomineeIdRole = Qt::UserRole + 1 };

    explicit ApprovalCandidateModel(QObject *parent = nullptr);
    // The nominees to show (eligible or already approved), in display order.
    void setCandidates(const QList<Nominee> &nominees);
    QList<qint64> checkedIds(bool approved) const;
    void setChecked(qint64 id, bool checked);
    void clearChecks();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void checksChanged();

private:
    QList<Nominee> m_nominees;
    QSet<qint64> m_checked;
};

} // namespace vd::gui
