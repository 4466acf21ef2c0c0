// The File menu's controller on its own: the recent list and what a failed open
// leaves behind (docs/gui.md, "Language, help, server").
#include "databasecontroller.h"
#include "guifixture.h"
#include "guitesthelpers.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>

using namespace vd;
using namespace vd::test;

TEST_CASE("the recent list puts the newest first, once, and keeps eight", "[gui][file]")
{
    using gui::DatabaseController;
    QStringList recent;
    for (int i = 0; i < 10; ++i)
        recent = DatabaseController::withFirst(recent, QStringLiteral("/du-lieu/%1.sqlite").arg(i));
    REQUIRE(recent.size() == DatabaseController::maxRecent);
    CHECK(recent.first() == QStringLiteral("/du-lieu/9.sqlite"));
    CHECK(recent.last() == QStringLiteral("/du-lieu/2.sqlite"));

    recent = DatabaseController::withFirst(recent, QStringLiteral("/du-lieu/5.sqlite"));
    CHECK(recent.size() == DatabaseController::maxRecent);
    CHECK(recent.count(QStringLiteral("/du-lieu/5.sqlite")) == 1);
    CHECK(recent.mid(0, 3)
          == QStringList { QStringLiteral("/du-lieu/5.sqlite"), QStringLiteral("/du-lieu/9.sqlite"),
                           QStringLiteral("/du-lieu/8.sqlite") });
}

TEST_CASE("the database controller remembers what it opened and nothing it could not open", "[gui][file]")
{
    GuiFixture f;
    gui::MainWindow &w = f.open();
    gui::DatabaseController &c = w.databases();
    QSignalSpy changed(&c, &gui::DatabaseController::databaseChanged);
    QSignalSpy recentChanged(&c, &gui::DatabaseController::recentFilesChanged);

    const QString missing = f.dir.file(QStringLiteral("không có.sqlite"));
    CHECK_FALSE(c.openFile(missing));
    CHECK_FALSE(QFileInfo::exists(missing));
    REQUIRE(f.dialogs.warnings.size() == 1);
    CHECK(changed.isEmpty());
    CHECK(recentChanged.isEmpty());
    CHECK_FALSE(gui::DatabaseController::recentFiles().contains(QFileInfo(missing).absoluteFilePath()));
    CHECK(w.database().location() == f.path);

    const QString fresh = f.dir.file(QStringLiteral("mới.sqlite"));
    REQUIRE(c.openFile(fresh, true));
    CHECK(changed.size() == 1);
    REQUIRE(recentChanged.size() == 1);
    const QString absolute = QFileInfo(fresh).absoluteFilePath();
    CHECK(recentChanged.first().first().toStringList().first() == absolute);
    CHECK(gui::DatabaseController::recentFiles().first() == absolute);
    CHECK(QSettings().value(QStringLiteral("lastDatabase")).toString() == absolute);
    CHECK(w.windowTitle().contains(QStringLiteral("mới.sqlite")));
    auto *recentMenu = child<QMenu>(&w, "recentMenu");
    REQUIRE_FALSE(recentMenu->actions().isEmpty());
    CHECK(recentMenu->actions().first()->text() == QDir::toNativeSeparators(absolute));
}
