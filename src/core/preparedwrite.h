// One INSERT (or UPDATE) run for many rows inside the caller's transaction:
// an import's nominees and the people they are linked to. On SQLite it runs
// straight on the library (SqliteStatement), binding texts as UTF-8, without a
// QVariant per value, a look-up per bound name and SQLite converting UTF-16
// back to UTF-8 (docs/performance.md, "Round 3"); on PostgreSQL it is a
// prepared QSqlQuery. Values are always bound, never put into the SQL text.
#pragma once

#include "result.h"

#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace vd {

class Database;
class SqliteStatement;

class PreparedWrite
{
public:
    // `sql` has positional placeholders `?`; a statement that fails to prepare
    // reports it at exec().
    PreparedWrite(Database &db, const QString &sql);
    ~PreparedWrite();
    PreparedWrite(const PreparedWrite &) = delete;
    PreparedWrite &operator=(const PreparedWrite &) = delete;

    // Values by 0-based placeholder index, as Database::bindable() would bind
    // them: a null text is '' (text columns are NOT NULL).
    void bindText(int index, const QString &value);
    void bindInteger(int index, qint64 value);
    void bindNull(int index);
    // A text, or NULL when `value` is null.
    void bindTextOrNull(int index, const QString &value);

    // Runs the statement with the values bound. `what` names the work in the
    // error message; it is only called when there is an error.
    Status exec(const std::function<QString()> &what);
    // The id of the row the last exec() inserted.
    qint64 lastInsertId() const;

private:
    Database &m_db;
    std::unique_ptr<SqliteStatement> m_sqlite;
    QSqlQuery m_query; // other dialects
    QStringList m_names; // their named placeholders ":v0" ... (see insertMany)
    // SQLite: the UTF-8 of each bound text, written into buffers kept from row
    // to row (no allocation per value once they are large enough).
    QList<QByteArray> m_utf8;
};

// SQLite's page cache raised for one bulk write (an import of many rows) and
// put back as it was afterwards: with the default 2 MB the pages of the
// indexes that rows go into at random places (person's name and CCCD) are
// written out and read back again and again inside the one transaction
// (docs/performance-import.md). `kib` is the cache wanted, in KiB; nothing
// happens when the cache is already that large, or on PostgreSQL.
// The statement journal of a many-row INSERT (NomineeBulkInsert) is kept in
// memory meanwhile (temp_store = MEMORY) instead of a temporary file written
// for every batch.
class BulkWriteCache
{
public:
    BulkWriteCache(Database &db, qint64 kib);
    ~BulkWriteCache();
    BulkWriteCache(const BulkWriteCache &) = delete;
    BulkWriteCache &operator=(const BulkWriteCache &) = delete;

private:
    Database &m_db;
    std::optional<qint64> m_before; // the cache_size to put back
    std::optional<qint64> m_tempStore; // the temp_store to put back
};

} // namespace vd
