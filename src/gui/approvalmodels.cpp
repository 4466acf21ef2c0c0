#include "approvalmodels.h"

#include <QApplication>
#include <QColor>
#include <QPainter>

namespace vd::gui {

BlocTallyModel::BlocTallyModel(QObject *parent) : ListTableModel(ColumnCount, parent) { }

QVariant BlocTallyModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size() || index.column() >= ColumnCount)
        return {};
    const BlocTally &t = m_items.at(index.row());
    switch (role) {
    case BlocIdRole:
        return t.blocId;
    case OverSubscribedRole:
        return t.eligible > t.quota;
    case FillRole:
        return int(t.approved > t.quota                   ? Fill::Over
                   : t.approved == t.quota && t.quota > 0 ? Fill::Filled
                                                          : Fill::Free);
    case Qt::AccessibleTextRole:
        if (index.column() != ProgressColumn)
            return data(index, Qt::DisplayRole);
        [[fallthrough]];
    case ProgressTextRole: {
        // The number in words next to the colour, for whoever does not see colours.
        const QString figures = QStringLiteral("%1/%2").arg(t.approved).arg(t.quota);
        if (t.approved > t.quota)
            return tr("%1 — vượt %2").arg(figures).arg(t.approved - t.quota);
        if (t.approved == t.quota && t.quota > 0)
            return tr("%1 — đủ chỉ tiêu").arg(figures);
        return tr("%1 — còn %2 chỗ").arg(figures).arg(t.quota - t.approved);
    }
    case Qt::TextAlignmentRole:
        return index.column() == BlocColumn ? QVariant() : QVariant(int(Qt::AlignCenter));
    case Qt::ToolTipRole:
        if (t.eligible > t.quota) {
            return tr("Khối %1 có %2 người đủ điều kiện cho %3 chỉ tiêu: cần chọn.")
                .arg(t.name)
                .arg(t.eligible)
                .arg(t.quota);
        }
        return tr("Khối %1: đã duyệt %2 / %3").arg(t.name).arg(t.approved).arg(t.quota);
    case Qt::DisplayRole:
        switch (index.column()) {
        case BlocColumn:
            return t.name;
        case QuotaColumn:
            return t.quota;
        case NominatedColumn:
            return t.nominated;
        case EligibleColumn:
            return t.eligible;
        case ApprovedColumn:
            return t.approved;
        case RemainingColumn:
            return t.remaining();
        case ProgressColumn:
            return t.quota > 0 ? 100 * t.approved / t.quota : 0;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant BlocTallyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case BlocColumn:
        return tr("Khối");
    case QuotaColumn:
        return tr("Chỉ tiêu");
    case NominatedColumn:
        return tr("Đề nghị");
    case EligibleColumn:
        return tr("Đủ điều kiện");
    case ApprovedColumn:
        return tr("Đã duyệt");
    case RemainingColumn:
        return tr("Còn lại");
    case ProgressColumn:
        return tr("Tiến độ");
    default:
        return {};
    }
}

void TallyProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionProgressBar bar;
    bar.rect = option.rect.adjusted(4, 4, -4, -4);
    bar.minimum = 0;
    bar.maximum = 100;
    bar.progress = qBound(0, index.data().toInt(), 100);
    bar.textVisible = true;
    bar.text = index.data(BlocTallyModel::ProgressTextRole).toString();
    bar.state = option.state | QStyle::State_Horizontal;
    bar.palette = option.palette;
    // Coloured by meaning, never by a threshold of the percentage: blue while
    // places are free, green when the quota is filled, red when over it.
    switch (BlocTallyModel::Fill(index.data(BlocTallyModel::FillRole).toInt())) {
    case BlocTallyModel::Fill::Free:
        bar.palette.setColor(QPalette::Highlight, QColor(0x15, 0x65, 0xc0));
        break;
    case BlocTallyModel::Fill::Filled:
        bar.palette.setColor(QPalette::Highlight, QColor(0x2e, 0x7d, 0x32));
        break;
    case BlocTallyModel::Fill::Over:
        bar.palette.setColor(QPalette::Highlight, QColor(0xc6, 0x28, 0x28));
        break;
    }
    bar.palette.setColor(QPalette::HighlightedText, Qt::white);
    QStyledItemDelegate::paint(painter, option, QModelIndex());
    QApplication::style()->drawControl(QStyle::CE_ProgressBar, &bar, painter);
}

ApprovalCandidateModel::ApprovalCandidateModel(QObject *parent) : QAbstractTableModel(parent) { }

void ApprovalCandidateModel::setCandidates(const QList<Nominee> &nominees)
{
    beginResetModel();
    m_nominees = nominees;
    QSet<qint64> still;
    for (const Nominee &n : nominees) {
        if (m_checked.contains(n.id))
            still.insert(n.id);
    }
    m_checked = still;
    endResetModel();
    emit checksChanged();
}

QList<qint64> ApprovalCandidateModel::checkedIds(bool approved) const
{
    QList<qint64> ids;
    for (const Nominee &n : m_nominees) {
        if (m_checked.contains(n.id) && n.approved == approved)
            ids.append(n.id);
    }
    return ids;
}

void ApprovalCandidateModel::setChecked(qint64 id, bool checked)
{
    for (int row = 0; row < m_nominees.size(); ++row) {
        if (m_nominees.at(row).id == id) {
            setData(index(row, NameColumn), checked ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
            return;
        }
    }
}

void ApprovalCandidateModel::clearChecks()
{
    if (m_checked.isEmpty())
        return;
    m_checked.clear();
    if (!m_nominees.isEmpty())
        emit dataChanged(index(0, NameColumn), index(rowCount() - 1, NameColumn), { Qt::CheckStateRole });
    emit checksChanged();
}

int ApprovalCandidateModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_nominees.size());
}

int ApprovalCandidateModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ApprovalCandidateModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_nominees.size() || index.column() >= ColumnCount)
        return {};
    const Nominee &n = m_nominees.at(index.row());
    if (role == NomineeIdRole)
        return n.id;
    if (role == Qt::CheckStateRole && index.column() == NameColumn)
        return m_checked.contains(n.id) ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ForegroundRole && index.column() == StatusColumn && n.approved)
        return QColor(0x2e, 0x7d, 0x32);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (role == Qt::ToolTipRole && index.column() == StatusColumn && n.review.isSet()) {
        return tr("Đã xem xét (%1): %2 — %3, %4")
            .arg(n.review.codes.join(QStringLiteral(", ")), n.review.note, n.review.by,
                 n.review.at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")));
    }
    switch (index.column()) {
    case NameColumn:
        return n.fullName;
    case UnitColumn:
        return n.unitName;
    case PositionColumn:
        return n.position;
    case StatusColumn:
        // The candidates are eligible; a set review is the one that made them so.
        if (n.review.isSet())
            return n.approved ? tr("Đã duyệt (đã xem xét)") : tr("Chưa duyệt (đã xem xét)");
        return n.approved ? tr("Đã duyệt") : tr("Chưa duyệt");
    default:
        return {};
    }
}

bool ApprovalCandidateModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= m_nominees.size() || index.column() != NameColumn
        || role != Qt::CheckStateRole)
        return false;
    const qint64 id = m_nominees.at(index.row()).id;
    const bool checked = value.toInt() == Qt::Checked;
    if (checked == m_checked.contains(id))
        return true;
    if (checked)
        m_checked.insert(id);
    else
        m_checked.remove(id);
    emit dataChanged(index, index, { Qt::CheckStateRole });
    emit checksChanged();
    return true;
}

Qt::ItemFlags ApprovalCandidateModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == NameColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant ApprovalCandidateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Họ và tên");
    case UnitColumn:
        return tr("Đơn vị");
    case PositionColumn:
        return tr("Chức vụ");
    case StatusColumn:
        return tr("Trạng thái");
    default:
        return {};
    }
}

} // namespace vd::gui
