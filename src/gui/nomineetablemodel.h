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

    // What the proxy filters and sorts on, per row. The ranks are each row's
    // place in Vietnamese order (name: given name first), computed once per
    // load, so that sorting compares integers only.
    struct RowKeys
    {
        QString searchText; // folded name, unit, position, CCCD
        int nameRank = 0;
        int unitRank = 0;
        int positionRank = 0;
        int verdict = -1; // int(Verdict), -1 when not checked
    };

    explicit NomineeTableModel(QObject *parent = nullptr);

    // The keys of every row: thread-safe (own collator), so a background load
    // can compute them. verdicts[i] belongs to nominees[i], or is empty.
    static QList<RowKeys> computeKeys(const QList<Nominee> &nominees, const QList<Verdict> &verdicts);
    // Puts verdicts[i] into keys[i] (all -1 when the sizes differ).
    static void setKeyVerdicts(QList<RowKeys> &keys, const QList<Verdict> &verdicts);

    // verdicts[i] belongs to nominees[i]; empty when no verdicts are known.
    // `keys` from computeKeys() for the same lists, or empty to compute them here.
    // `checking`: the verdicts are being worked out (setChecking()).
    void setNominees(const Campaign &campaign, const QList<Nominee> &nominees, const QList<Verdict> &verdicts = {},
                     const QList<RowKeys> &keys = {}, bool checking = false);
    // The verdicts of the rows shown, once known (same rows, same order): the
    // verdict column changes in place, no reset (selection and scrolling stay).
    // `keys` from the same load, with these verdicts in them.
    void setVerdicts(const QList<Verdict> &verdicts, const QList<RowKeys> &keys);
    // While the rows are shown before their verdicts: the verdict column says so.
    bool isChecking() const { return m_checking; }
    // True when the model shows exactly this list (the same load).
    bool showsRows(const QList<Nominee> &nominees) const { return m_nominees.isSharedWith(nominees); }
    const Nominee *nomineeAt(int row) const;
    const RowKeys &keysAt(int row) const { return m_keys.at(row); }
    int rowOfId(qint64 id) const;
    bool hasVerdicts() const { return m_hasVerdicts; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QIcon verdictIcon(Verdict v);

private:
    Campaign m_campaign;
    QList<Nominee> m_nominees;
    QList<RowKeys> m_keys;
    QHash<qint64, QString> m_blocNames;
    bool m_hasVerdicts = false;
    bool m_checking = false;
};

} // namespace vd::gui
