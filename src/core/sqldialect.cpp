#include "sqldialect.h"

#include "transfer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace vd {

namespace {

// This file's translations, lupdate context "vd::Database".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vd::Database)
};

// SQLite's primary result code of a failed statement (Qt reports the code of
// sqlite3_step/prepare, sometimes extended: the low byte is the primary code).
int sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

constexpr int kSqliteBusy = 5; // SQLITE_BUSY
constexpr int kSqliteLocked = 6; // SQLITE_LOCKED
constexpr int kSqliteReadOnly = 8; // SQLITE_READONLY
constexpr int kSqliteCorrupt = 11; // SQLITE_CORRUPT
constexpr int kSqliteCantOpen = 14; // SQLITE_CANTOPEN
constexpr int kSqliteNotADb = 26; // SQLITE_NOTADB

Status statusOf(const Result<QSqlQuery> &r) { return r ? Status() : Status(r.error()); }

} // namespace

class SqliteDialect final : public SqlDialect
{
public:
    Dialect kind() const override { return Dialect::Sqlite; }

    QString ddl(QString sql) const override
    {
        sql.replace(QLatin1String("{PK}"), QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT"));
        sql.replace(QLatin1String("{BLOB}"), QLatin1String("BLOB"));
        return sql;
    }

    // The write lock is taken before anything is read.
    QString beginStatement() const override { return QStringLiteral("BEGIN IMMEDIATE"); }
    bool sendsValuelessDirectly() const override { return false; }

    Error storageError(const Database &db, const QSqlError &e, const QString &what, bool &damaged) const override
    {
        // SQLite's own words ("database disk image is malformed"), without Qt's
        // "Unable to fetch row" (or "No query" when there is none).
        const QString driverText = e.databaseText().isEmpty() ? e.text() : e.databaseText();
        const int code = sqliteCode(e);
        const QString file = QDir::toNativeSeparators(db.location());
        if (code == kSqliteNotADb || code == kSqliteCorrupt)
            damaged = true;
        if (code == kSqliteNotADb) {
            return Error::storage(Tr::tr("Tệp %1 không phải cơ sở dữ liệu SQLite (không phải tệp "
                                         "VinhDanh), hoặc phần đầu của nó đã hỏng.")
                                      .arg(file),
                                  { driverText });
        }
        if (code == kSqliteCorrupt) {
            return Error::storage(Tr::tr("Tệp cơ sở dữ liệu %1 bị hỏng hoặc bị cắt cụt (khi %2). "
                                         "Không ghi gì thêm vào tệp này; hãy khôi phục từ bản sao lưu.")
                                      .arg(file, what),
                                  { driverText });
        }
        if (code == kSqliteReadOnly || code == kSqliteCantOpen) {
            // SQLite needs to write the file and, next to it, its -wal and -shm
            // files: a read-only file or folder ends here (before, the message was
            // Qt's "No query Unable to fetch row").
            const QFileInfo info(db.location());
            if (!QFileInfo(info.absolutePath()).isWritable()) {
                Error error = readOnlyFolderError(db.location());
                error.details.append(driverText);
                return error;
            }
            if (info.exists() && !info.isWritable()) {
                return Error::storage(Tr::tr("Tệp cơ sở dữ liệu %1 chỉ cho đọc: không ghi được (khi %2). "
                                             "Hãy xin quyền ghi tệp này, hoặc dùng một bản sao.")
                                          .arg(file, what),
                                      { driverText });
            }
        }
        return sqlError(what, driverText, code == kSqliteBusy || code == kSqliteLocked);
    }

    QString integrityCheckStatement() const override { return QStringLiteral("PRAGMA quick_check(20)"); }

    int schemaVersion(const Database &db) const override
    {
        QSqlQuery q = db.prepare(QStringLiteral("PRAGMA user_version"));
        if (q.exec() && q.next())
            return q.value(0).toInt();
        return -1;
    }

    Status setSchemaVersion(Database &db, int version) const override
    {
        // PRAGMA takes no bound parameters; the value is an int from our own code.
        return statusOf(
            db.run(QStringLiteral("PRAGMA user_version = %1").arg(version), {}, Tr::tr("ghi phiên bản lược đồ")));
    }

    // The file's header (application_id) is written when the file is created.
    Status beforeFirstStep(Database &) const override { return {}; }
    Status beforeCommit(Database &) const override { return {}; }

    // BEGIN IMMEDIATE: the connection is already the only writer.
    Status lockForApproval(Database &, qint64) const override { return {}; }
    Result<bool> setApprovedOnServer(Database &, const QList<qint64> &, bool) const override { return false; }

    Status copyToNewFile(const Database &db, const QString &path) const override
    {
        // VACUUM INTO writes a consistent snapshot (a read transaction) to a new file.
        auto r = db.run(QStringLiteral("VACUUM INTO ?"), { path }, Tr::tr("sao lưu"));
        if (!r) {
            QFile::remove(path);
            return r.error();
        }
        return {};
    }
};

class PostgresDialect final : public SqlDialect
{
public:
    Dialect kind() const override { return Dialect::Postgres; }

    QString ddl(QString sql) const override
    {
        sql.replace(QLatin1String("{PK}"), QLatin1String("BIGSERIAL PRIMARY KEY"));
        sql.replace(QLatin1String("{BLOB}"), QLatin1String("BYTEA"));
        // SQLite integers are 64-bit; PostgreSQL's INTEGER is 32-bit, so the
        // same columns become BIGINT here (booleans stay 0/1 integers).
        static const QRegularExpression integer(QStringLiteral("\\bINTEGER\\b"));
        sql.replace(integer, QStringLiteral("BIGINT"));
        return sql;
    }

    QString beginStatement() const override { return QStringLiteral("BEGIN"); }
    bool sendsValuelessDirectly() const override { return true; }

    // The statement waited in vain for another client's lock.
    static bool isBusy(const QSqlError &error)
    {
        // serialization_failure, deadlock_detected, lock_not_available (lock_timeout).
        const QString code = error.nativeErrorCode();
        return code == QLatin1String("40001") || code == QLatin1String("40P01") || code == QLatin1String("55P03");
    }

    Error storageError(const Database &db, const QSqlError &e, const QString &what, bool &) const override
    {
        if (e.nativeErrorCode() == QLatin1String("42501")) {
            // insufficient_privilege: the server's roles refused (pg-setup-roles.sql).
            return Error::storage(Tr::tr("Tài khoản “%1” không có quyền %2 trên máy chủ cơ sở dữ liệu. "
                                         "Hãy nhờ người quản trị cấp quyền (vai trò nhập liệu, duyệt hoặc quản trị).")
                                      .arg(db.userName(), what),
                                  { e.databaseText() });
        }
        return sqlError(what, e.text(), isBusy(e));
    }

    // The server keeps its own checksums.
    QString integrityCheckStatement() const override { return QString(); }

    int schemaVersion(const Database &db) const override
    {
        QSqlQuery exists(db.connection());
        if (!exists.exec(QStringLiteral("SELECT to_regclass('%1') IS NOT NULL").arg(QLatin1String(kMetaTable)))
            || !exists.next())
            return -1;
        if (!exists.value(0).toBool())
            return 0;
        auto q = db.run(QStringLiteral("SELECT value FROM %1 WHERE key = ?").arg(QLatin1String(kMetaTable)),
                        { QStringLiteral("schema_version") }, Tr::tr("đọc phiên bản lược đồ"));
        if (!q)
            return -1;
        return q->next() ? q->value(0).toInt() : 0;
    }

    Status setSchemaVersion(Database &db, int version) const override
    {
        return statusOf(db.run(QStringLiteral("UPDATE %1 SET value = ? WHERE key = ?").arg(QLatin1String(kMetaTable)),
                               { QString::number(version), QStringLiteral("schema_version") },
                               Tr::tr("ghi phiên bản lược đồ")));
    }

    // The marker and the version row come with the first tables, in the same
    // transaction (PostgreSQL DDL is transactional).
    Status beforeFirstStep(Database &db) const override
    {
        const QString table = QLatin1String(kMetaTable);
        if (auto st
            = statusOf(db.run(QStringLiteral("CREATE TABLE %1 (key TEXT PRIMARY KEY, value TEXT NOT NULL)").arg(table),
                              {}, Tr::tr("tạo bảng")));
            !st)
            return st;
        for (const auto &row :
             { std::pair<QString, QString>(QStringLiteral("application"), QLatin1String(kApplicationMarker)),
               std::pair<QString, QString>(QStringLiteral("schema_version"), QStringLiteral("0")) }) {
            auto r = db.run(QStringLiteral("INSERT INTO %1 (key, value) VALUES (?, ?)").arg(table),
                            { row.first, row.second }, Tr::tr("đánh dấu cơ sở dữ liệu VinhDanh"));
            if (!r)
                return r.error();
        }
        return {};
    }

    // Other clients listening (ChangeNotifier) hear of it at COMMIT.
    Status beforeCommit(Database &db) const override
    {
        return statusOf(db.run(QStringLiteral("NOTIFY vinhdanh_changed"), {}, Tr::tr("báo thay đổi")));
    }

    // A transaction-scoped advisory lock keyed by the campaign, released at
    // COMMIT/ROLLBACK; it needs no table privilege.
    Status lockForApproval(Database &db, qint64 campaignId) const override
    {
        return statusOf(db.run(QStringLiteral("SELECT pg_advisory_xact_lock(?, ?)"),
                               { int(Database::applicationId), int(campaignId) }, Tr::tr("chờ lượt duyệt")));
    }

    Result<bool> setApprovedOnServer(Database &db, const QList<qint64> &ids, bool approved) const override
    {
        auto installed
            = db.run(QStringLiteral("SELECT to_regprocedure('vinhdanh_set_approved(bigint[],boolean)') IS NOT NULL"),
                     {}, Tr::tr("ghi duyệt"));
        if (!installed)
            return installed.error();
        if (!installed->next() || !installed->value(0).toBool())
            return false;
        installed->finish();
        QStringList list;
        list.reserve(ids.size());
        for (qint64 id : ids)
            list.append(QString::number(id));
        auto r = db.run(QStringLiteral("SELECT vinhdanh_set_approved(CAST(? AS bigint[]), CAST(? AS integer) <> 0)"),
                        { QStringLiteral("{%1}").arg(list.join(QLatin1Char(','))), approved ? 1 : 0 },
                        Tr::tr("ghi duyệt"));
        if (!r)
            return r.error();
        return true;
    }

    // Every table is copied, in one snapshot, into a new SQLite file.
    Status copyToNewFile(const Database &db, const QString &path) const override
    {
        auto report = copyToNewSqliteFile(db, path);
        if (!report) {
            for (const char *suffix : { "", "-wal", "-shm", "-journal" })
                QFile::remove(path + QLatin1String(suffix));
            return report.error();
        }
        return {};
    }
};

Error readOnlyFolderError(const QString &path)
{
    const QFileInfo info(path);
    return Error::storage(
        Tr::tr("Thư mục %1 chỉ cho đọc: không ghi được cơ sở dữ liệu %2 "
               "(SQLite cần tạo tệp -wal và -shm cạnh nó). Hãy chép tệp sang "
               "một thư mục được ghi, hoặc xin quyền ghi thư mục này.")
            .arg(QDir::toNativeSeparators(info.absolutePath()), QDir::toNativeSeparators(info.absoluteFilePath())));
}

const SqlDialect &SqlDialect::of(Dialect kind)
{
    static const SqliteDialect sqlite;
    static const PostgresDialect postgres;
    if (kind == Dialect::Postgres)
        return postgres;
    return sqlite;
}

} // namespace vd
