#include "unittablemodel.h"

namespace vd::gui {

UnitTableModel::UnitTableModel(QObject *parent) : ListTableModel(ColumnCount, parent) { }

void UnitTableModel::setUnits(const Campaign &campaign, const QList<UnitSummary> &units)
{
    beginResetModel();
    m_blocNames.clear();
    for (const Bloc &b : campaign.blocs)
        m_blocNames.insert(b.id, b.name);
    m_items = units;
    endResetModel();
}

QVariant UnitTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size() || index.column() >= ColumnCount)
        return {};
    const UnitSummary &u = m_items.at(index.row());
    if (role == UnitIdRole)
        return u.unit.id;
    if (role == Qt::TextAlignmentRole && index.column() == CountColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return u.unit.name;
    case BlocColumn:
        return u.unit.blocId ? m_blocNames.value(u.unit.blocId) : tr("(chưa rõ khối)");
    case CountColumn:
        return u.nomineeCount;
    default:
        return {};
    }
}

QVariant UnitTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Đơn vị");
    case BlocColumn:
        return tr("Khối");
    case CountColumn:
        return tr("Số người được đề nghị");
    default:
        return {};
    }
}

} // namespace vd::gui
