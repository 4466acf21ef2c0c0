#include "unitstore.h"

#include "auditlog.h"
#include "campaignstore.h"
#include "database.h"
#include "nomineestore.h"
#include "textfold.h"

#include <QCoreApplication>

namespace vd {

namespace {

// This file's translations, lupdate context "vd::UnitStore".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vd::UnitStore)
};

// The approved nominees of `unitId` whose bloc is not `blocId` (the ones a
// move to that bloc moves), or all of them when blocId is 0.
Result<QList<qint64>> approvedOfUnit(Database &db, qint64 unitId, qint64 blocId)
{
    const QString what = Tr::tr("đọc người đã duyệt của đơn vị");
    auto q = db.run(QStringLiteral("SELECT id FROM nominee WHERE unit_id = ? AND approved = 1 AND bloc_id <> ?"),
                    { unitId, blocId }, what);
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q->next())
        ids.append(q->value(0).toLongLong());
    if (auto st = db.endOfRows(*q, what); !st)
        return st.error();
    return ids;
}

// After a move or merge: the approved nominees it moved, re-checked.
Status guardMoved(Database &db, const QList<qint64> &moved, const QDate &today, BrokenApprovals policy)
{
    if (moved.isEmpty())
        return {};
    ApprovalChange change;
    qint64 campaignId = 0;
    for (qint64 id : moved) {
        auto n = NomineeStore(db).load(id);
        if (!n)
            return n.error();
        campaignId = n->campaignId;
        change.nominees.append(*n);
        change.movedToAnotherBloc.insert(id);
    }
    auto withdrawn = guardApprovals(db, campaignId, change, today, policy);
    return withdrawn ? Status() : Status(withdrawn.error());
}

} // namespace

Result<QList<UnitSummary>> UnitStore::list(qint64 campaignId) const
{
    auto q = m_db.run(QStringLiteral("SELECT u.id, u.name, u.bloc_id, "
                                     "(SELECT count(*) FROM nominee n WHERE n.unit_id = u.id) "
                                     "FROM unit u WHERE u.campaign_id = ? ORDER BY u.name_key"),
                      { campaignId }, Tr::tr("đọc danh sách đơn vị"));
    if (!q)
        return q.error();
    QList<UnitSummary> out;
    while (q->next()) {
        UnitSummary s;
        s.unit.id = q->value(0).toLongLong();
        s.unit.campaignId = campaignId;
        s.unit.name = q->value(1).toString();
        s.unit.blocId = q->value(2).toLongLong();
        s.nomineeCount = q->value(3).toInt();
        out.append(s);
    }
    if (auto rowsEnd = m_db.endOfRows(*q, Tr::tr("đọc danh sách đơn vị")); !rowsEnd)
        return rowsEnd.error();
    return out;
}

Result<qint64> UnitStore::find(qint64 campaignId, const QString &name) const
{
    auto q = m_db.run(QStringLiteral("SELECT id FROM unit WHERE campaign_id = ? AND name_key = ?"),
                      { campaignId, foldText(normalizeText(name)) }, Tr::tr("tìm đơn vị"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : qint64(0);
}

namespace {

// Refuses a change to a unit of a closed campaign (docs/history.md).
Status ensureUnitOpen(Database &db, qint64 unitId)
{
    auto q = db.run(QStringLiteral("SELECT campaign_id FROM unit WHERE id = ?"), { unitId }, Tr::tr("đọc đơn vị"));
    if (!q)
        return q.error();
    if (!q->next())
        return {}; // the caller reports a missing unit
    return CampaignStore(db).ensureOpen(q->value(0).toLongLong());
}

} // namespace

Result<qint64> UnitStore::findOrCreate(qint64 campaignId, const QString &rawName, qint64 blocId)
{
    const QString name = normalizeText(rawName);
    if (name.isEmpty())
        return Error::validation(Tr::tr("Tên đơn vị không được để trống."));
    qint64 id = 0;
    Status st = m_db.transaction([&]() -> Status {
        auto existing = find(campaignId, name);
        if (!existing)
            return existing.error();
        if (*existing > 0) {
            id = *existing;
            return {};
        }
        if (auto open = CampaignStore(m_db).ensureOpen(campaignId); !open)
            return open;
        auto ins = m_db.run(QStringLiteral("INSERT INTO unit (campaign_id, name, name_key, bloc_id) "
                                           "VALUES (?, ?, ?, ?)"),
                            { campaignId, name, foldText(name), blocId > 0 ? QVariant(blocId) : QVariant() },
                            Tr::tr("thêm đơn vị %1").arg(name));
        if (!ins)
            return ins.error();
        id = ins->lastInsertId().toLongLong();
        return AuditLog(m_db).record(QStringLiteral("unit.create"), QStringLiteral("unit"), id, name);
    });
    if (!st)
        return st.error();
    return id;
}

Status UnitStore::rename(qint64 unitId, const QString &rawName)
{
    const QString name = normalizeText(rawName);
    if (name.isEmpty())
        return Error::validation(Tr::tr("Tên đơn vị không được để trống."));
    return m_db.transaction([&]() -> Status {
        if (auto open = ensureUnitOpen(m_db, unitId); !open)
            return open;
        auto q
            = m_db.run(QStringLiteral("SELECT campaign_id FROM unit WHERE id = ?"), { unitId }, Tr::tr("đọc đơn vị"));
        if (!q)
            return q.error();
        if (!q->next())
            return Error::validation(Tr::tr("Không có đơn vị mã %1.").arg(unitId));
        auto other = find(q->value(0).toLongLong(), name);
        if (!other)
            return other.error();
        if (*other > 0 && *other != unitId)
            return Error::validation(Tr::tr("Đã có đơn vị tên “%1”; hãy gộp hai đơn vị thay vì đổi tên.").arg(name));
        auto up = m_db.run(QStringLiteral("UPDATE unit SET name = ?, name_key = ? WHERE id = ?"),
                           { name, foldText(name), unitId }, Tr::tr("đổi tên đơn vị"));
        if (!up)
            return up.error();
        return AuditLog(m_db).record(QStringLiteral("unit.rename"), QStringLiteral("unit"), unitId, name);
    });
}

Status UnitStore::moveToBloc(qint64 unitId, qint64 blocId, const QDate &today, BrokenApprovals policy)
{
    return m_db.transaction([&]() -> Status {
        auto moved = approvedOfUnit(m_db, unitId, blocId);
        if (!moved)
            return moved.error();
        if (auto open = ensureUnitOpen(m_db, unitId); !open)
            return open;
        auto up = m_db.run(QStringLiteral("UPDATE unit SET bloc_id = ? WHERE id = ?"), { blocId, unitId },
                           Tr::tr("chuyển khối"));
        if (!up)
            return up.error();
        if (up->numRowsAffected() != 1)
            return Error::validation(Tr::tr("Không có đơn vị mã %1.").arg(unitId));
        auto nominees = m_db.run(QStringLiteral("UPDATE nominee SET bloc_id = ?, version = version + 1 "
                                                "WHERE unit_id = ?"),
                                 { blocId, unitId }, Tr::tr("chuyển khối"));
        if (!nominees)
            return nominees.error();
        if (auto st = guardMoved(m_db, *moved, today, policy); !st)
            return st;
        return AuditLog(m_db).record(QStringLiteral("unit.move"), QStringLiteral("unit"), unitId,
                                     QString::number(blocId));
    });
}

Status UnitStore::merge(qint64 from, qint64 into, const QDate &today, BrokenApprovals policy)
{
    if (from == into)
        return Error::validation(Tr::tr("Không thể gộp một đơn vị vào chính nó."));
    return m_db.transaction([&]() -> Status {
        // The approved nominees whose bloc changes with the merge.
        auto target = m_db.run(QStringLiteral("SELECT bloc_id FROM unit WHERE id = ?"), { into }, Tr::tr("gộp đơn vị"));
        if (!target)
            return target.error();
        const qint64 targetBloc = target->next() ? target->value(0).toLongLong() : 0;
        target->finish();
        QList<qint64> moved;
        if (targetBloc > 0) {
            auto ids = approvedOfUnit(m_db, from, targetBloc);
            if (!ids)
                return ids.error();
            moved = *ids;
        }
        if (auto open = ensureUnitOpen(m_db, from); !open)
            return open;
        auto move = m_db.run(QStringLiteral("UPDATE nominee SET unit_id = ?, "
                                            "bloc_id = COALESCE((SELECT bloc_id FROM unit WHERE id = ?), bloc_id), "
                                            "version = version + 1 WHERE unit_id = ?"),
                             { into, into, from }, Tr::tr("gộp đơn vị"));
        if (!move)
            return move.error();
        auto del = m_db.run(QStringLiteral("DELETE FROM unit WHERE id = ?"), { from }, Tr::tr("gộp đơn vị"));
        if (!del)
            return del.error();
        if (del->numRowsAffected() != 1)
            return Error::validation(Tr::tr("Không có đơn vị mã %1.").arg(from));
        if (auto st = guardMoved(m_db, moved, today, policy); !st)
            return st;
        return AuditLog(m_db).record(QStringLiteral("unit.merge"), QStringLiteral("unit"), into, QString::number(from));
    });
}

Status UnitStore::remove(qint64 unitId)
{
    return m_db.transaction([&]() -> Status {
        if (auto open = ensureUnitOpen(m_db, unitId); !open)
            return open;
        auto used = m_db.run(QStringLiteral("SELECT count(*) FROM nominee WHERE unit_id = ?"), { unitId },
                             Tr::tr("xóa đơn vị"));
        if (!used)
            return used.error();
        if (used->next() && used->value(0).toInt() > 0)
            return Error::validation(Tr::tr("Đơn vị còn người được đề nghị, không xóa được."));
        auto del = m_db.run(QStringLiteral("DELETE FROM unit WHERE id = ?"), { unitId }, Tr::tr("xóa đơn vị"));
        if (!del)
            return del.error();
        return AuditLog(m_db).record(QStringLiteral("unit.delete"), QStringLiteral("unit"), unitId, QString());
    });
}

} // namespace vd
