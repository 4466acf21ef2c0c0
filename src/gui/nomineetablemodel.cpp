#include "nomineetablemodel.h"

#include <QHash>

#include <algorithm>
#include <numeric>
#include <vector>

namespace vd::gui {

NomineeTableModel::NomineeTableModel(QObject *parent) : QAbstractTableModel(parent) { }

namespace {

// Rows share few distinct texts (names repeat, a few hundred units and
// positions): each distinct text gets an index, and its keys are made and
// sorted once, not once per row.
class DistinctTexts
{
public:
    // The index of `text`, new or known.
    int indexOf(const QString &text)
    {
        const auto it = m_index.constFind(text);
        if (it != m_index.cend())
            return *it;
        const int i = int(m_texts.size());
        m_index.insert(text, i);
        m_texts.push_back(text);
        return i;
    }
    const std::vector<QString> &texts() const { return m_texts; }

private:
    QHash<QString, int> m_index;
    std::vector<QString> m_texts;
};

// Ranks of the distinct keys: equal keys share a rank, so ties fall through
// to the next key; the same ranks a sort of every row's key would give.
template<typename Key> std::vector<int> ranksOf(const std::vector<Key> &keys)
{
    const int n = int(keys.size());
    std::vector<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    const auto less = [&keys](int a, int b) {
        return keys[a] < keys[b];
    };
    std::sort(order.begin(), order.end(), less);
    std::vector<int> ranks(n);
    int r = 0;
    for (int i = 0; i < n; ++i) {
        if (i > 0 && less(order[i - 1], order[i]))
            ++r;
        ranks[order[i]] = r;
    }
    return ranks;
}

} // namespace

NomineeTableModel::ListKeys NomineeTableModel::computeKeys(const QList<Nominee> &nominees)
{
    const VietnameseCollator collator; // one per call: QCollator is not thread-safe
    const int n = int(nominees.size());
    ListKeys keys;
    keys.rows.resize(n);
    DistinctTexts names, units, positions;
    std::vector<int> nameOf(n), unitOf(n), positionOf(n);
    for (int i = 0; i < n; ++i) {
        const Nominee &nominee = nominees.at(i);
        nameOf[i] = names.indexOf(nominee.fullName);
        unitOf[i] = units.indexOf(nominee.unitName);
        positionOf[i] = positions.indexOf(nominee.position);
        for (const QChar c : nominee.citizenId) {
            if (c.unicode() < 128)
                keys.citizenIdAscii[c.unicode() / 64] |= quint64(1) << (c.unicode() % 64);
            else
                keys.citizenIdOther = true;
        }
    }
    const auto folded = [](const DistinctTexts &texts) {
        std::vector<QString> out;
        out.reserve(texts.texts().size());
        for (const QString &t : texts.texts())
            out.push_back(foldText(t));
        return out;
    };
    const std::vector<QString> nameFolds = folded(names), unitFolds = folded(units), positionFolds = folded(positions);
    // The search's texts: each distinct folded text once, whatever it is the
    // name, unit or position of (two spellings may fold alike).
    DistinctTexts searchTexts;
    const auto numbered = [&searchTexts](const std::vector<QString> &folds) {
        std::vector<int> out;
        out.reserve(folds.size());
        for (const QString &f : folds)
            out.push_back(searchTexts.indexOf(f));
        return out;
    };
    const std::vector<int> nameTexts = numbered(nameFolds), unitTexts = numbered(unitFolds),
                           positionTexts = numbered(positionFolds);
    keys.texts = QStringList(searchTexts.texts().cbegin(), searchTexts.texts().cend());
    std::vector<VietnameseCollator::SortKey> nameKeys;
    nameKeys.reserve(names.texts().size());
    for (const QString &name : names.texts())
        nameKeys.push_back(collator.nameSortKey(name));
    const std::vector<int> nameRanks = ranksOf(nameKeys), unitRanks = ranksOf(unitFolds),
                           positionRanks = ranksOf(positionFolds);
    for (int i = 0; i < n; ++i) {
        RowKeys &k = keys.rows[i];
        k.nameText = nameTexts[nameOf[i]];
        k.unitText = unitTexts[unitOf[i]];
        k.positionText = positionTexts[positionOf[i]];
        k.nameRank = nameRanks[nameOf[i]];
        k.unitRank = unitRanks[unitOf[i]];
        k.positionRank = positionRanks[positionOf[i]];
    }
    return keys;
}

bool NomineeListKeys::mayBeInCitizenId(const QString &text) const
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 128 ? !(citizenIdAscii[u / 64] & (quint64(1) << (u % 64))) : !citizenIdOther)
            return false;
    }
    return true;
}

void NomineeTableModel::setVerdicts(const QList<Verdict> &verdicts, const ListKeys &keys)
{
    if (keys.rows.size() != m_nominees.size())
        return;
    m_keys = keys;
    ++m_keysGeneration;
    m_hasVerdicts = verdicts.size() == m_nominees.size() && !m_nominees.isEmpty();
    m_verdicts = m_hasVerdicts ? verdicts : QList<Verdict>();
    m_checking = false;
    if (!m_nominees.isEmpty())
        emit dataChanged(index(0, VerdictColumn), index(int(m_nominees.size()) - 1, VerdictColumn));
}

void NomineeTableModel::setNominees(const Campaign &campaign, const QList<Nominee> &nominees,
                                    const QList<Verdict> &verdicts, const ListKeys &keys, bool checking)
{
    beginResetModel();
    m_checking = checking;
    m_campaign = campaign;
    m_nominees = nominees;
    m_hasVerdicts = verdicts.size() == nominees.size() && !nominees.isEmpty();
    m_verdicts = m_hasVerdicts ? verdicts : QList<Verdict>();
    m_blocNames.clear();
    for (const Bloc &b : std::as_const(m_campaign.blocs))
        m_blocNames.insert(b.id, b.name);
    m_keys = keys.rows.size() == nominees.size() ? keys : computeKeys(nominees);
    ++m_keysGeneration;
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

int NomineeTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QModelIndex NomineeTableModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= m_nominees.size() || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(row, column);
}

QIcon NomineeTableModel::verdictIcon(Verdict v)
{
    static const QIcon eligible(QStringLiteral(":/icons/eligible.svg"));
    static const QIcon review(QStringLiteral(":/icons/review.svg"));
    static const QIcon ineligible(QStringLiteral(":/icons/ineligible.svg"));
    switch (v) {
    case Verdict::Eligible:
        return eligible;
    case Verdict::Review:
        return review;
    case Verdict::Ineligible:
        return ineligible;
    }
    return {};
}

QVariant NomineeTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_nominees.size() || index.column() >= ColumnCount)
        return {};
    const Nominee &n = m_nominees.at(index.row());
    const int verdict = verdictAt(index.row());
    if (role == NomineeIdRole)
        return n.id;
    if (role == Qt::DecorationRole && index.column() == VerdictColumn && verdict >= 0)
        return verdictIcon(Verdict(verdict));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return n.fullName;
    case BlocColumn:
        return m_blocNames.value(n.blocId);
    case UnitColumn:
        return n.unitName;
    case PositionColumn:
        return n.position;
    case ReceivedColumn:
        return n.receivedDate.isValid() ? n.receivedDate.toString(QStringLiteral("dd/MM/yyyy")) : QString();
    case VerdictColumn:
        if (verdict >= 0)
            return verdictName(Verdict(verdict));
        return m_checking ? tr("Đang kiểm tra…") : QString();
    case ApprovedColumn:
        return n.approved ? tr("Đã duyệt") : QString();
    default:
        return {};
    }
}

QVariant NomineeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Họ và tên");
    case BlocColumn:
        return tr("Khối");
    case UnitColumn:
        return tr("Đơn vị");
    case PositionColumn:
        return tr("Chức vụ");
    case ReceivedColumn:
        return tr("Ngày nhận hồ sơ");
    case VerdictColumn:
        return tr("Kết quả xét");
    case ApprovedColumn:
        return tr("Duyệt");
    default:
        return {};
    }
}

} // namespace vd::gui
