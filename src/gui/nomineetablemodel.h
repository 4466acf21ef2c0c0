// The nominee list: a flat table over an in-memory snapshot of the campaign's
// nominees, loaded with one query. Scales to 100 000 rows: the folded search
// text and the Vietnamese name sort key of each row are computed once per load,
// so filtering and sorting never fold or collate again.
#pragma once

#include "domain.h"
#include "rules.h"
#include "textfold.h"

#include <QAbstractTableModel>
#include <QIcon>

namespace vd::gui {

// What the proxy filters and sorts on, per row. The ranks are each row's
// place in Vietnamese order (name: given name first), computed once per
// load, so that sorting compares integers only. The texts are numbers in
// NomineeListKeys::texts: names, units and positions repeat a lot, so a search
// matches each distinct folded text once (NomineeSearch). Made by NomineeTableModel::computeKeys().
struct NomineeRowKeys
{
    int nameText = 0; // folded name, unit and position: indexes into NomineeListKeys::texts
    int unitText = 0;
    int positionText = 0;
    int nameRank = 0;
    int unitRank = 0;
    int positionRank = 0;
};
// The keys of one load: one NomineeRowKeys per nominee (same order) and the
// distinct folded texts they refer to, each once.
struct NomineeListKeys
{
    QList<NomineeRowKeys> rows;
    QStringList texts;
    // The characters in any row's CCCD (ASCII as bits, any other as one
    // flag): a search with another character finds no CCCD, and need not
    // look at 100 000 of them.
    quint64 citizenIdAscii[2] = { 0, 0 };
    bool citizenIdOther = false;
    bool mayBeInCitizenId(const QString &text) const;
};

class NomineeTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        BlocColumn,
        UnitColumn,
        PositionColumn,
        ReceivedColumn,
        VerdictColumn,
        ApprovedColumn,
        ColumnCount
    };
    enum Role { NomineeIdRole = Qt::UserRole + 1 };

    using RowKeys = NomineeRowKeys;
    using ListKeys = NomineeListKeys;

    explicit NomineeTableModel(QObject *parent = nullptr);

    // The keys of every row: thread-safe (own collator), so a background load
    // can compute them. The verdicts are not in them (verdictAt()): the keys
    // of a load stay the same when its verdicts arrive.
    static ListKeys computeKeys(const QList<Nominee> &nominees);

    // verdicts[i] belongs to nominees[i]; empty when no verdicts are known.
    // `keys` from computeKeys() for the same lists, or empty to compute them here.
    // `checking`: the verdicts are being worked out (setChecking()).
    void setNominees(const Campaign &campaign, const QList<Nominee> &nominees, const QList<Verdict> &verdicts = {},
                     const ListKeys &keys = {}, bool checking = false);
    // The verdicts of the rows shown, once known (same rows, same order): the
    // verdict column changes in place, no reset (selection and scrolling stay).
    // `keys`: the same load's (computeKeys()).
    void setVerdicts(const QList<Verdict> &verdicts, const ListKeys &keys);
    // int(Verdict) of `row`, -1 while the verdicts are not known.
    int verdictAt(int row) const { return m_hasVerdicts ? int(m_verdicts.at(row)) : -1; }
    // While the rows are shown before their verdicts: the verdict column says so.
    bool isChecking() const { return m_checking; }
    // True when the model shows exactly this list (the same load).
    bool showsRows(const QList<Nominee> &nominees) const { return m_nominees.isSharedWith(nominees); }
    const Nominee *nomineeAt(int row) const;
    const RowKeys &keysAt(int row) const { return m_keys.rows.at(row); }
    const ListKeys &keys() const { return m_keys; }
    const QList<Nominee> &nominees() const { return m_nominees; }
    // Changes whenever the rows or their keys are replaced (setNominees,
    // setVerdicts): what a filter worked out for the old keys is stale.
    quint64 keysGeneration() const { return m_keysGeneration; }
    int rowOfId(qint64 id) const;
    bool hasVerdicts() const { return m_hasVerdicts; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    // QAbstractTableModel::index without its two virtual calls per index: the
    // proxy asks for two indexes per comparison when it sorts 100 000 rows.
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QIcon verdictIcon(Verdict v);

private:
    Campaign m_campaign;
    QList<Nominee> m_nominees;
    ListKeys m_keys;
    QList<Verdict> m_verdicts; // of m_nominees when m_hasVerdicts
    quint64 m_keysGeneration = 0;
    QHash<qint64, QString> m_blocNames;
    bool m_hasVerdicts = false;
    bool m_checking = false;
};

} // namespace vd::gui
