#include "database.h"

#include "openfiles.h"
#include "platform.h"
#include "schema.h"
#include "seedcampaign.h"
#include "sqldialect.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QStandardPaths>
#include <QUuid>

namespace vd {

namespace {

// This file's translations, lupdate context "vd::Database".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vd::Database)
};

} // namespace

namespace {

QString backupNameFor(const QString &path, int version)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    return path + QStringLiteral(".v%1-%2.bak").arg(version).arg(stamp);
}

} // namespace

Error sqlError(const QString &what, const QString &driverText, bool busy)
{
    if (busy) {
        return Error::storage(
            Tr::tr("Cơ sở dữ liệu đang bận (một người hoặc chương trình khác đang ghi), hãy thử lại: %1").arg(what));
    }
    return Error::storage(Tr::tr("Lỗi cơ sở dữ liệu khi %1: %2").arg(what, driverText));
}

int Database::currentSchemaVersion() { return int(schemaMigrations().size()); }

QString Database::defaultLocation()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("vinhdanh.sqlite"));
}

QString Database::currentUser()
{
    // The account the process runs as (getpwuid(geteuid())), never $USER or
    // $LOGNAME, which anyone can set: the audit log's "who" (platform.h).
    return platform::osUserName();
}

bool Database::isServerLocation(const QString &location)
{
    const QString l = location.trimmed();
    return l.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
           || l.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Result<std::unique_ptr<Database>> Database::open(const QString &location, const OpenOptions &options)
{
    if (location.trimmed().isEmpty())
        return Error::usage(Tr::tr("Chưa chỉ định tệp cơ sở dữ liệu."));
    if (isServerLocation(location))
        return openPostgres(location.trimmed(), options);

    const QFileInfo info(location);
    const QString path = info.absoluteFilePath();
    const bool exists = info.exists();

    // Everything below is learnt through stat() or through SQLite itself: this
    // process may already hold the file open (a second connection for a
    // background load or an import), and opening and closing a descriptor of it
    // any other way would drop this process's SQLite locks (openfiles.h).
    if (isSqliteWorkingFileName(path)) {
        const QString base = path.left(path.lastIndexOf(QLatin1Char('-')));
        if (QFileInfo::exists(base)) {
            return Error::storage(Tr::tr("Tệp %1 là tệp làm việc của SQLite cho cơ sở dữ liệu %2, không phải một "
                                         "cơ sở dữ liệu. Hãy mở %2.")
                                      .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(base)));
        }
    }
    if (exists) {
        if (info.isDir()) {
            return Error::storage(
                Tr::tr("%1 là một thư mục, không phải tệp cơ sở dữ liệu.").arg(QDir::toNativeSeparators(path)));
        }
        if (info.size() == 0) {
            return Error::storage(
                Tr::tr("Tệp %1 rỗng (0 byte), không phải cơ sở dữ liệu VinhDanh.").arg(QDir::toNativeSeparators(path)));
        }
    } else {
        if (!options.createIfMissing) {
            return Error::storage(Tr::tr("Không tìm thấy tệp cơ sở dữ liệu %1.").arg(QDir::toNativeSeparators(path)));
        }
        if (!info.absoluteDir().exists()) {
            return Error::storage(
                Tr::tr("Thư mục %1 không tồn tại.").arg(QDir::toNativeSeparators(info.absolutePath())));
        }
        if (!QFileInfo(info.absolutePath()).isWritable())
            return readOnlyFolderError(path);
    }

    std::unique_ptr<Database> db(new Database);
    db->m_location = path;
    db->m_options = options;
    db->m_sql = &SqlDialect::of(Dialect::Sqlite);
    db->m_userName = currentUser();
    db->m_connectionName = QStringLiteral("vinhdanh-") + QUuid::createUuid().toString(QUuid::Id128);

    QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    if (!conn.isValid()) {
        return Error::storage(Tr::tr("Thiếu trình điều khiển SQLite của Qt (gói libqt6sql6-sqlite)."));
    }
    conn.setDatabaseName(path);
    conn.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
    if (!conn.open()) {
        return Error::storage(
            Tr::tr("Không mở được %1: %2").arg(QDir::toNativeSeparators(path), conn.lastError().text()));
    }

    OpenDatabaseFiles::add(path);
    db->m_registeredFile = path;

    Status prepared = db->prepareOpened(exists);
    if (!prepared) {
        if (!exists) {
            // Nothing half-created is left behind. Closing the last connection
            // already removed the -wal and -shm files; they are not touched here,
            // as they could be another connection's by now.
            db.reset();
            if (!OpenDatabaseFiles::contains(path)) {
                QFile::remove(path);
                QFile::remove(path + QStringLiteral("-journal"));
            }
        }
        return prepared.error();
    }
    return db;
}

Status Database::prepareOpened(bool existed)
{
    const QString path = m_location;
    const bool exists = existed;
    if (!exists) {
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        // Pages of 8 KiB instead of SQLite's 4 KiB: a nominee row is wide
        // (about 500 bytes), and an import of many rows writes and
        // checkpoints half as many pages (docs/performance-import.md, round
        // 8). Only a new file: it is fixed once the first page is written,
        // and an existing file keeps its own.
        auto pageSize = run(QStringLiteral("PRAGMA page_size = 8192"), {}, Tr::tr("cấu hình kết nối"));
        if (!pageSize)
            return pageSize.error();
        if (auto st = configureConnection(m_options.busyTimeoutMs); !st)
            return st;
        auto appId
            = run(QStringLiteral("PRAGMA application_id = %1").arg(applicationId), {}, Tr::tr("đánh dấu tệp VinhDanh"));
        if (!appId)
            return appId.error();
    } else {
        // Read before any write: a file that is damaged inside is refused untouched.
        {
            auto probe
                = run(QStringLiteral("SELECT count(*) FROM sqlite_master"), {}, Tr::tr("đọc cấu trúc cơ sở dữ liệu"));
            if (!probe)
                return probe.error();
            probe->finish(); // ends the read transaction before the PRAGMAs below
        }
        // The same checks as the header's, now through SQLite (sees the WAL).
        auto appId = run(QStringLiteral("PRAGMA application_id"), {}, Tr::tr("đọc cấu trúc cơ sở dữ liệu"));
        if (!appId)
            return appId.error();
        const qint32 id = appId->next() ? appId->value(0).toInt() : 0;
        appId->finish();
        if (id != applicationId) {
            return Error::storage(Tr::tr("Tệp %1 là cơ sở dữ liệu SQLite nhưng không phải của VinhDanh.")
                                      .arg(QDir::toNativeSeparators(path)));
        }
        if (schemaVersion() > currentSchemaVersion()) {
            return Error::storage(Tr::tr("Tệp %1 do phiên bản VinhDanh mới hơn tạo (lược đồ %2, bản này hiểu đến %3). "
                                         "Hãy cập nhật chương trình.")
                                      .arg(QDir::toNativeSeparators(path))
                                      .arg(schemaVersion())
                                      .arg(currentSchemaVersion()));
        }
        if (auto st = configureConnection(m_options.busyTimeoutMs); !st)
            return st;
        // A damaged page anywhere (not only in what the program reads first)
        // is found before anything is written: at start-up, and before a
        // migration rewrites tables.
        if (m_options.checkIntegrity || schemaVersion() < currentSchemaVersion()) {
            if (auto st = checkIntegrity(); !st)
                return st;
        }
    }

    const int version = schemaVersion();
    if (version < currentSchemaVersion()) {
        if (version > 0 && !m_options.migrate) {
            return Error::storage(Tr::tr("Tệp %1 có lược đồ cũ (phiên bản %2) cần nâng cấp.")
                                      .arg(QDir::toNativeSeparators(path))
                                      .arg(version));
        }
        if (version > 0) {
            const QString backup = backupNameFor(path, version);
            if (auto st = backupTo(backup); !st)
                return st;
            m_migrationBackup = backup;
        }
        if (auto st = migrate(version); !st)
            return st;
    }
    if (auto st = seedIfEmpty(); !st)
        return st;
    if (!exists || version < currentSchemaVersion()) {
        // Put the header (application id, schema version) into the main file now,
        // so that it tells the truth even if the program stops before a checkpoint.
        auto cp = run(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), {}, Tr::tr("ghi tệp cơ sở dữ liệu"));
        if (!cp)
            return cp.error();
    }
    return {};
}

Database::~Database()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase conn = QSqlDatabase::database(m_connectionName, false);
        if (conn.isOpen())
            conn.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    if (!m_registeredFile.isEmpty())
        OpenDatabaseFiles::remove(m_registeredFile);
}

Database::Another Database::another() const
{
    Another a;
    a.m_location = m_location;
    a.m_options = m_options; // the typed password too: the file may be absent
    a.m_options.createIfMissing = false;
    a.m_options.migrate = false;
    // This connection's open ran quick_check already (docs/data-safety.md):
    // a copy reading the same file does not read every page again (at 100 000
    // nominees ~10 % of a background load, docs/performance-check-gui.md).
    // Writers that change many rows still call checkIntegrity() themselves.
    a.m_options.checkIntegrity = false;
    return a;
}

Result<std::unique_ptr<Database>> Database::Another::open() const { return Database::open(m_location, m_options); }

Result<std::unique_ptr<Database>> Database::openAnother() const { return another().open(); }

QSqlDatabase Database::connection() const { return QSqlDatabase::database(m_connectionName, false); }

Status Database::configureConnection(int busyTimeoutMs)
{
    const QStringList pragmas = {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs),
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = NORMAL"),
    };
    for (const QString &pragma : pragmas) {
        auto r = run(pragma, {}, Tr::tr("cấu hình kết nối"));
        if (!r)
            return r.error();
    }
    return {};
}

Dialect Database::dialect() const { return m_sql->kind(); }

int Database::schemaVersion() const { return m_sql->schemaVersion(*this); }

Status Database::setSchemaVersion(int version) { return m_sql->setSchemaVersion(*this, version); }

Status Database::migrate(int fromVersion)
{
    const auto &steps = schemaMigrations();
    for (int v = fromVersion; v < int(steps.size()); ++v) {
        const MigrationStep &step = steps.at(std::size_t(v));
        Status st = transaction([&]() -> Status {
            if (v == 0) {
                if (auto s = m_sql->beforeFirstStep(*this); !s)
                    return s;
            }
            if (auto s = step.apply(*this); !s)
                return s;
            return setSchemaVersion(v + 1);
        });
        if (!st) {
            return Error::storage(
                Tr::tr("Nâng cấp lược đồ lên phiên bản %1 thất bại: %2").arg(v + 1).arg(st.error().message));
        }
    }
    return {};
}

Status Database::seedIfEmpty()
{
    if (!m_options.seedBuiltInCampaign)
        return {};
    auto count = run(QStringLiteral("SELECT count(*) FROM campaign"), {}, Tr::tr("đọc đợt biểu dương"));
    if (!count)
        return count.error();
    const bool seeded = count->next() && count->value(0).toInt() > 0;
    count->finish();
    if (seeded)
        return {};
    return transaction([&]() -> Status { return insertBuiltInCampaign(*this); });
}

QSqlQuery Database::prepare(const QString &sql) const
{
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    return q;
}

QVariant Database::bindable(const QVariant &value)
{
    // A null QString would be bound as SQL NULL; text columns are NOT NULL ''.
    if (value.metaType().id() == QMetaType::QString && value.toString().isNull())
        return QVariant(QStringLiteral(""));
    // Booleans are stored as INTEGER 0/1 on both back-ends (PostgreSQL would
    // refuse TRUE/FALSE for an integer column).
    if (value.metaType().id() == QMetaType::Bool)
        return QVariant(value.toBool() ? 1 : 0);
    return value;
}

Status Database::exec(QSqlQuery &query, const QString &what) const
{
    // A statement the database could not prepare (a damaged or foreign file, a
    // read-only folder) is not run: its own error says why, while running it
    // would only say "No query / Unable to fetch row". (So a statement whose
    // last run failed is not run again either: prepare it anew.)
    if (!query.isActive() && query.lastError().type() != QSqlError::NoError)
        return queryError(query.lastError(), what);
    if (query.exec())
        return {};
    return queryError(query.lastError(), what);
}

Error Database::queryError(const QSqlError &e, const QString &what) const
{
    bool damaged = false;
    Error error = m_sql->storageError(*this, e, what, damaged);
    if (damaged)
        m_damaged = true; // nothing more is written into this file (transaction())
    return error;
}

Error Database::storageError(const QString &nativeCode, const QString &driverText, const QString &what) const
{
    return queryError(QSqlError(QString(), driverText, QSqlError::StatementError, nativeCode), what);
}

Status Database::endOfRows(const QSqlQuery &query, const QString &what) const
{
    const QSqlError e = query.lastError();
    if (e.type() == QSqlError::NoError)
        return {};
    return queryError(e, what);
}

Status Database::checkIntegrity() const
{
    const QString check = m_sql->integrityCheckStatement();
    if (check.isEmpty())
        return {};
    const QString what = Tr::tr("kiểm tra tính toàn vẹn của tệp");
    // quick_check reads every page (the WAL included) in one read transaction;
    // busy_timeout covers the moments another process resets the WAL, and a
    // busy answer is reported as busy (storageError), not as damage.
    auto q = run(check, {}, what);
    if (!q)
        return q.error();
    QStringList problems;
    while (q->next()) {
        const QString line = q->value(0).toString();
        if (line != QLatin1String("ok"))
            problems.append(line);
    }
    if (auto st = endOfRows(*q, what); !st)
        return st;
    q->finish();
    if (problems.isEmpty())
        return {};
    m_damaged = true;
    return Error::storage(Tr::tr("Tệp cơ sở dữ liệu %1 bị hỏng (kiểm tra toàn vẹn không đạt). "
                                 "Không ghi gì thêm vào tệp này; hãy khôi phục từ bản sao lưu.")
                              .arg(QDir::toNativeSeparators(m_location)),
                          problems);
}

Status Database::execDirect(const QString &sql, const QString &what) const
{
    // Statements without values (DDL, BEGIN, SET ...): PostgreSQL cannot
    // PREPARE utility statements, so they are sent as they are.
    QSqlQuery q(connection());
    if (q.exec(sql))
        return {};
    return queryError(q.lastError(), what);
}

Result<QSqlQuery> Database::run(const QString &sql, const QVariantList &values, const QString &what) const
{
    if (values.isEmpty() && m_sql->sendsValuelessDirectly()) {
        QSqlQuery q(connection());
        q.setForwardOnly(true);
        if (!q.exec(sql))
            return queryError(q.lastError(), what);
        return q;
    }
    QSqlQuery q = prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(bindable(v));
    if (auto st = exec(q, what); !st)
        return st.error();
    return q;
}

Status Database::transaction(const std::function<Status()> &work)
{
    if (m_damaged) {
        // SQLite found this file damaged: writing into it could only spread
        // the damage (or hide what is left behind it).
        return Error::storage(Tr::tr("Tệp cơ sở dữ liệu %1 bị hỏng: không ghi gì vào tệp này. "
                                     "Hãy khôi phục từ bản sao lưu.")
                                  .arg(QDir::toNativeSeparators(m_location)));
    }
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        Status st = work();
        --m_transactionDepth;
        return st;
    }
    auto begin = run(m_sql->beginStatement(), {}, Tr::tr("bắt đầu giao dịch"));
    if (!begin)
        return begin.error();
    ++m_transactionDepth;
    Status st = work();
    --m_transactionDepth;
    if (!st) {
        auto rb = run(QStringLiteral("ROLLBACK"), {}, Tr::tr("hủy giao dịch"));
        Q_UNUSED(rb);
        return st;
    }
    if (auto before = m_sql->beforeCommit(*this); !before) {
        auto rb = run(QStringLiteral("ROLLBACK"), {}, Tr::tr("hủy giao dịch"));
        Q_UNUSED(rb);
        return before;
    }
    auto commit = run(QStringLiteral("COMMIT"), {}, Tr::tr("ghi giao dịch"));
    if (!commit) {
        auto rb = run(QStringLiteral("ROLLBACK"), {}, Tr::tr("hủy giao dịch"));
        Q_UNUSED(rb);
        return commit.error();
    }
    return {};
}

Status Database::lockForApproval(qint64 campaignId)
{
    if (!inTransaction()) {
        return Error::storage(
            Tr::tr("Lỗi chương trình: khóa duyệt đợt %1 phải nằm trong một giao dịch.").arg(campaignId));
    }
    return m_sql->lockForApproval(*this, campaignId);
}

Result<bool> Database::setApprovedOnServer(const QList<qint64> &ids, bool approved)
{
    return m_sql->setApprovedOnServer(*this, ids, approved);
}

Status Database::backupTo(const QString &targetPath) const
{
    const QFileInfo target(targetPath);
    if (!target.absoluteDir().exists()) {
        return Error::storage(Tr::tr("Thư mục %1 không tồn tại.").arg(QDir::toNativeSeparators(target.absolutePath())));
    }
    if (target.exists()) {
        return Error::storage(Tr::tr("Tệp %1 đã có; chọn tên khác cho bản sao lưu.")
                                  .arg(QDir::toNativeSeparators(target.absoluteFilePath())));
    }
    const QString tmp = target.absoluteFilePath() + QStringLiteral(".part");
    QFile::remove(tmp);
    if (auto st = m_sql->copyToNewFile(*this, tmp); !st)
        return st;
    QFile::setPermissions(tmp, QFile::ReadOwner | QFile::WriteOwner);
    if (!QFile::rename(tmp, target.absoluteFilePath())) {
        QFile::remove(tmp);
        return Error::storage(
            Tr::tr("Không ghi được bản sao lưu %1.").arg(QDir::toNativeSeparators(target.absoluteFilePath())));
    }
    return {};
}

} // namespace vd
