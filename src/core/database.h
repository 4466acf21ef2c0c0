// The one storage interface of VinhDanh. Everything dialect-specific (SQLite
// PRAGMAs, the backup mechanism, how the schema version is kept, how a write
// transaction takes its lock) lives here and in database.cpp; repositories use
// portable, prepared SQL only.
#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>

namespace vd {

enum class Dialect { Sqlite, Postgres };

struct OpenOptions
{
    // Create the file (and the built-in campaign) when it does not exist.
    bool createIfMissing = true;
    // Migrate an older schema in place (after a backup copy next to it).
    bool migrate = true;
    // How long to wait for another process's write lock, in milliseconds.
    int busyTimeoutMs = 5000;
};

class Database
{
public:
    // The schema version this build writes (PRAGMA user_version).
    static int currentSchemaVersion();
    // PRAGMA application_id of a VinhDanh database ("VDNH").
    static constexpr qint32 applicationId = 0x56444E48;

    // Opens (and creates or migrates) the database at `location` (a file path).
    // On any error the file is left exactly as it was.
    static Result<std::unique_ptr<Database>> open(const QString &location,
                                                  const OpenOptions &options = {});
    // The default location: QStandardPaths::AppDataLocation/vinhdanh.sqlite.
    static QString defaultLocation();

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // A second connection to the same database, for use in another thread.
    Result<std::unique_ptr<Database>> openAnother() const;

    QString location() const { return m_location; }
    Dialect dialect() const { return m_dialect; }
    QSqlDatabase connection() const;
    int schemaVersion() const;
    // Backup copy written before the last migration, if any.
    QString lastMigrationBackup() const { return m_migrationBackup; }

    // Prepared statement on this connection. Values are always bound, never
    // concatenated into the SQL text.
    QSqlQuery prepare(const QString &sql) const;
    // Executes a prepared statement; the error names the statement's purpose.
    Status exec(QSqlQuery &query, const QString &what) const;
    // A value ready to bind: a null QString becomes '' (text columns are NOT NULL).
    static QVariant bindable(const QVariant &value);
    // Prepares and executes with positional values.
    Result<QSqlQuery> run(const QString &sql, const QVariantList &values, const QString &what) const;

    // Runs `work` inside one write transaction (SQLite: BEGIN IMMEDIATE, so the
    // write lock is taken before anything is read). Commits when work() returns
    // ok, rolls back otherwise. Nested calls join the outer transaction.
    Status transaction(const std::function<Status()> &work);
    bool inTransaction() const { return m_transactionDepth > 0; }

    // A consistent copy of the whole database while it may be in use.
    Status backupTo(const QString &targetPath) const;

    // The user recorded in the audit log.
    static QString currentUser();

private:
    Database() = default;
    Status prepareOpened(bool existed);
    Status configureConnection(int busyTimeoutMs);
    Status setSchemaVersion(int version);
    Status migrate(int fromVersion);
    Status seedIfEmpty();

    QString m_location;
    QString m_connectionName;
    Dialect m_dialect = Dialect::Sqlite;
    OpenOptions m_options;
    int m_transactionDepth = 0;
    QString m_migrationBackup;
};

// Converts a failed QSqlQuery/QSqlDatabase into a translated storage error.
Error sqlError(const QString &what, const QString &driverText, bool busy = false);

} // namespace vd
