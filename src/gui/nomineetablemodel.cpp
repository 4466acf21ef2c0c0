#include "nomineetablemodel.h"

namespace vd::gui {

NomineeTableModel::NomineeTableModel(QObject *parent) : QAbstractTableModel(parent) { }

void NomineeTableModel::setNominees(const Campaign &campaign, const QList<Nominee> &nominees)
{
    beginResetModel();
    m_campaign = campaign;
    m_nominees = nominees;
    endResetModel();
}

const Nominee *NomineeTableModel::nomineeAt(int row) const
{
    return row >= 0 && row < m_nominees.size() ? &m_nominees.at(row) : nullptr;
}

int NomineeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_nominees.size());
}

int NomineeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NomineeTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_nominees.size())
        return {};
    const Nominee &n = m_nominees.at(index.row());
    if (role == NomineeIdRole)
        return n.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn: return n.fullName;
    case BlocColumn: {
        const Bloc *b = m_campaign.blocById(n.blocId);
        return b ? b->name : QString();
    }
    case UnitColumn: return n.unitName;
    case PositionColumn: return n.position;
    case ReceivedColumn: return n.receivedDate.isValid() ? n.receivedDate.toString(QStringLiteral("dd/MM/yyyy")) : QString();
    case ApprovedColumn: return n.approved ? tr("Đã duyệt") : QString();
    default: return {};
    }
}

QVariant NomineeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Họ và tên");
    case BlocColumn: return tr("Khối");
    case UnitColumn: return tr("Đơn vị");
    case PositionColumn: return tr("Chức vụ");
    case ReceivedColumn: return tr("Ngày nhận hồ sơ");
    case ApprovedColumn: return tr("Duyệt");
    default: return {};
    }
}

} // namespace vd::gui
