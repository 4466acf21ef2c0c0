// Đơn vị: the units of the campaign with their bloc and number of nominees.
#pragma once

#include "domain.h"
#include "listtablemodel.h"
#include "unitstore.h"

namespace vd::gui {

class UnitTableModel : public ListTableModel<UnitSummary>
{
    Q_OBJECT

public:
    enum Column { NameColumn, BlocColumn, CountColumn, ColumnCount };
    enum Role { UnitIdRole = Qt::UserRole + 1 };

    explicit UnitTableModel(QObject *parent = nullptr);

    void setUnits(const Campaign &campaign, const QList<UnitSummary> &units);
    const UnitSummary *unitAt(int row) const { return itemAt(row); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QHash<qint64, QString> m_blocNames;
};

} // namespace vd::gui
