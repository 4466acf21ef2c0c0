// Filters and sorts the nominee list on the keys NomineeTableModel precomputed:
// no folding or collation per comparison, so 100 000 rows filter as you type.
// The search is worked out once per query for all rows (NomineeSearch: each
// distinct text once, a growing query only over what it found before).
#pragma once

#include "nomineesearch.h"

#include <QSortFilterProxyModel>

namespace vd::gui {

class NomineeTableModel;

class NomineeFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Approval { Any, Approved, NotApproved };

    explicit NomineeFilterProxy(QObject *parent = nullptr);

    void setNomineeModel(NomineeTableModel *model);

    // 0 / -1 / empty mean "all".
    void setBlocId(qint64 blocId);
    void setUnitId(qint64 unitId);
    void setVerdict(int verdict);
    void setApproval(Approval approval);
    // Accent- and case-insensitive: "nguyen van a" finds "Nguyễn Văn A".
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();
    // Brings m_found up to m_search and the model's current keys.
    void updateFound() const;

    NomineeTableModel *m_model = nullptr;
    qint64 m_blocId = 0;
    qint64 m_unitId = 0;
    int m_verdict = -1;
    Approval m_approval = Approval::Any;
    QString m_search;
    // The rows m_search finds, for the model's keys of generation m_foundGeneration.
    mutable NomineeSearch m_found;
    mutable quint64 m_foundGeneration = 0;
    mutable bool m_foundKnown = false; // m_found holds some query's rows of m_foundGeneration
    mutable bool m_foundStale = true; // m_search changed since
};

} // namespace vd::gui
