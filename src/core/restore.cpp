#include "restore.h"

#include "auditlog.h"
#include "database.h"
#include "platform.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>

#include <sqlite3.h>

namespace vd {

namespace {

// This file's translations, lupdate context "vd::Restore".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vd::Restore)
};

} // namespace

namespace {

sqlite3 *sqliteHandle(const Database &db)
{
    const QVariant handle = db.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace

Result<RestoreResult> restoreFromBackup(Database &db, const QString &backupPath)
{
    if (db.dialect() != Dialect::Sqlite) {
        return Error::usage(
            Tr::tr("Khôi phục từ tệp sao lưu chỉ dùng cho cơ sở dữ liệu SQLite; với máy chủ, dùng pg_restore."));
    }
    const QString source = QFileInfo(backupPath).absoluteFilePath();
    // The same file under another name (a link) counts too; found by stat(),
    // without opening it (openfiles.h).
    if (source == QFileInfo(db.location()).absoluteFilePath()
        || platform::fileIdentity(source) == platform::fileIdentity(db.location())) {
        return Error::usage(Tr::tr("Tệp sao lưu chính là cơ sở dữ liệu đang mở."));
    }
    // The backup must be one of ours, readable, and of this schema version.
    OpenOptions check;
    check.createIfMissing = false;
    check.migrate = false;
    check.seedBuiltInCampaign = false;
    check.checkIntegrity = true; // a damaged backup never replaces the data
    auto backup = Database::open(source, check);
    if (!backup) {
        return Error::validation(
            Tr::tr("Không dùng được tệp sao lưu %1: %2").arg(QDir::toNativeSeparators(source), backup.error().message));
    }
    if ((*backup)->schemaVersion() != db.schemaVersion()) {
        return Error::validation(Tr::tr("Tệp sao lưu có lược đồ phiên bản %1, cơ sở dữ liệu đang mở là %2: "
                                        "hãy mở tệp sao lưu bằng Tệp ▸ Mở để nâng cấp nó trước.")
                                     .arg((*backup)->schemaVersion())
                                     .arg(db.schemaVersion()));
    }

    RestoreResult result;
    const QFileInfo live(db.location());
    result.safetyCopy = live.absoluteDir().filePath(
        live.completeBaseName() + QStringLiteral(".truoc-khoi-phuc-")
        + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")) + QStringLiteral(".sqlite"));
    if (auto st = db.backupTo(result.safetyCopy); !st)
        return st.error();

    sqlite3 *dest = sqliteHandle(db);
    sqlite3 *src = sqliteHandle(**backup);
    if (!dest || !src)
        return Error::storage(Tr::tr("Không truy cập được SQLite để khôi phục."));
    sqlite3_backup *copy = sqlite3_backup_init(dest, "main", src, "main");
    if (!copy) {
        return Error::storage(Tr::tr("Không khôi phục được: %1").arg(QString::fromUtf8(sqlite3_errmsg(dest))));
    }
    const int step = sqlite3_backup_step(copy, -1);
    const int finish = sqlite3_backup_finish(copy);
    if (step != SQLITE_DONE || finish != SQLITE_OK) {
        const bool busy = step == SQLITE_BUSY || step == SQLITE_LOCKED;
        return sqlError(Tr::tr("khôi phục từ bản sao lưu"),
                        QString::fromUtf8(sqlite3_errstr(step != SQLITE_DONE ? step : finish)), busy);
    }
    Status logged = db.transaction([&]() -> Status {
        return AuditLog(db).record(QStringLiteral("restore"), QStringLiteral("database"), 0,
                                   QFileInfo(source).fileName());
    });
    if (!logged)
        return logged.error();
    return result;
}

Result<RestoreResult> replaceWithBackup(const QString &databasePath, const QString &backupPath)
{
    const QString target = QFileInfo(databasePath).absoluteFilePath();
    const QString source = QFileInfo(backupPath).absoluteFilePath();
    if (source == target)
        return Error::usage(Tr::tr("Tệp sao lưu chính là cơ sở dữ liệu đang mở."));
    {
        OpenOptions check;
        check.createIfMissing = false;
        check.seedBuiltInCampaign = false;
        check.checkIntegrity = true; // a damaged backup never takes the file's place
        // Opening migrates an older backup in place (after its own .bak copy).
        auto backup = Database::open(source, check);
        if (!backup) {
            return Error::validation(Tr::tr("Không dùng được tệp sao lưu %1: %2")
                                         .arg(QDir::toNativeSeparators(source), backup.error().message));
        }
    }
    RestoreResult result;
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    result.safetyCopy = target + QStringLiteral(".hong-") + stamp;
    const QString part = target + QStringLiteral(".khoi-phuc.part");
    QFile::remove(part);
    if (!QFile::copy(source, part)) {
        return Error::storage(
            Tr::tr("Không chép được %1 vào %2.").arg(QDir::toNativeSeparators(source), QDir::toNativeSeparators(part)));
    }
    QFile::setPermissions(part, QFile::ReadOwner | QFile::WriteOwner);
    if (QFile::exists(target) && !QFile::rename(target, result.safetyCopy)) {
        QFile::remove(part);
        return Error::storage(Tr::tr("Không đổi tên được %1 để giữ lại.").arg(QDir::toNativeSeparators(target)));
    }
    for (const char *suffix : { "-wal", "-shm" }) {
        if (QFile::exists(target + QLatin1String(suffix)))
            QFile::rename(target + QLatin1String(suffix), result.safetyCopy + QLatin1String(suffix));
    }
    if (!QFile::rename(part, target)) {
        QFile::rename(result.safetyCopy, target); // put the old file back
        return Error::storage(Tr::tr("Không đặt được bản sao lưu vào %1.").arg(QDir::toNativeSeparators(target)));
    }
    return result;
}

} // namespace vd
