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
    if (sourceRow < 0 || sourceRow >= m_model->nominees().size())
        return false;
    // Called for every row on each keystroke: the row itself only when a
    // filter asks for one of its fields.
    if (m_blocId != 0 || m_unitId != 0 || m_approval != Approval::Any) {
        const Nominee &n = m_model->nominees().at(sourceRow);
        if (m_blocId != 0 && n.blocId != m_blocId)
            return false;
        if (m_unitId != 0 && n.unitId != m_unitId)
            return false;
        if (m_approval == Approval::Approved && !n.approved)
            return false;
        if (m_approval == Approval::NotApproved && n.approved)
            return false;
    }
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
    // Two comparisons per row on each keystroke's sort: only what the column needs.
    const QList<NomineeTableModel::RowKeys> &keys = m_model->keys().rows;
    const QList<Nominee> &rows = m_model->nominees();
    const int column = left.column();
    int c = 0;
    switch (column) {
    case NomineeTableModel::NameColumn:
        break;
    case NomineeTableModel::BlocColumn: {
        const qint64 a = rows.at(l).blocId, b = rows.at(r).blocId;
        c = a < b ? -1 : (a > b ? 1 : 0);
        break;
    }
    case NomineeTableModel::UnitColumn:
        c = keys.at(l).unitRank - keys.at(r).unitRank;
        break;
    case NomineeTableModel::PositionColumn:
        c = keys.at(l).positionRank - keys.at(r).positionRank;
        break;
    case NomineeTableModel::ReceivedColumn: {
        const QDate &a = rows.at(l).receivedDate, &b = rows.at(r).receivedDate;
        c = a < b ? -1 : (b < a ? 1 : 0);
        break;
    }
    case NomineeTableModel::VerdictColumn:
        c = m_model->verdictAt(l) - m_model->verdictAt(r);
        break;
    case NomineeTableModel::ApprovedColumn:
        c = int(rows.at(l).approved) - int(rows.at(r).approved);
        break;
    default:
        break;
    }
    if (c == 0)
        c = keys.at(l).nameRank - keys.at(r).nameRank;
    return c != 0 ? c < 0 : l < r;
}

} // namespace vd::gui
