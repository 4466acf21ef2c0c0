// A database in a read-only folder, or a read-only database file: the message
// says so, in Vietnamese, with the path (before: "No query Unable to fetch
// row"). Permissions mean nothing to root, so when the tests run as root the
// CLI runs as the unprivileged user nobody (setpriv), which is what a user
// without write permission is.
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <unistd.h>

using namespace vd;
using namespace vd::test;

namespace {

bool runningAsRoot() { return ::geteuid() == 0; }

// vinhdanh-cli as the current user, or as nobody when that is root.
CliResult runCliUnprivileged(const QStringList &arguments)
{
    QString program = QStringLiteral(VINHDANH_CLI_PATH);
    QStringList args = arguments;
    if (runningAsRoot()) {
        const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
        REQUIRE_FALSE(setpriv.isEmpty());
        args = QStringList { QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                             QStringLiteral("--clear-groups"), program }
               + arguments;
        program = setpriv;
    }
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), QDir::tempPath());
    env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    p.setProcessEnvironment(env);
    p.start(program, args);
    REQUIRE(p.waitForStarted(10000));
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(120000));
    CliResult r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

const QFileDevice::Permissions kReadExecute = QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                                              | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther;
const QFileDevice::Permissions kAll
    = kReadExecute | QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
const QFileDevice::Permissions kReadOnlyFile = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;

// A database with one nominee in dir/FOLDER/office.sqlite, checkpointed (no
// -wal or -shm left), readable by everybody when the CLI runs as nobody.
QString makeDatabase(const TempDir &dir, const QString &folder)
{
    REQUIRE(QDir(dir.path()).mkdir(folder));
    const QString path = QDir(dir.file(folder)).filePath(QStringLiteral("office.sqlite"));
    {
        auto db = openDatabase(path);
        insertNominee(*db, eligibleNominee(*db, QStringLiteral("MN"), QStringLiteral("Lê Thị Chỉ Đọc")));
    }
    REQUIRE_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    if (runningAsRoot()) {
        REQUIRE(QFile::setPermissions(dir.path(), kReadExecute | QFileDevice::WriteOwner));
        REQUIRE(QFile::setPermissions(path,
                                      kAll & ~(QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther)));
    }
    return path;
}

void requireReadOnlyMessage(const CliResult &r, const QString &what, const QString &path)
{
    INFO("stdout: " << r.out.toStdString() << "\nstderr: " << r.err.toStdString());
    CHECK(r.exitCode == 3);
    CHECK(r.err.contains(what + QStringLiteral(" ") + QDir::toNativeSeparators(path) + QStringLiteral(" chỉ cho đọc")));
    CHECK_FALSE(r.err.contains(QStringLiteral("Unable to fetch row")));
}

} // namespace

TEST_CASE("a database in a read-only folder: the message names the read-only folder", "[cli][readonly]")
{
    TempDir dir;
    const QString path = makeDatabase(dir, QStringLiteral("ro"));
    const QString folder = QFileInfo(path).absolutePath();
    REQUIRE(QFile::setPermissions(folder, kReadExecute));

    requireReadOnlyMessage(runCliUnprivileged({ QStringLiteral("--db"), path, QStringLiteral("list") }),
                           QStringLiteral("Thư mục"), folder);
    // A new database there is refused the same way, and nothing is created.
    const QString fresh = QDir(folder).filePath(QStringLiteral("new.sqlite"));
    requireReadOnlyMessage(runCliUnprivileged({ QStringLiteral("--db"), fresh, QStringLiteral("init") }),
                           QStringLiteral("Thư mục"), folder);
    CHECK_FALSE(QFile::exists(fresh));

    REQUIRE(QFile::setPermissions(folder, kAll)); // TempDir can remove it
}

TEST_CASE("a read-only database file: reading works, a change names the read-only file", "[cli][readonly]")
{
    TempDir dir;
    const QString path = makeDatabase(dir, QStringLiteral("rw"));
    if (runningAsRoot())
        REQUIRE(QFile::setPermissions(QFileInfo(path).absolutePath(), kAll));
    REQUIRE(QFile::setPermissions(path, kReadOnlyFile));
    const QByteArray before = fileHash(path);

    auto list = runCliUnprivileged({ QStringLiteral("--db"), path, QStringLiteral("list") });
    INFO(list.err.toStdString());
    CHECK(list.exitCode == 0);
    CHECK(list.out.contains(QStringLiteral("Lê Thị Chỉ Đọc")));

    requireReadOnlyMessage(runCliUnprivileged({ QStringLiteral("--db"), path, QStringLiteral("import"),
                                                dataFile(QStringLiteral("import-excel-vi.csv")) }),
                           QStringLiteral("Tệp cơ sở dữ liệu"), path);
    CHECK(fileHash(path) == before);
}
