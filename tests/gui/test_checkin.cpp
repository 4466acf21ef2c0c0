// The check-in screen (Hội nghị ▸ Đón tiếp đại biểu): keyboard only, search
// without diacritics, Enter marks present, live counts per group.
#include "campaignstore.h"
#include "checkinview.h"
#include "delegates.h"
#include "guifixture.h"
#include "guitesthelpers.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>

using namespace vd;
using namespace vd::test;

namespace {

void addDelegates(Database &db)
{
    const qint64 campaign = CampaignStore(db).loadActive()->id;
    const QList<QStringList> rows = {
        { QStringLiteral("Lê Văn Thịnh"), QStringLiteral("Chủ tịch LĐLĐ huyện"), QStringLiteral("Thường trực LĐLĐ") },
        { QStringLiteral("Lương Thế Quý"), QStringLiteral("Phó Chủ tịch UBND huyện"),
          QStringLiteral("Lãnh đạo huyện") },
        { QStringLiteral("Nguyễn Văn An"), QStringLiteral("Chủ tịch CĐCS Trường THCS An Dương"),
          QStringLiteral("Chủ tịch CĐCS") },
        { QStringLiteral("Nguyễn Thị Ánh"), QStringLiteral("Chủ tịch CĐCS Trường Mầm non Hoa Sen"),
          QStringLiteral("Chủ tịch CĐCS") },
    };
    for (const QStringList &r : rows) {
        Delegate d;
        d.campaignId = campaign;
        d.fullName = r.at(0);
        d.title = r.at(1);
        d.groupName = r.at(2);
        REQUIRE(DelegateStore(db).add(d).ok());
    }
}

} // namespace

TEST_CASE("check-in: type a name without diacritics, Enter marks present, counts follow", "[gui][checkin]")
{
    GuiFixture f;
    {
        auto db = openDatabase(f.path);
        addDelegates(*db);
    }
    gui::MainWindow &w = f.open();
    w.showPage(gui::MainWindow::ConferencePage);
    auto *tabs = child<QTabWidget>(&w, "conferenceTabWidget");
    auto *view = child<gui::CheckinView>(&w, "checkinView");
    tabs->setCurrentWidget(view);
    auto *search = child<QLineEdit>(view, "checkinSearchLineEdit");
    auto *table = child<QTableView>(view, "checkinTableView");
    auto *counts = child<QLabel>(view, "checkinCountsLabel");
    QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    CHECK(table->model()->rowCount() == 4);
    CHECK(counts->text().startsWith(QStringLiteral("Có mặt 0/4 đại biểu.")));

    search->setFocus();
    QTest::keyClicks(search, "nguyen thi");
    REQUIRE(table->model()->rowCount() == 1);
    CHECK(table->model()->index(0, 0).data().toString() == QStringLiteral("Nguyễn Thị Ánh"));
    QTest::keyClick(search, Qt::Key_Return);
    CHECK(search->text().isEmpty()); // ready for the next guest
    CHECK(table->model()->rowCount() == 4);
    CHECK(counts->text().contains(QStringLiteral("Có mặt 1/4 đại biểu.")));
    CHECK(counts->text().contains(QStringLiteral("Chủ tịch CĐCS: 1/2")));

    // Two matches, the first highlighted; Down and Up move, Enter marks the highlighted one.
    QTest::keyClicks(search, "NGUYEN");
    REQUIRE(table->model()->rowCount() == 2);
    CHECK(table->currentIndex().row() == 0);
    QTest::keyClick(search, Qt::Key_Down);
    CHECK(table->currentIndex().row() == 1);
    QTest::keyClick(search, Qt::Key_Up);
    CHECK(table->currentIndex().row() == 0);
    const QString second = table->model()->index(0, 0).data().toString();
    QTest::keyClick(search, Qt::Key_Return);
    CHECK(counts->text().contains(QStringLiteral("Chủ tịch CĐCS: 2/2")));

    // Stored: another client sees it.
    auto stored = DelegateStore(f.db()).list(w.session().campaign().id);
    REQUIRE(stored.ok());
    int present = 0;
    for (const Delegate &d : *stored)
        present += d.present() ? 1 : 0;
    CHECK(present == 2);
    CHECK(second == QStringLiteral("Nguyễn Văn An"));

    // A name that matches nobody: nothing changes, the desk is told.
    QTest::keyClicks(search, "zzz");
    QTest::keyClick(search, Qt::Key_Return);
    CHECK(child<QLabel>(view, "checkinStatusLabel")->text().contains(QStringLiteral("zzz")));
    CHECK(counts->text().contains(QStringLiteral("Có mặt 2/4 đại biểu.")));
}

// Hidden: the picture for docs/screenshots/checkin.png (VINHDANH_SCREENSHOT_DIR).
TEST_CASE("check-in screenshot", "[.screenshots]")
{
    GuiFixture f;
    {
        auto db = openDatabase(f.path);
        addDelegates(*db);
    }
    gui::MainWindow &w = f.open();
    w.resize(1366, 768);
    w.showPage(gui::MainWindow::ConferencePage);
    auto *view = child<gui::CheckinView>(&w, "checkinView");
    child<QTabWidget>(&w, "conferenceTabWidget")->setCurrentWidget(view);
    auto *search = child<QLineEdit>(view, "checkinSearchLineEdit");
    search->setFocus();
    QTest::keyClicks(search, "thinh");
    QTest::keyClick(search, Qt::Key_Return);
    QTest::keyClicks(search, "nguyen");
    QApplication::processEvents();
    const QString dir = qEnvironmentVariable("VINHDANH_SCREENSHOT_DIR", QStringLiteral("."));
    CHECK(w.grab().save(dir + QStringLiteral("/checkin.png"), "PNG"));
}
