// Filters and sorts the nominee list on the keys NomineeTableModel precomputed:
// no folding or collation per comparison, so 100 000 rows filter as you type.
#pragma once

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

    NomineeTableModel *m_model = nullptr;
    qint64 m_blocId = 0;
    qint64 m_unitId = 0;
    int m_verdict = -1;
    Approval m_approval = Approval::Any;
    QString m_search;
};

} // namespace vd::gui
