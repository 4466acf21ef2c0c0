// The tables of Hội nghị ▸ Hội đồng thi đua (councilview.h): the council's
// members, and the ranked result of one bloc (council.h).
#pragma once

#include "council.h"

#include <QAbstractTableModel>

namespace vd::gui {

class CouncilMemberModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, TitleColumn, UnitColumn, RoleColumn, PresentColumn, ColumnCount };
    enum Role { MemberIdRole = Qt::UserRole + 1 };

    explicit CouncilMemberModel(QObject *parent = nullptr);

    void setMembers(const QList<CouncilMember> &members);
    const CouncilMember *memberAt(int row) const;
    int rowOfId(qint64 id) const; // -1 when absent

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CouncilMember> m_members;
};

// One bloc's nominees on the ballot, ranked as computeCouncilResult ranks them.
class CouncilTallyModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        RankColumn,
        NameColumn,
        UnitColumn,
        AgreeColumn,
        DisagreeColumn,
        AbstainColumn,
        RecusedColumn,
        VotersColumn,
        ResultColumn,
        ColumnCount
    };
    enum Role { NomineeIdRole = Qt::UserRole + 1 };

    explicit CouncilTallyModel(QObject *parent = nullptr);

    void setRows(const QList<TallyRow> &rows);
    const TallyRow *rowAt(int row) const;
    int rowOfId(qint64 nomineeId) const; // -1 when absent

    // "Đề nghị", "Bằng phiếu ở vị trí cuối — Hội đồng quyết định"…
    static QString resultText(const TallyRow &row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<TallyRow> m_rows;
};

} // namespace vd::gui
