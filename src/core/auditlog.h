// Who changed what and when. Written in the same transaction as the change.
#pragma once

#include "domain.h"
#include "result.h"

namespace vd {

class Database;

class AuditLog
{
public:
    explicit AuditLog(Database &db) : m_db(db) { }

    Status record(const QString &action, const QString &entity, qint64 entityId, const QString &details);
    // Newest first; limit <= 0 means all.
    Result<QList<AuditEntry>> entries(int limit = 0) const;

private:
    Database &m_db;
};

} // namespace vd
