// On-demand measurements (hidden test cases; nothing is asserted on time):
//   tests_gui "[.perf]"   100 000 nominees: load, filter as you type, sort
//   VINHDANH_BENCH_DB=path tests_gui "[.perf]"   the same on a copy of that
//       database (e.g. the one `vinhdanh-cli import` wrote in scripts/bench.sh:
//       names that repeat a lot, a CCCD on most rows) instead of the sample rows
//   VINHDANH_DEMO_DB=path tests_gui "[.demo]"   a sample database for screenshots
#include "approvalservice.h"
#include "campaignstore.h"
#include "guifixture.h"
#include "guitesthelpers.h"
#include "nomineefilterproxy.h"
#include "nomineelistview.h"
#include "nomineestore.h"
#include "nomineetablemodel.h"
#include "rules.h"
#include "sampledata.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>

#include <cstdio>

using namespace vd;
using namespace vd::test;

TEST_CASE("nominee list timings with 100000 nominees", "[.perf]")
{
    int count
        = qEnvironmentVariableIsSet("VINHDANH_BENCH_N") ? qEnvironmentVariableIntValue("VINHDANH_BENCH_N") : 100000;
    const QString given = qEnvironmentVariable("VINHDANH_BENCH_DB");
    GuiFixture f;
    QElapsedTimer timer;
    timer.start();
    if (!given.isEmpty()) {
        REQUIRE(QFile::copy(given, f.path)); // a copy: the test's changes stay out of the original
        REQUIRE(QFile::setPermissions(f.path, QFile::ReadOwner | QFile::WriteOwner));
        auto db = openDatabase(f.path);
        count = NomineeStore(*db).count(CampaignStore(*db).loadActive().value().id).value();
        std::printf("copy of %s with %d nominees: %lld ms\n", qPrintable(given), count, timer.elapsed());
    } else {
        auto db = openDatabase(f.path);
        writeSampleNominees(*db, count);
        std::printf("write %d nominees (one transaction): %lld ms\n", count, timer.elapsed());
    }
    timer.restart();
    // Opening as the program does: the window appears at once, the snapshot is
    // built in the background; a 10 ms timer measures how long the event loop stalls.
    f.window = std::make_unique<gui::MainWindow>(openDatabase(f.path));
    gui::MainWindow &w = *f.window;
    w.show();
    std::printf("window constructed and shown: %lld ms (loading in the background: %s)\n", timer.elapsed(),
                w.session().isLoading() ? "yes" : "no");
    qint64 rowsShownMs = -1;
    QObject::connect(&w.session(), &gui::Session::rowsLoaded, [&] { rowsShownMs = timer.elapsed(); });
    QElapsedTimer gap;
    qint64 worstGap = 0;
    QTimer ticker;
    ticker.setInterval(10);
    QObject::connect(&ticker, &QTimer::timeout, [&] { worstGap = qMax(worstGap, gap.restart()); });
    gap.start();
    ticker.start();
    while (w.session().isLoading())
        QApplication::processEvents(QEventLoop::WaitForMoreEvents);
    QApplication::processEvents();
    ticker.stop();
    std::printf("list filled after %lld ms (rows shown after %lld ms, verdicts after); snapshot (read + rules + "
                "keys, worker thread): %lld ms; list model update on the GUI thread: %lld ms; longest event-loop "
                "stall while loading: %lld ms\n",
                timer.elapsed(), rowsShownMs, w.session().lastLoadMs(), w.nomineeList()->lastModelLoadMs(), worstGap);
    REQUIRE(w.nomineeList()->model()->rowCount() == count);
    {
        QElapsedTimer part;
        part.start();
        const QList<Nominee> all = NomineeStore(f.db()).loadAll(w.campaign().id).value();
        std::printf("  NomineeStore::loadAll: %lld ms\n", part.restart());
        const DuplicateIndex index(all);
        const QList<Verdict> verdicts = campaignVerdicts(w.campaign(), all, index, w.session().today());
        std::printf("  rules for every nominee (with the duplicate index): %lld ms\n", part.restart());
        gui::NomineeTableModel model;
        model.setNominees(w.campaign(), all, verdicts);
        std::printf("  list model with search and sort keys: %lld ms\n", part.restart());
    }

    auto *search = child<QLineEdit>(&w, "searchLineEdit");
    auto *table = child<QTableView>(&w, "nomineeTableView");
    const QString typed = QStringLiteral("nguyen van a");
    qint64 worst = 0;
    QStringList perKey;
    timer.restart();
    for (const QChar ch : typed) {
        QElapsedTimer key;
        key.start();
        QTest::sendKeyEvent(QTest::Click, search, Qt::Key_unknown, QString(ch), Qt::NoModifier);
        worst = qMax(worst, key.elapsed());
        perKey.append(QString::number(key.elapsed()));
    }
    std::printf("per key (ms): %s\n", qPrintable(perKey.join(QLatin1Char(' '))));
    std::printf("typing \"%s\" (%lld keys): %lld ms in all, slowest key %lld ms, %d rows shown\n", qPrintable(typed),
                qint64(typed.size()), timer.elapsed(), worst, table->model()->rowCount());
    timer.restart();
    search->clear();
    std::printf("clearing the search (all rows back): %lld ms\n", timer.elapsed());
    perKey.clear();
    for (const QChar ch : typed) {
        QElapsedTimer key;
        key.start();
        QTest::sendKeyEvent(QTest::Click, search, Qt::Key_unknown, QString(ch), Qt::NoModifier);
        perKey.append(QString::number(key.elapsed()));
    }
    std::printf("typing it again, per key (ms): %s\n", qPrintable(perKey.join(QLatin1Char(' '))));
    search->clear();

    auto *bloc = child<QComboBox>(&w, "blocFilterComboBox");
    timer.restart();
    bloc->setCurrentIndex(2);
    std::printf("bloc filter: %lld ms, %d rows shown\n", timer.elapsed(), table->model()->rowCount());
    bloc->setCurrentIndex(0);
    timer.restart();
    table->sortByColumn(gui::NomineeTableModel::UnitColumn, Qt::AscendingOrder);
    std::printf("sort by unit: %lld ms\n", timer.elapsed());
    timer.restart();
    table->sortByColumn(gui::NomineeTableModel::NameColumn, Qt::DescendingOrder);
    std::printf("sort by name (Vietnamese, given name first): %lld ms\n", timer.elapsed());
}

TEST_CASE("sample database for screenshots", "[.demo]")
{
    const QString path = qEnvironmentVariable("VINHDANH_DEMO_DB");
    REQUIRE_FALSE(path.isEmpty());
    auto db = openDatabase(path);
    writeSampleNominees(
        *db, qEnvironmentVariableIsSet("VINHDANH_DEMO_N") ? qEnvironmentVariableIntValue("VINHDANH_DEMO_N") : 200);
    // Approve part of each bloc's eligible nominees, as the council would.
    const Campaign campaign = CampaignStore(*db).loadActive().value();
    const QList<Nominee> all = NomineeStore(*db).loadAll(campaign.id).value();
    const DuplicateIndex index(all);
    const RulesEngine engine(campaign);
    const QDate today(2024, 7, 20);
    for (const Bloc &b : campaign.blocs) {
        QList<qint64> ids;
        for (const Nominee &n : all) {
            if (n.blocId == b.id && ids.size() < b.quota * 2 / 3
                && verdictOf(engine.check(n, index, today)) == Verdict::Eligible)
                ids.append(n.id);
        }
        REQUIRE(ApprovalService(*db).approve(ids, today).ok());
    }
}
