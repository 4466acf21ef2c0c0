#include "nomineefilterproxy.h"

#include "nomineetablemodel.h"
#include "textfold.h"

namespace vd::gui {

NomineeFilterProxy::NomineeFilterProxy(QObject *parent) : QSortFilterProxyModel(parent) { }

void NomineeFilterProxy::setNomineeModel(NomineeTableModel *model)
{
    m_model = model;
    setSourceModel(model);
}

void NomineeFilterProxy::refilter()
{
    // invalidate() rebuilds the mapping in one layout change; invalidateFilter()
    // would announce every removed range separately (thousands at 100 000 rows).
    invalidate();
}

void NomineeFilterProxy::setBlocId(qint64 blocId)
{
    if (m_blocId != blocId) {
        m_blocId = blocId;
        refilter();
    }
}

void NomineeFilterProxy::setUnitId(qint64 unitId)
{
    if (m_unitId != unitId) {
        m_unitId = unitId;
        refilter();
    }
}

void NomineeFilterProxy::setVerdict(int verdict)
{
    if (m_verdict != verdict) {
        m_verdict = verdict;
        refilter();
    }
}

void NomineeFilterProxy::setApproval(Approval approval)
{
    if (m_approval != approval) {
        m_approval = approval;
        refilter();
    }
}

void NomineeFilterProxy::setSearchText(const QString &text)
{
    const QString folded = foldText(text);
    if (m_search != folded) {
        m_search = folded;
        m_foundStale = true;
        refilter();
    }
}

void NomineeFilterProxy::updateFound() const
{
    const quint64 generation = m_model->keysGeneration();
    const bool sameRows = m_foundKnown && m_foundGeneration == generation;
    if (sameRows && !m_foundStale)
        return;
    m_found.update(m_search, m_model->nominees(), m_model->keys(), sameRows);
    m_foundGeneration = generation;
    m_foundKnown = true;
    m_foundStale = false;
}

bool NomineeFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_model || sourceParent.isValid())
        return true;
    const Nominee *n = m_model->nomineeAt(sourceRow);
    if (!n)
        return false;
    if (m_blocId != 0 && n->blocId != m_blocId)
        return false;
    if (m_unitId != 0 && n->unitId != m_unitId)
        return false;
    if (m_approval == Approval::Approved && !n->approved)
        return false;
    if (m_approval == Approval::NotApproved && n->approved)
        return false;
    if (m_verdict >= 0 && m_model->verdictAt(sourceRow) != m_verdict)
        return false;
    if (m_search.isEmpty())
        return true;
    updateFound();
    return m_found.found(sourceRow);
}

bool NomineeFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_model)
        return QSortFilterProxyModel::lessThan(left, right);
    const int l = left.row();
    const int r = right.row();
    const NomineeTableModel::RowKeys &lk = m_model->keysAt(l);
    const NomineeTableModel::RowKeys &rk = m_model->keysAt(r);
    const Nominee *ln = m_model->nomineeAt(l);
    const Nominee *rn = m_model->nomineeAt(r);
    int c = 0;
    switch (left.column()) {
    case NomineeTableModel::NameColumn:
        c = lk.nameRank - rk.nameRank;
        break;
    case NomineeTableModel::BlocColumn: {
        c = ln->blocId < rn->blocId ? -1 : (ln->blocId > rn->blocId ? 1 : 0);
        break;
    }
    case NomineeTableModel::UnitColumn:
        c = lk.unitRank - rk.unitRank;
        break;
    case NomineeTableModel::PositionColumn:
        c = lk.positionRank - rk.positionRank;
        break;
    case NomineeTableModel::ReceivedColumn:
        c = ln->receivedDate < rn->receivedDate ? -1 : (rn->receivedDate < ln->receivedDate ? 1 : 0);
        break;
    case NomineeTableModel::VerdictColumn:
        c = m_model->verdictAt(l) - m_model->verdictAt(r);
        break;
    case NomineeTableModel::ApprovedColumn:
        c = int(ln->approved) - int(rn->approved);
        break;
    default:
        break;
    }
    if (c == 0 && left.column() != NomineeTableModel::NameColumn)
        c = lk.nameRank - rk.nameRank;
    return c != 0 ? c < 0 : l < r;
}

} // namespace vd::gui
