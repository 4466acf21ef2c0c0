#include "application.h"
#include "database.h"
#include "scripteddialogs.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace vd;
using namespace vd::test;

TEST_CASE("a damaged database at start-up: the reason is shown and a backup can take its place",
          "[gui][startup][restore]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("office.sqlite"));
    const QString backup = dir.file(QStringLiteral("office-backup.sqlite"));
    {
        auto db = openDatabase(path);
        insertNominee(*db, eligibleNominee(*db, QStringLiteral("TH"), QStringLiteral("Cứu Văn Được")));
        REQUIRE(db->backupTo(backup).ok());
    }
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.resize(f.size() / 2));
    }
    ScriptedDialogs dialogs;

    SECTION("quitting leaves the damaged file as it was")
    {
        const QByteArray before = fileHash(path);
        dialogs.choices = { 2 };
        CHECK(gui::openAtStart(path) == nullptr);
        REQUIRE(dialogs.choiceLists.size() == 1);
        CHECK(dialogs.choiceLists.first().contains(QStringLiteral("bản sao lưu")));
        CHECK(fileHash(path) == before);
    }
    SECTION("restoring a backup opens it, and the damaged file is kept")
    {
        dialogs.choices = { 1 };
        dialogs.openFiles = { backup };
        auto db = gui::openAtStart(path);
        REQUIRE(db != nullptr);
        CHECK(db->location() == QFileInfo(path).absoluteFilePath());
        REQUIRE(dialogs.informations.size() == 1);
        CHECK(dialogs.informations.first().contains(QStringLiteral(".hong-")));
    }
    SECTION("opening another file works too")
    {
        dialogs.choices = { 0 };
        dialogs.openFiles = { backup };
        auto db = gui::openAtStart(path);
        REQUIRE(db != nullptr);
        CHECK(db->location() == QFileInfo(backup).absoluteFilePath());
    }
}

TEST_CASE("a damaged page the start-up does not read is found by quick_check and the restore is offered",
          "[gui][startup][restore][damaged]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("office.sqlite"));
    {
        auto db = openDatabase(path);
        insertNominee(*db, eligibleNominee(*db, QStringLiteral("TH"), QStringLiteral("Cứu Văn Được")));
        // Enough audit entries for several pages; the start-up never reads them.
        addAuditEntries(*db, 600);
    }
    damageTablePage(path, QStringLiteral("audit_log"));
    const QByteArray damaged = fileHash(path);

    ScriptedDialogs dialogs;
    dialogs.choices = { 2 }; // quit
    CHECK(gui::openAtStart(path) == nullptr);
    REQUIRE(dialogs.choiceLabels.size() == 1);
    CHECK(dialogs.choiceLabels.first().contains(QStringLiteral("bị hỏng")));
    CHECK(dialogs.choiceLists.first().contains(QStringLiteral("bản sao lưu")));
    CHECK(fileHash(path) == damaged);
}
