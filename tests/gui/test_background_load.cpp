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

TEST_CASE("the editor's duplicate hints: every other row with the CCCD or the folded name, the latest first",
          "[gui][session]")
{
    GuiFixture f;
    QList<qint64> ids; // in the order written
    {
        auto db = openDatabase(f.path);
        const QStringList names { QStringLiteral("Nguyễn Thị Ánh"), QStringLiteral("Lê Văn Bình"),
                                  QStringLiteral("NGUYỄN THỊ ÁNH").normalized(QString::NormalizationForm_D),
                                  QStringLiteral("nguyễn  thị ánh") };
        for (int i = 0; i < names.size(); ++i) {
            Nominee n = eligibleNominee(*db, QStringLiteral("MN"), names.at(i));
            n.citizenId = i % 2 ? QStringLiteral("031185001234") : QString();
            ids.append(insertNominee(*db, n).id);
        }
    }
    gui::MainWindow &w = f.open();
    const gui::Session &s = w.session();
    const auto idsOf = [](const QList<const Nominee *> &found) {
        QList<qint64> out;
        for (const Nominee *n : found)
            out.append(n->id);
        return out;
    };
    CHECK(idsOf(s.similarByName(QStringLiteral("Nguyễn Thị Ánh"), 0)) == QList<qint64> { ids[3], ids[2], ids[0] });
    CHECK(idsOf(s.similarByName(QStringLiteral("nguyen thi anh"), ids[2])) == QList<qint64> { ids[3], ids[0] });
    CHECK(idsOf(s.similarByName(QStringLiteral("Lê Văn Bình"), ids[1])).isEmpty());
    CHECK(idsOf(s.similarByCitizenId(QStringLiteral(" 031185001234 "), 0)) == QList<qint64> { ids[3], ids[1] });
    CHECK(idsOf(s.similarByCitizenId(QStringLiteral("031185001234"), ids[3])) == QList<qint64> { ids[1] });
    CHECK(s.similarByCitizenId(QStringLiteral("079000000000"), 0).isEmpty());
    CHECK(s.similarByName(QString(), 0).isEmpty());
}
