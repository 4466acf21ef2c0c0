// Đơn vị: the units of the campaign with their bloc and number of nominees.
#pragma once

#include "domain.h"
#include "unitstore.h"

#include <QAbstractTableModel>

namespace vd::gui {

class UnitTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, BlocColumn, CountColumn, ColumnCount };
    enum Role { UnitIdRole = Qt::UserRole + 1 };

    explicit UnitTableModel(QObject *parent = nullptr);

    void setUnits(const Campaign &campaign, const QList<UnitSummary> &units);
    const UnitSummary *unitAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QHash<qint64, QString> m_blocNames;
    QList<UnitSummary> m_units;
};

} // namespace vd::gui
