// The nominee list: a flat table over an in-memory snapshot of the campaign's
// nominees, loaded with one query. Scales to 100 000 rows (no per-row queries).
#pragma once

#include "domain.h"

#include <QAbstractTableModel>

namespace vd::gui {

class NomineeTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, BlocColumn, UnitColumn, PositionColumn, ReceivedColumn, ApprovedColumn, ColumnCount };
    enum Role { NomineeIdRole = Qt::UserRole + 1, SortKeyRole };

    explicit NomineeTableModel(QObject *parent = nullptr);

    void setNominees(const Campaign &campaign, const QList<Nominee> &nominees);
    const Nominee *nomineeAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Campaign m_campaign;
    QList<Nominee> m_nominees;
};

} // namespace vd::gui
