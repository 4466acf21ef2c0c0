#include "mainwindow.h"
#include "nomineetablemodel.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QTableView>

using namespace vd;
using namespace vd::test;

TEST_CASE("the main window opens on a database and lists its nominees", "[gui]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("gui.sqlite"));
    {
        auto db = openDatabase(path);
        insertNominee(*db, eligibleNominee(*db, QStringLiteral("MN"), QStringLiteral("Nguyễn Thị Ánh")));
    }
    gui::MainWindow window(openDatabase(path));
    window.show();
    auto *table = window.findChild<QTableView *>(QStringLiteral("nomineeTableView"));
    REQUIRE(table != nullptr);
    REQUIRE(table->model()->rowCount() == 1);
    CHECK(table->model()->index(0, 0).data().toString() == QStringLiteral("Nguyễn Thị Ánh"));
    auto *label = window.findChild<QLabel *>(QStringLiteral("campaignLabel"));
    REQUIRE(label != nullptr);
    CHECK(label->text().contains(QStringLiteral("08/07/2024")));
}

TEST_CASE("NomineeTableModel passes QAbstractItemModelTester", "[gui][model]")
{
    TempDir dir;
    auto db = openDatabase(dir.file(QStringLiteral("m.sqlite")));
    gui::NomineeTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    Campaign c;
    c.blocs.append(Bloc { 1, 1, QStringLiteral("MN"), QStringLiteral("Mầm non"), Sector::Hcsn, 18, 1 });
    Nominee n;
    n.id = 7;
    n.fullName = QStringLiteral("Lê Văn Dũng");
    n.blocId = 1;
    model.setNominees(c, { n, n });
    CHECK(model.rowCount() == 2);
    CHECK(model.index(1, gui::NomineeTableModel::BlocColumn).data().toString() == QStringLiteral("Mầm non"));
    model.setNominees(c, {});
    CHECK(model.rowCount() == 0);
}
