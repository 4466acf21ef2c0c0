// A large campaign loads in the background in two steps (docs/gui.md "Large
// campaigns"): the list shows the rows first with "Đang kiểm tra…" in the
// verdict column, then the verdicts fill in where the rows stand (no reset).
#include "guifixture.h"
#include "guitesthelpers.h"
#include "nomineelistview.h"
#include "nomineetablemodel.h"
#include "sampledata.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

using namespace vd;
using namespace vd::test;

TEST_CASE("a large campaign shows its rows before their verdicts, then fills the verdicts in place", "[gui][session]")
{
    GuiFixture f;
    const int count = gui::Session::backgroundThreshold;
    {
        auto db = openDatabase(f.path);
        writeSampleNominees(*db, count);
    }
    f.window = std::make_unique<gui::MainWindow>(openDatabase(f.path));
    gui::MainWindow &w = *f.window;
    w.show();
    REQUIRE(w.session().isLoading());
    gui::NomineeTableModel *model = w.nomineeList()->model();
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    bool sawRowsFirst = false;
    QObject::connect(&w.session(), &gui::Session::rowsLoaded, [&] {
        // The list's own slot ran first (connected before this one).
        sawRowsFirst = model->rowCount() == count && model->isChecking() && w.session().isChecking();
        CHECK(model->index(0, gui::NomineeTableModel::VerdictColumn).data().toString()
              == QStringLiteral("Đang kiểm tra…"));
        CHECK(w.session().verdicts().isEmpty());
    });
    while (w.session().isLoading())
        QApplication::processEvents(QEventLoop::WaitForMoreEvents);
    QApplication::processEvents();
    CHECK(sawRowsFirst);
    CHECK_FALSE(w.session().isChecking());
    CHECK_FALSE(model->isChecking());
    REQUIRE(w.session().verdicts().size() == count);
    // One reset for the rows; the verdicts came as a change of their column.
    CHECK(resets.count() == 1);
    CHECK(changed.count() >= 1);
    for (int row : { 0, count / 2, count - 1 }) {
        const Nominee *n = model->nomineeAt(row);
        REQUIRE(n);
        CHECK(model->index(row, gui::NomineeTableModel::VerdictColumn).data().toString()
              == verdictName(w.session().verdictOfId(n->id)));
    }
    // The same verdicts as the synchronous load computes.
    const QList<Verdict> background = w.session().verdicts();
    REQUIRE(w.session().reload().ok());
    CHECK(w.session().verdicts() == background);
}

TEST_CASE("while a large campaign loads, its header shows and the empty list says it is loading, not that there is "
          "no dossier",
          "[gui][session]")
{
    GuiFixture f;
    {
        auto db = openDatabase(f.path);
        writeSampleNominees(*db, gui::Session::backgroundThreshold);
    }
    f.window = std::make_unique<gui::MainWindow>(openDatabase(f.path));
    gui::MainWindow &w = *f.window;
    w.show();
    REQUIRE(w.session().isLoading());
    auto *hint = child<QWidget>(&w, "emptyHintWidget");
    auto *label = child<QLabel>(&w, "emptyHintLabel");
    CHECK(hint->isVisible());
    CHECK(label->text() == QStringLiteral("Đang tải hồ sơ đề nghị của đợt…"));
    for (const char *name : { "emptyNewPushButton", "emptyImportPushButton", "emptyTemplatePushButton" })
        CHECK_FALSE(child<QPushButton>(&w, name)->isVisible());
    // The campaign is named above the pages before its nominees are in.
    auto *campaign = child<QLabel>(&w, "campaignLabel");
    const QString header = campaign->text();
    CHECK(header.contains(QStringLiteral("Lao động giỏi tiêu biểu năm 2023")));
    CHECK(header.contains(QStringLiteral("08/07/2024")));
    CHECK(header.contains(QStringLiteral("tổng chỉ tiêu: 95")));
    while (w.session().isLoading())
        QApplication::processEvents(QEventLoop::WaitForMoreEvents);
    QApplication::processEvents();
    CHECK_FALSE(hint->isVisible());
    CHECK(child<QTableView>(&w, "nomineeTableView")->isVisible());
    CHECK(campaign->text() == header); // the same header once loaded
}
