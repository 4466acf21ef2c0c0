// The tables of Hội nghị ▸ Hội đồng thi đua (councilview.h): the council's
// members, and the ranked result of one bloc (council.h).
#pragma once

#include "council.h"
#include "listtablemodel.h"

namespace vd::gui {

class CouncilMemberModel : public ListTableModel<CouncilMember>
{
    Q_OBJECT

public:
    enum Column { NameColumn, TitleColumn, UnitColumn, RoleColumn, PresentColumn, ColumnCount };
    enum Role { MemberIdRole = Qt::UserRole + 1 };

    explicit CouncilMemberModel(QObject *parent = nullptr);

    void setMembers(const QList<CouncilMember> &members) { setItems(members); }
    const CouncilMember *memberAt(int row) const { return itemAt(row); }
    // -1 when absent.
    int rowOfId(qint64 id) const
    {
        return rowWhere([id](const CouncilMember &item) { return item.id == id; });
    }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

// One bloc's nominees on the ballot, ranked as computeCouncilResult ranks them.
class CouncilTallyModel : public ListTableModel<TallyRow>
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

    void setRows(const QList<TallyRow> &rows) { setItems(rows); }
    const TallyRow *rowAt(int row) const { return itemAt(row); }
    // -1 when absent.
    int rowOfId(qint64 nomineeId) const
    {
        return rowWhere([nomineeId](const TallyRow &item) { return item.nominee.id == nomineeId; });
    }

    // "Đề nghị", "Bằng phiếu ở vị trí cuối — Hội đồng quyết định"…
    static QString resultText(const TallyRow &row);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace vd::gui
