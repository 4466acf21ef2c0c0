// The desktop program and vinhdanh-cli on one SQLite file at the same time.
//
// This test process is the desktop program (the real main window, offscreen);
// vinhdanh-cli runs as a real child process. Every second connection the
// program opens (the background load of a large list, the import wizard's
// writer) must keep the process's SQLite locks: if it opened and closed a
// descriptor of the database file outside SQLite, the process would lose its
// POSIX locks, the CLI would believe it was alone, checkpoint and delete the
// -wal and -shm files on exit, and what the program wrote afterwards would go
// to a deleted file: "saved", invisible to everyone else, lost at exit.
#include "guifixture.h"
#include "guitesthelpers.h"
#include "importwizard.h"
#include "nomineeeditor.h"
#include "sampledata.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#ifdef Q_OS_LINUX
#include <unistd.h>
#endif

using namespace vd;
using namespace vd::test;

namespace {

// The files of this database (the file, its -wal, its -shm) that this process
// holds open, as /proc/self/fd names them: "… (deleted)" when they were removed.
QStringList databaseFilesHeld(const QString &dbPath)
{
    QStringList held;
#ifdef Q_OS_LINUX
    const QString base = QFileInfo(dbPath).absoluteFilePath();
    const QDir fds(QStringLiteral("/proc/self/fd"));
    for (const QString &fd : fds.entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)) {
        char target[4096];
        const ssize_t n = ::readlink(QFile::encodeName(fds.filePath(fd)).constData(), target, sizeof target - 1);
        if (n <= 0)
            continue;
        const QString name = QFile::decodeName(QByteArray(target, int(n)));
        if (name.startsWith(base))
            held.append(name);
    }
#else
    Q_UNUSED(dbPath);
#endif
    return held;
}

QStringList deleted(const QStringList &held)
{
    QStringList out;
    for (const QString &name : held) {
        if (name.endsWith(QLatin1String(" (deleted)")))
            out.append(name);
    }
    return out;
}

// The nominees vinhdanh-cli lists: id -> full name.
QHash<qint64, QString> listedByCli(const QString &dbPath)
{
    const CliResult listed
        = runCli({ QStringLiteral("--db"), dbPath, QStringLiteral("list"), QStringLiteral("--json") });
    INFO(listed.err.toStdString());
    REQUIRE(listed.exitCode == 0);
    QHash<qint64, QString> names;
    const QJsonArray nominees = QJsonDocument::fromJson(listed.out.toUtf8())[QStringLiteral("nominees")].toArray();
    for (const QJsonValue &n : nominees)
        names.insert(n[QStringLiteral("id")].toInteger(), n[QStringLiteral("full_name")].toString());
    return names;
}

// A change another program makes while the window is open: an approval by vinhdanh-cli.
void approveWithCli(const QString &dbPath, qint64 id)
{
    qputenv("VINHDANH_TODAY", "2024-07-10"); // the window's "today" (GuiFixture)
    const CliResult approved
        = runCli({ QStringLiteral("--db"), dbPath, QStringLiteral("approve"), QString::number(id) });
    qunsetenv("VINHDANH_TODAY");
    INFO(approved.err.toStdString());
    REQUIRE(approved.exitCode == 0);
}

qint64 firstEligible(gui::Session &session)
{
    for (const Nominee &n : session.nominees()) {
        if (session.verdictOfId(n.id) == Verdict::Eligible && !n.approved)
            return n.id;
    }
    FAIL("no eligible nominee");
    return 0;
}

// Renames a nominee through the editor, as a user would, and saves.
void renameInEditor(gui::MainWindow &w, qint64 id, const QString &name)
{
    gui::NomineeEditor *editor = w.editNominee(id);
    REQUIRE(editor != nullptr);
    auto *fullName = child<QLineEdit>(editor, "fullNameLineEdit");
    fullName->selectAll();
    typeText(fullName, name);
    REQUIRE(editor->save());
    QApplication::processEvents();
}

QString integrityCheck(const QString &path)
{
    QString result;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("integrity-check"));
        c.setDatabaseName(path);
        REQUIRE(c.open());
        QSqlQuery q(c);
        REQUIRE(q.exec(QStringLiteral("PRAGMA integrity_check")));
        REQUIRE(q.next());
        result = q.value(0).toString();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("integrity-check"));
    return result;
}

// After another process wrote and exited: the window still holds live -wal and
// -shm files, and what it saves now reaches every other process and the file.
void checkWindowStillOwnsItsFiles(GuiFixture &f, qint64 renamedId)
{
    INFO("files of the database held by this process: "
         << databaseFilesHeld(f.path).join(QLatin1String(", ")).toStdString());
    CHECK(deleted(databaseFilesHeld(f.path)).isEmpty());
#ifdef Q_OS_LINUX
    CHECK(databaseFilesHeld(f.path).contains(f.path + QStringLiteral("-wal")));
#endif

    const QString name = QStringLiteral("Nguyễn Thị Lưu Được");
    renameInEditor(*f.window, renamedId, name);
    CHECK(listedByCli(f.path).value(renamedId) == name);

    // Closing the program keeps it, and the file is sound.
    f.window.reset();
    CHECK(listedByCli(f.path).value(renamedId) == name);
    CHECK(integrityCheck(f.path) == QLatin1String("ok"));
}

} // namespace

TEST_CASE("a large list loaded in the background keeps the window's SQLite locks while "
          "vinhdanh-cli writes",
          "[gui][concurrency][safety]")
{
    GuiFixture f;
    {
        auto db = openDatabase(f.path);
        writeSampleNominees(*db, gui::Session::backgroundThreshold + 200);
    }
    f.window = std::make_unique<gui::MainWindow>(Database::open(f.path).value());
    gui::Session &session = f.window->session();
    session.setToday(QDate(2024, 7, 10));
    REQUIRE(session.load().ok());
    REQUIRE(session.isLoading()); // on a second connection, in a worker thread
    REQUIRE(QTest::qWaitFor([&session] { return !session.isLoading(); }, 60000));
    REQUIRE(session.nominees().size() == gui::Session::backgroundThreshold + 200);
    // F5 loads in the background once more.
    REQUIRE(session.refresh().ok());
    REQUIRE(QTest::qWaitFor([&session] { return !session.isLoading(); }, 60000));

    const qint64 approved = firstEligible(session);
    approveWithCli(f.path, approved);
    checkWindowStillOwnsItsFiles(f, approved);
}

TEST_CASE("an import through the wizard keeps the window's SQLite locks while vinhdanh-cli writes",
          "[gui][concurrency][safety]")
{
    GuiFixture f;
    {
        auto db = openDatabase(f.path);
        insertNominee(*db, eligibleNominee(*db, QStringLiteral("MN"), QStringLiteral("Lê Thị Hoa")));
    }
    gui::MainWindow &w = f.open();
    gui::ImportWizard *wizard = w.openImportWizard();
    REQUIRE(wizard != nullptr);
    child<QLineEdit>(wizard, "fileLineEdit")->setText(dataFile(QStringLiteral("import-excel-vi.csv")));
    wizard->next();
    wizard->next();
    REQUIRE(wizard->currentId() == gui::ImportWizard::ReportPage);
    wizard->button(QWizard::CommitButton)->click();
    REQUIRE(QTest::qWaitFor([wizard] { return !wizard->isImporting() && wizard->outcome().has_value(); }, 60000));
    REQUIRE(wizard->outcome()->ok());
    QCoreApplication::processEvents();
    REQUIRE(QTest::qWaitFor([&w] { return !w.session().isLoading(); }, 60000));
    REQUIRE(w.session().nominees().size() >= 3);
    wizard->close();
    QCoreApplication::processEvents();

    const qint64 approved = firstEligible(w.session());
    approveWithCli(f.path, approved);
    checkWindowStillOwnsItsFiles(f, approved);
}
