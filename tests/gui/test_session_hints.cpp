// The editor's duplicate hints (Session::similarByCitizenId, similarByName):
// indexed with one hash entry per distinct CCCD or folded name and a "row
// before" array (docs/performance-check-gui.md, round 5); the same rows as the
// QMultiHash gave, in its order (the latest row first).
#include "guifixture.h"
#include "guitesthelpers.h"

using namespace vd;
using namespace vd::test;

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
