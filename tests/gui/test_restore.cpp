#include "guifixture.h"
#include "guitesthelpers.h"
#include "nomineetablemodel.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QDir>
#include <QFile>
#include <QTableView>

using namespace vd;
using namespace vd::test;

TEST_CASE("File > restore asks first, then the list shows the backup's nominees", "[gui][backup][restore]")
{
    GuiFixture f;
    const QString backup = f.dir.file(QStringLiteral("truoc.sqlite"));
    {
        auto db = openDatabase(f.path);
        insertNominee(*db, eligibleNominee(*db, QStringLiteral("MN"), QStringLiteral("Đào Thị Cũ")));
        REQUIRE(db->backupTo(backup).ok());
        insertNominee(*db, eligibleNominee(*db, QStringLiteral("TH"), QStringLiteral("Mai Văn Mới")));
    }
    gui::MainWindow &w = f.open();
    auto *table = child<QTableView>(&w, "nomineeTableView");
    REQUIRE(table->model()->rowCount() == 2);
    auto *restore = w.findChild<QAction *>(QStringLiteral("restoreAction"));
    REQUIRE(restore);

    // Answering "No" changes nothing.
    f.dialogs.openFiles = { backup };
    f.dialogs.answers = { QMessageBox::No };
    restore->trigger();
    REQUIRE(f.dialogs.questions.size() == 1);
    CHECK(f.dialogs.questions.first().contains(QStringLiteral("truoc.sqlite")));
    CHECK(table->model()->rowCount() == 2);

    // "Yes" restores: one nominee, and the earlier data is kept in a file.
    f.dialogs.openFiles = { backup };
    f.dialogs.answers = { QMessageBox::Yes };
    restore->trigger();
    CHECK(f.dialogs.warnings.isEmpty());
    REQUIRE(table->model()->rowCount() == 1);
    CHECK(table->model()->index(0, gui::NomineeTableModel::NameColumn).data().toString()
          == QStringLiteral("Đào Thị Cũ"));
    CHECK(QDir(f.dir.path()).entryList({ QStringLiteral("gui.truoc-khoi-phuc-*.sqlite") }).size() == 1);

    // A file that is not a backup is refused with a message.
    const QString junk = f.dir.file(QStringLiteral("rac.sqlite"));
    {
        QFile file(junk);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("rác");
    }
    f.dialogs.openFiles = { junk };
    f.dialogs.answers = { QMessageBox::Yes };
    restore->trigger();
    REQUIRE(f.dialogs.warnings.size() == 1);
    CHECK(table->model()->rowCount() == 1);
}
