// The one storage interface of VinhDanh. Opening a file (database.cpp) or a
// server (database_pg.cpp) is here; everything else the two back-ends do
// differently (how a write transaction takes its lock, where the schema
// version lives, what an error means, backups, approval on the server) is
// behind one SqlDialect object (sqldialect.h). Repositories use portable,
// prepared SQL only.
#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>

namespace vd {

enum class Dialect { Sqlite, Postgres };
class SqlDialect;

struct OpenOptions
{
    // Create the file (and the built-in campaign) when it does not exist.
    bool createIfMissing = true;
    // Migrate an older schema in place (after a backup copy next to it).
    bool migrate = true;
    // How long to wait for another process's write lock, in milliseconds
    // (SQLite busy_timeout, PostgreSQL lock_timeout).
    int busyTimeoutMs = 5000;
    // Insert the built-in campaign into a new (empty) database. Off when the
    // database is about to receive a copy (Transfer).
    bool seedBuiltInCampaign = true;
    // Run PRAGMA quick_check on an existing SQLite file before using it (the
    // desktop program at start-up): a damaged file is refused like a file that
    // does not open (Storage error), so the start-up restore is offered.
    bool checkIntegrity = false;
    // PostgreSQL only: a password typed by the user, kept in memory for this
    // connection. Empty: libpq reads PGPASSFILE or ~/.pgpass itself. A password
    // is never written anywhere by VinhDanh, nor accepted inside a URL.
    QString password;
};

class Database
{
public:
    // The schema version this build writes (PRAGMA user_version).
    static int currentSchemaVersion();
    // PRAGMA application_id of a VinhDanh database ("VDNH").
    static constexpr qint32 applicationId = 0x56444E48;

    // Opens (and creates or migrates) the database at `location`: an SQLite
    // file path, or a PostgreSQL server "postgresql://user@host:port/dbname"
    // (also "postgres://"; query items such as ?sslmode=require are passed to
    // libpq). On any error the file (or server database) is left exactly as it was.
    static Result<std::unique_ptr<Database>> open(const QString &location, const OpenOptions &options = {});
    // The default location: QStandardPaths::AppDataLocation/vinhdanh.sqlite.
    static QString defaultLocation();
    // True for "postgresql://..." and "postgres://..." locations.
    static bool isServerLocation(const QString &location);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // A second connection to the same database, with the same options (a
    // password typed by the user included), for use in the calling thread.
    // It does not run checkIntegrity() on open again: this connection's open did.
    Result<std::unique_ptr<Database>> openAnother() const;
    // What openAnother() needs, as a value to carry into a worker thread and
    // open there (a connection belongs to the thread that opened it).
    class Another
    {
    public:
        Result<std::unique_ptr<Database>> open() const;

    private:
        friend class Database;
        QString m_location;
        OpenOptions m_options;
    };
    Another another() const;

    // The file path (SQLite) or the server URL without any password (PostgreSQL).
    QString location() const { return m_location; }
    Dialect dialect() const;
    // Everything SQLite and PostgreSQL do differently (sqldialect.h).
    const SqlDialect &sql() const { return *m_sql; }
    QSqlDatabase connection() const;
    int schemaVersion() const;
    // Backup copy written before the last migration, if any.
    QString lastMigrationBackup() const { return m_migrationBackup; }

    // Prepared statement on this connection. Values are always bound, never
    // concatenated into the SQL text.
    QSqlQuery prepare(const QString &sql) const;
    // Executes a prepared statement; the error names the statement's purpose. A
    // statement that failed to prepare is not run (its own error is returned).
    Status exec(QSqlQuery &query, const QString &what) const;
    // A value ready to bind: a null QString becomes '' (text columns are NOT NULL).
    static QVariant bindable(const QVariant &value);
    // After a loop over query.next(): next() also returns false when reading
    // failed part-way (a damaged page), which must never look like a shorter
    // result. Returns that error, or ok when the rows really ended. Use after
    // every next() loop (and after a next() whose false means "no row").
    Status endOfRows(const QSqlQuery &query, const QString &what) const;
    // SQLite: PRAGMA quick_check over the whole file (every page, every table's
    // structure; a few hundred ms at 100 000 nominees, docs/data-safety.md).
    // A damaged file gives a Storage error and this connection writes nothing
    // any more (see isDamaged()); a busy database stays a "busy" error, never
    // "damaged". Called before the write transactions that change many rows
    // (import, approve, restore, migrate) and at start-up. PostgreSQL: nothing
    // to do (the server keeps its own checksums).
    Status checkIntegrity() const;
    // True once SQLite reported the file damaged (SQLITE_CORRUPT/NOTADB or a
    // failed quick_check) on this connection: transaction() then refuses to
    // write anything into it.
    bool isDamaged() const { return m_damaged; }
    // The Storage error for a failed statement on this connection (translated;
    // damaged, not a database, read-only, busy, or the driver's own text).
    // `nativeCode` is SQLite's result code (or PostgreSQL's SQLSTATE).
    Error storageError(const QString &nativeCode, const QString &driverText, const QString &what) const;
    // Prepares and executes with positional values.
    Result<QSqlQuery> run(const QString &sql, const QVariantList &values, const QString &what) const;

    // Runs `work` inside one write transaction (SQLite: BEGIN IMMEDIATE, so the
    // write lock is taken before anything is read). Commits when work() returns
    // ok, rolls back otherwise. Nested calls join the outer transaction.
    Status transaction(const std::function<Status()> &work);
    bool inTransaction() const { return m_transactionDepth > 0; }

    // Call inside transaction() before counting a campaign's approvals: makes
    // concurrent approvals of one campaign take turns, so a quota can never be
    // exceeded. SQLite: nothing to do (BEGIN IMMEDIATE already serialises
    // writers). PostgreSQL: a transaction-scoped advisory lock keyed by the
    // campaign (pg_advisory_xact_lock), released at COMMIT/ROLLBACK; it needs no
    // table privilege, so an approver role without UPDATE on bloc can take it.
    Status lockForApproval(qint64 campaignId);

    // PostgreSQL with the staff roles of scripts/pg-setup-roles.sql: approving
    // and unapproving go through the server's vinhdanh_set_approved(), which
    // checks the quota and the criteria the rows show and writes the audit rows
    // with the login's name (docs/multi-user.md). Returns true when the server
    // did it, false when the server has no such function (SQLite, or a server
    // database without the roles): then the caller writes the change itself.
    // Call inside transaction().
    Result<bool> setApprovedOnServer(const QList<qint64> &ids, bool approved);

    // A consistent copy of the whole database while it may be in use, as a new
    // SQLite file (from PostgreSQL too: every table is copied, see transfer.h).
    Status backupTo(const QString &targetPath) const;

    // The operating-system account this process runs as (platform::osUserName:
    // getpwuid(geteuid()) on POSIX), not the forgeable $USER/$LOGNAME.
    static QString currentUser();
    // The user recorded in the audit log: the OS user on SQLite, the login
    // (session_user) on PostgreSQL.
    QString userName() const { return m_userName; }

private:
    Database() = default;
    static Result<std::unique_ptr<Database>> openPostgres(const QString &url, const OpenOptions &options);
    Status preparePostgres();
    Status preparePostgresLocked();
    Status execDirect(const QString &sql, const QString &what) const;
    Error queryError(const QSqlError &error, const QString &what) const;
    Status prepareOpened(bool existed);
    Status configureConnection(int busyTimeoutMs);
    Status setSchemaVersion(int version);
    Status migrate(int fromVersion);
    Status seedIfEmpty();

    QString m_location;
    QString m_connectionName;
    const SqlDialect *m_sql = nullptr;
    OpenOptions m_options;
    int m_transactionDepth = 0;
    QString m_migrationBackup;
    QString m_userName;
    QString m_registeredFile; // in OpenDatabaseFiles while this connection is open
    mutable bool m_damaged = false; // SQLite said the file is damaged (isDamaged())
};

// Converts a failed QSqlQuery/QSqlDatabase into a translated storage error.
Error sqlError(const QString &what, const QString &driverText, bool busy = false);

// The table that marks a PostgreSQL database as VinhDanh's and keeps its schema
// version (SQLite uses PRAGMA application_id and user_version instead).
inline constexpr const char *kMetaTable = "vinhdanh_meta";
inline constexpr const char *kApplicationMarker = "VinhDanh";

} // namespace vd
