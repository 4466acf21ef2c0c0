#include "nomineetablemodel.h"

#include <algorithm>
#include <numeric>
#include <vector>

namespace vd::gui {

NomineeTableModel::NomineeTableModel(QObject *parent) : QAbstractTableModel(parent) { }

QList<NomineeTableModel::RowKeys> NomineeTableModel::computeKeys(const QList<Nominee> &nominees,
                                                                const QList<Verdict> &verdicts)
{
    const VietnameseCollator collator; // one per call: QCollator is not thread-safe
    const int n = int(nominees.size());
    const bool hasVerdicts = verdicts.size() == nominees.size();
    QList<RowKeys> keys(n);
    std::vector<VietnameseCollator::SortKey> nameKeys(n);
    std::vector<QString> unitKeys(n), positionKeys(n);
    QHash<QString, QString> foldedUnits; // few units, many nominees
    for (int i = 0; i < n; ++i) {
        const Nominee &nominee = nominees.at(i);
        RowKeys &k = keys[i];
        auto unit = foldedUnits.constFind(nominee.unitName);
        if (unit == foldedUnits.cend())
            unit = foldedUnits.insert(nominee.unitName, foldText(nominee.unitName));
        unitKeys[i] = *unit;
        positionKeys[i] = foldText(nominee.position);
        k.searchText = foldText(nominee.fullName) + QLatin1Char('\n') + unitKeys[i] + QLatin1Char('\n')
                + positionKeys[i] + QLatin1Char('\n') + nominee.citizenId;
        nameKeys[i] = collator.nameSortKey(nominee.fullName);
        k.verdict = hasVerdicts ? int(verdicts.at(i)) : -1;
    }
    // Ranks: equal keys share a rank, so ties fall through to the next key.
    std::vector<int> order(n);
    const auto rank = [&](auto less, int RowKeys::*field) {
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), less);
        int r = 0;
        for (int i = 0; i < n; ++i) {
            if (i > 0 && less(order[i - 1], order[i]))
                ++r;
            keys[order[i]].*field = r;
        }
    };
    rank([&](int a, int b) { return nameKeys[a] < nameKeys[b]; }, &RowKeys::nameRank);
    rank([&](int a, int b) { return unitKeys[a] < unitKeys[b]; }, &RowKeys::unitRank);
    rank([&](int a, int b) { return positionKeys[a] < positionKeys[b]; }, &RowKeys::positionRank);
    return keys;
}

void NomineeTableModel::setNominees(const Campaign &campaign, const QList<Nominee> &nominees,
                                    const QList<Verdict> &verdicts, const QList<RowKeys> &keys)
{
    beginResetModel();
    m_campaign = campaign;
    m_nominees = nominees;
    m_hasVerdicts = verdicts.size() == nominees.size() && !nominees.isEmpty();
    m_blocNames.clear();
    for (const Bloc &b : std::as_const(m_campaign.blocs))
        m_blocNames.insert(b.id, b.name);
    m_keys = keys.size() == nominees.size() ? keys : computeKeys(nominees, verdicts);
    endResetModel();
}

const Nominee *NomineeTableModel::nomineeAt(int row) const
{
    return row >= 0 && row < m_nominees.size() ? &m_nominees.at(row) : nullptr;
}

int NomineeTableModel::rowOfId(qint64 id) const
{
    for (int i = 0; i < m_nominees.size(); ++i) {
        if (m_nominees.at(i).id == id)
            return i;
    }
    return -1;
}

int NomineeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_nominees.size());
}

int NomineeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QIcon NomineeTableModel::verdictIcon(Verdict v)
{
    static const QIcon eligible(QStringLiteral(":/icons/eligible.svg"));
    static const QIcon review(QStringLiteral(":/icons/review.svg"));
    static const QIcon ineligible(QStringLiteral(":/icons/ineligible.svg"));
    switch (v) {
    case Verdict::Eligible: return eligible;
    case Verdict::Review: return review;
    case Verdict::Ineligible: return ineligible;
    }
    return {};
}

QVariant NomineeTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_nominees.size() || index.column() >= ColumnCount)
        return {};
    const Nominee &n = m_nominees.at(index.row());
    const int verdict = m_keys.at(index.row()).verdict;
    if (role == NomineeIdRole)
        return n.id;
    if (role == Qt::DecorationRole && index.column() == VerdictColumn && verdict >= 0)
        return verdictIcon(Verdict(verdict));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn: return n.fullName;
    case BlocColumn: return m_blocNames.value(n.blocId);
    case UnitColumn: return n.unitName;
    case PositionColumn: return n.position;
    case ReceivedColumn:
        return n.receivedDate.isValid() ? n.receivedDate.toString(QStringLiteral("dd/MM/yyyy")) : QString();
    case VerdictColumn: return verdict >= 0 ? verdictName(Verdict(verdict)) : QString();
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
    case VerdictColumn: return tr("Kết quả xét");
    case ApprovedColumn: return tr("Duyệt");
    default: return {};
    }
}

} // namespace vd::gui
