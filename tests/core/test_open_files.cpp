// A database this process holds open is only ever touched through SQLite:
// opening it again (a second connection) keeps the process's SQLite locks, and
// every other way in — an import, an attachment, an export, restore, opening
// its -wal or -shm as a database — is refused before a descriptor is opened.
#include "approvedexport.h"
#include "attachmentstore.h"
#include "database.h"
#include "importer.h"
#include "nomineestore.h"
#include "openfiles.h"
#include "restore.h"
#include "safefile.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_LINUX
#include <unistd.h>
#endif

using namespace vd;
using namespace vd::test;

namespace {

// Files of the database this process holds open that have been deleted.
QStringList deletedFilesHeld(const QString &dbPath)
{
    QStringList out;
#ifdef Q_OS_LINUX
    const QDir fds(QStringLiteral("/proc/self/fd"));
    for (const QString &fd : fds.entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)) {
        char target[4096];
        const ssize_t n = ::readlink(QFile::encodeName(fds.filePath(fd)).constData(), target, sizeof target - 1);
        const QString name = n > 0 ? QFile::decodeName(QByteArray(target, int(n))) : QString();
        if (name.startsWith(dbPath) && name.endsWith(QLatin1String(" (deleted)")))
            out.append(name);
    }
#else
    Q_UNUSED(dbPath);
#endif
    return out;
}

} // namespace

TEST_CASE("a second connection in this process keeps the first one's SQLite locks against another "
          "process",
          "[storage][concurrency]")
{
    TempDir dir;
    const QString path = QFileInfo(dir.file(QStringLiteral("chung.sqlite"))).absoluteFilePath();
    auto db = openDatabase(path);
    insertNominee(*db, eligibleNominee(*db, QStringLiteral("MN"), QStringLiteral("Lê Thị Hoa")));
    // Opening the same file again, as a worker thread's connection does, in
    // both ways the program does it; then closing them.
    {
        auto again = Database::open(path);
        REQUIRE(again.ok());
        auto another = db->openAnother();
        REQUIRE(another.ok());
    }
    // Another process opens, writes and exits. Had this process lost its locks,
    // it would believe it was alone and delete the -wal and -shm files.
    const CliResult other = runCli({ QStringLiteral("--db"), path, QStringLiteral("init") });
    INFO(other.err.toStdString());
    REQUIRE(other.exitCode == 0);
    CHECK(deletedFilesHeld(path).isEmpty());
    CHECK(QFile::exists(path + QStringLiteral("-wal")));

    // What this process writes now reaches the other process.
    insertNominee(*db, eligibleNominee(*db, QStringLiteral("TH"), QStringLiteral("Trần Văn Sau"),
                                       QStringLiteral("Trường Tiểu học An Hồng")));
    const CliResult listed = runCli({ QStringLiteral("--db"), path, QStringLiteral("list"), QStringLiteral("--json") });
    REQUIRE(listed.exitCode == 0);
    CHECK(listed.out.contains(QStringLiteral("Trần Văn Sau")));
}

TEST_CASE("an open database and its working files are refused as import, attachment, export or database", "[storage]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("dang-mo.sqlite"));
    auto db = openDatabase(path);
    const Nominee n = insertNominee(*db, eligibleNominee(*db, QStringLiteral("MN"), QStringLiteral("Lê Thị Hoa")));
    const QString link = dir.file(QStringLiteral("lien-ket.sqlite"));
    REQUIRE(QFile::link(path, link));
    REQUIRE(QFile::exists(path + QStringLiteral("-wal")));
    const QByteArray before = fileHash(path);

    // The file, a link to it, its -wal and -shm files: each one refused, by
    // every path that would otherwise open it as a plain file.
    for (const QString &target : { path, link, path + QStringLiteral("-wal"), path + QStringLiteral("-shm") }) {
        CAPTURE(target.toStdString());
        CHECK(OpenDatabaseFiles::contains(target));
        auto table = readImportTable(target);
        REQUIRE_FALSE(table.ok());
        CHECK(table.error().kind == ErrorKind::Storage);
        CHECK(table.error().message.contains(QStringLiteral("cơ sở dữ liệu đang mở")));

        auto attached = AttachmentStore(*db).addFile(n.id, target);
        REQUIRE_FALSE(attached.ok());
        CHECK(attached.error().message.contains(QStringLiteral("cơ sở dữ liệu đang mở")));

        auto written = writeFileAtomically(target, QByteArrayLiteral("Họ và tên\n"));
        REQUIRE_FALSE(written.ok());
        CHECK(written.error().message.contains(QStringLiteral("cơ sở dữ liệu đang mở")));
    }
    // Opened as a database itself, a working file is named for what it is.
    for (const char *suffix : { "-wal", "-shm" }) {
        auto opened = Database::open(path + QLatin1String(suffix));
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().message.contains(QStringLiteral("tệp làm việc")));
    }
    // Restoring the open database from itself, under another name.
    auto restored = restoreFromBackup(*db, link);
    REQUIRE_FALSE(restored.ok());
    CHECK(restored.error().message.contains(QStringLiteral("chính là cơ sở dữ liệu đang mở")));

    // Nothing was written, and the connection still works.
    CHECK(fileHash(path) == before);
    CHECK(NomineeStore(*db).count(n.campaignId).value() == 1);

    // Once it is closed, it is an ordinary file again.
    db.reset();
    CHECK_FALSE(OpenDatabaseFiles::contains(path));
    CHECK_FALSE(OpenDatabaseFiles::contains(link));
}
