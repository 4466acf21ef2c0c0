#include "councilmodels.h"

#include <QBrush>
#include <QFont>

namespace vd::gui {

CouncilMemberModel::CouncilMemberModel(QObject *parent) : ListTableModel(ColumnCount, parent) { }

QVariant CouncilMemberModel::data(const QModelIndex &index, int role) const
{
    const CouncilMember *m = itemAt(index);
    if (!m)
        return {};
    if (role == MemberIdRole)
        return m->id;
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case NameColumn:
            return m->fullName;
        case TitleColumn:
            return m->title;
        case UnitColumn:
            return m->unitName;
        case RoleColumn:
            return councilRoleName(m->role);
        case PresentColumn:
            return m->present ? tr("Có mặt") : tr("Vắng");
        }
    }
    if (role == Qt::ForegroundRole && !m->present)
        return QBrush(Qt::darkGray);
    return {};
}

QVariant CouncilMemberModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Họ và tên");
    case TitleColumn:
        return tr("Chức vụ");
    case UnitColumn:
        return tr("Đơn vị");
    case RoleColumn:
        return tr("Vai trò");
    case PresentColumn:
        return tr("Có mặt");
    }
    return {};
}

CouncilTallyModel::CouncilTallyModel(QObject *parent) : ListTableModel(ColumnCount, parent) { }

QString CouncilTallyModel::resultText(const TallyRow &r)
{
    if (!r.counted)
        return tr("Chưa kiểm phiếu");
    if (r.tiedAtCutoff && r.suggestedPlace > 0)
        return tr("Bằng phiếu ở vị trí cuối — Hội đồng quyết định (gợi ý theo ưu tiên: thứ %1)").arg(r.suggestedPlace);
    if (r.tiedAtCutoff)
        return tr("Bằng phiếu ở vị trí cuối — Hội đồng quyết định");
    if (r.preselected)
        return tr("Đề nghị (trong chỉ tiêu)");
    return r.passes ? tr("Đạt, ngoài chỉ tiêu") : tr("Không đạt đa số");
}

QVariant CouncilTallyModel::data(const QModelIndex &index, int role) const
{
    const TallyRow *r = itemAt(index);
    if (!r)
        return {};
    if (role == NomineeIdRole)
        return r->nominee.id;
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case RankColumn:
            return r->rank > 0 ? QVariant(r->rank) : QVariant(QStringLiteral("–"));
        case NameColumn:
            return r->nominee.fullName;
        case UnitColumn:
            return r->nominee.unitName;
        case AgreeColumn:
            return r->counted ? QVariant(r->vote.agree) : QVariant();
        case DisagreeColumn:
            return r->counted ? QVariant(r->vote.disagree) : QVariant();
        case AbstainColumn:
            return r->counted ? QVariant(r->vote.abstain) : QVariant();
        case RecusedColumn:
            return r->recused;
        case VotersColumn:
            return r->base;
        case ResultColumn:
            return resultText(*r);
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != NameColumn && index.column() != UnitColumn
        && index.column() != ResultColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && (r->preselected || r->tiedAtCutoff)) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::ForegroundRole && index.column() == ResultColumn && r->tiedAtCutoff)
        return QBrush(QColor(0xa4, 0x00, 0x00));
    return {};
}

QVariant CouncilTallyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RankColumn:
        return tr("Hạng");
    case NameColumn:
        return tr("Họ và tên");
    case UnitColumn:
        return tr("Đơn vị");
    case AgreeColumn:
        return tr("Đồng ý");
    case DisagreeColumn:
        return tr("Không đồng ý");
    case AbstainColumn:
        return tr("Không ý kiến");
    case RecusedColumn:
        return tr("Không bầu (cùng đơn vị)");
    case VotersColumn:
        return tr("Số được bầu");
    case ResultColumn:
        return tr("Kết quả");
    }
    return {};
}

} // namespace vd::gui
