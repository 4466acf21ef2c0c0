// What SQLite and PostgreSQL do differently, in one place. Database holds one
// SqlDialect and asks it whenever the two back-ends differ (how a write
// transaction starts, where the schema version lives, what a busy or refused
// statement means, how approval and backups are done); everything else in
// core is portable, prepared SQL. Opening a connection (a file path or a
// server URL) stays in database.cpp and database_pg.cpp.
#pragma once

#include "database.h"

namespace vd {

class SqlDialect
{
public:
    virtual ~SqlDialect() = default;
    // The one instance for each back-end (they hold no state).
    static const SqlDialect &of(Dialect kind);

    virtual Dialect kind() const = 0;

    // A CREATE/ALTER statement of schema.cpp with its placeholders filled in:
    // {PK}, {BLOB}, and INTEGER (64-bit on SQLite, BIGINT on PostgreSQL).
    virtual QString ddl(QString sql) const = 0;
    // The statement that opens a write transaction.
    virtual QString beginStatement() const = 0;
    // True when a statement without values is sent as it is rather than
    // prepared (PostgreSQL cannot PREPARE utility statements like SET).
    virtual bool sendsValuelessDirectly() const = 0;
    // The translated Storage error for a failed statement on `db` (a refused
    // privilege; a damaged, read-only or busy file; else the driver's text).
    // Sets `damaged` when the back-end says the data itself is damaged.
    virtual Error storageError(const Database &db, const QSqlError &error, const QString &what,
                               bool &damaged) const = 0;
    // The statement that checks every page of the database (SQLite's
    // quick_check), or empty when the back-end checks itself (a server).
    virtual QString integrityCheckStatement() const = 0;

    // The schema version (PRAGMA user_version; vinhdanh_meta on PostgreSQL):
    // -1 when it cannot be read, 0 for an empty database.
    virtual int schemaVersion(const Database &db) const = 0;
    virtual Status setSchemaVersion(Database &db, int version) const = 0;
    // Inside the first schema step's transaction, before its tables.
    virtual Status beforeFirstStep(Database &db) const = 0;
    // Inside every outermost write transaction, right before COMMIT.
    virtual Status beforeCommit(Database &db) const = 0;

    // See Database::lockForApproval and Database::setApprovedOnServer.
    virtual Status lockForApproval(Database &db, qint64 campaignId) const = 0;
    virtual Result<bool> setApprovedOnServer(Database &db, const QList<qint64> &ids, bool approved) const = 0;
    // A consistent copy of the whole database as the new SQLite file `path`
    // (nothing is left at `path` on failure).
    virtual Status copyToNewFile(const Database &db, const QString &path) const = 0;
};

// A new database at `path`, or its -wal/-shm files, cannot be written: the
// folder is read-only.
Error readOnlyFolderError(const QString &path);

} // namespace vd
