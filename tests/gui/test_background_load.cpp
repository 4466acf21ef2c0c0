// A large campaign loads in the background in two steps (docs/gui.md "Large
// campaigns"): the list shows the rows first with "Đang kiểm tra…" in the
// verdict column, then the verdicts fill in where the rows stand (no reset).
#include "guifixture.h"
#include "guitesthelpers.h"
#include "nomineelistview.h"
#include "nomineetablemodel.h"
#include "sampledata.h"

#include <QSignalSpy>

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
