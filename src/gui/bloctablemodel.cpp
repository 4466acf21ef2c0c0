#include "bloctablemodel.h"

#include "textfold.h"

#include <QComboBox>
#include <QSet>

namespace vd::gui {

BlocTableModel::BlocTableModel(QObject *parent) : ListTableModel(ColumnCount, parent) { }

void BlocTableModel::setBlocs(const QList<Bloc> &blocs)
{
    beginResetModel();
    m_items = blocs;
    endResetModel();
    emit totalQuotaChanged(totalQuota());
}

int BlocTableModel::totalQuota() const
{
    int total = 0;
    for (const Bloc &b : m_items)
        total += b.quota;
    return total;
}

void BlocTableModel::addBloc()
{
    const int row = int(m_items.size());
    beginInsertRows({}, row, row);
    Bloc b;
    b.code = QStringLiteral("MOI%1").arg(row + 1);
    b.name = tr("Khối mới");
    m_items.append(b);
    endInsertRows();
    emit totalQuotaChanged(totalQuota());
}

bool BlocTableModel::removeBloc(int row)
{
    if (row < 0 || row >= m_items.size())
        return false;
    beginRemoveRows({}, row, row);
    m_items.removeAt(row);
    endRemoveRows();
    emit totalQuotaChanged(totalQuota());
    return true;
}

bool BlocTableModel::moveBloc(int row, int delta)
{
    const int target = row + delta;
    if (row < 0 || row >= m_items.size() || target < 0 || target >= m_items.size() || delta == 0)
        return false;
    // beginMoveRows takes the destination *before* which the row is inserted.
    const int destination = delta > 0 ? target + 1 : target;
    if (!beginMoveRows({}, row, row, {}, destination))
        return false;
    m_items.move(row, target);
    endMoveRows();
    return true;
}

QString BlocTableModel::validationError() const
{
    if (m_items.isEmpty())
        return tr("Đợt biểu dương cần ít nhất một khối.");
    QSet<QString> codes;
    for (int i = 0; i < m_items.size(); ++i) {
        const Bloc &b = m_items.at(i);
        if (b.code.trimmed().isEmpty())
            return tr("Dòng %1: chưa có mã khối.").arg(i + 1);
        if (b.name.trimmed().isEmpty())
            return tr("Dòng %1: chưa có tên khối.").arg(i + 1);
        const QString key = foldKey(b.code);
        if (codes.contains(key))
            return tr("Dòng %1: mã khối %2 bị trùng.").arg(i + 1).arg(b.code);
        codes.insert(key);
    }
    return {};
}

QVariant BlocTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const Bloc &b = m_items.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case CodeColumn:
            return b.code;
        case NameColumn:
            return b.name;
        case SectorColumn:
            return sectorCode(b.sector);
        case QuotaColumn:
            return b.quota;
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == QuotaColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

bool BlocTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= m_items.size())
        return false;
    Bloc &b = m_items[index.row()];
    switch (index.column()) {
    case CodeColumn: {
        const QString code = value.toString().trimmed().toUpper();
        if (code.isEmpty())
            return false;
        b.code = code;
        break;
    }
    case NameColumn: {
        const QString name = normalizeText(value.toString());
        if (name.isEmpty())
            return false;
        b.name = name;
        break;
    }
    case SectorColumn:
        if (!parseSectorCode(value.toString(), &b.sector))
            return false;
        break;
    case QuotaColumn: {
        bool ok = false;
        const int quota = value.toInt(&ok);
        if (!ok || quota < 0)
            return false;
        b.quota = quota;
        emit dataChanged(index, index);
        emit totalQuotaChanged(totalQuota());
        return true;
    }
    default:
        return false;
    }
    emit dataChanged(index, index);
    return true;
}

Qt::ItemFlags BlocTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}

QVariant BlocTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CodeColumn:
        return tr("Mã khối");
    case NameColumn:
        return tr("Tên khối");
    case SectorColumn:
        return tr("Khu vực");
    case QuotaColumn:
        return tr("Chỉ tiêu");
    default:
        return {};
    }
}

QWidget *SectorDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("sectorComboBox"));
    combo->addItem(tr("HCSN — hành chính, sự nghiệp"), QStringLiteral("HCSN"));
    combo->addItem(tr("SXKD — sản xuất kinh doanh"), QStringLiteral("SXKD"));
    return combo;
}

void SectorDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    combo->setCurrentIndex(qMax(0, combo->findData(index.data(Qt::EditRole))));
}

void SectorDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
}

} // namespace vd::gui
