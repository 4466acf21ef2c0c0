#include "guifixture.h"
#include "guitesthelpers.h"
#include "session.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QTableView>

using namespace vd;
using namespace vd::test;

TEST_CASE("with live refresh on, a nominee added by another program appears in the list", "[gui][concurrency]")
{
    GuiFixture f;
    {
        auto db = openDatabase(f.path);
        insertNominee(*db, eligibleNominee(*db, QStringLiteral("MN"), QStringLiteral("Lý Thị Đầu")));
    }
    gui::MainWindow &w = f.open();
    auto *table = child<QTableView>(&w, "nomineeTableView");
    REQUIRE(table->model()->rowCount() == 1);
    w.session().setLiveRefresh(true, 50);

    // Another connection (as another vinhdanh-cli would) commits a nominee.
    {
        auto other = openDatabase(f.path);
        insertNominee(*other, eligibleNominee(*other, QStringLiteral("TH"), QStringLiteral("Lý Văn Sau")));
    }
    QElapsedTimer timer;
    timer.start();
    while (table->model()->rowCount() < 2 && timer.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    CHECK(table->model()->rowCount() == 2);

    // Switched off, nothing reloads by itself any more.
    w.session().setLiveRefresh(false);
    {
        auto other = openDatabase(f.path);
        insertNominee(*other, eligibleNominee(*other, QStringLiteral("XA"), QStringLiteral("Lý Văn Cuối"),
                                              QStringLiteral("UBND xã An Hồng")));
    }
    timer.restart();
    while (timer.elapsed() < 300)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    CHECK(table->model()->rowCount() == 2);
}
