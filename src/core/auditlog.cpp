#include "auditlog.h"

#include "database.h"

#include <QCoreApplication>

#include <limits>

namespace vd {

namespace {

// This file's translations, lupdate context "vd::AuditLog".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vd::AuditLog)
};

} // namespace

Status AuditLog::record(const QString &action, const QString &entity, qint64 entityId, const QString &details)
{
    auto q = m_db.run(QStringLiteral("INSERT INTO audit_log (at, os_user, action, entity, entity_id, details) "
                                     "VALUES (?, ?, ?, ?, ?, ?)"),
                      { QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), m_db.userName(), action, entity,
                        entityId, details },
                      Tr::tr("ghi nhật ký"));
    return q ? Status() : Status(q.error());
}

Result<QList<AuditEntry>> AuditLog::entries(int limit) const
{
    auto q = m_db.run(QStringLiteral("SELECT id, at, os_user, action, entity, entity_id, details FROM audit_log "
                                     "ORDER BY id DESC LIMIT ?"),
                      { limit > 0 ? qint64(limit) : std::numeric_limits<qint64>::max() }, Tr::tr("đọc nhật ký"));
    if (!q)
        return q.error();
    QList<AuditEntry> out;
    while (q->next()) {
        AuditEntry e;
        e.id = q->value(0).toLongLong();
        e.at = QDateTime::fromString(q->value(1).toString(), Qt::ISODateWithMs);
        e.user = q->value(2).toString();
        e.action = q->value(3).toString();
        e.entity = q->value(4).toString();
        e.entityId = q->value(5).toLongLong();
        e.details = q->value(6).toString();
        out.append(e);
    }
    if (auto rowsEnd = m_db.endOfRows(*q, Tr::tr("đọc nhật ký")); !rowsEnd)
        return rowsEnd.error();
    return out;
}

} // namespace vd
