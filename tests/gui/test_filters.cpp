// The nominee list's filters (issue 16, "First day"): a bloc narrows the unit
// filter to its units, "Bỏ lọc" resets every filter, and a filter that leaves
// nothing says why in the list's place.
#include "guifixture.h"
#include "guitesthelpers.h"
#include "nomineefilterproxy.h"
#include "nomineelistview.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

using namespace vd;
using namespace vd::test;

namespace {

// Two units in Mầm non, one in Tiểu học.
void insertThreeUnits(const QString &path)
{
    auto db = openDatabase(path);
    insertNominee(*db, eligibleNominee(*db, QStringLiteral("MN"), QStringLiteral("Nguyễn Thị Ánh"),
                                       QStringLiteral("Trường Mầm non Hoa Sen")));
    insertNominee(*db, eligibleNominee(*db, QStringLiteral("MN"), QStringLiteral("Lê Thị Bình"),
                                       QStringLiteral("Trường Mầm non Sao Mai")));
    insertNominee(*db, eligibleNominee(*db, QStringLiteral("TH"), QStringLiteral("Phạm Thị Cúc"),
                                       QStringLiteral("Trường Tiểu học An Hòa")));
}

QStringList items(QComboBox *combo)
{
    QStringList texts;
    for (int i = 0; i < combo->count(); ++i)
        texts.append(combo->itemText(i));
    return texts;
}

int blocIndex(QComboBox *combo, const QString &name)
{
    const int i = combo->findText(name);
    REQUIRE(i > 0);
    return i;
}

} // namespace

TEST_CASE("filters: after choosing a bloc the unit filter lists only that bloc's units", "[gui][list][filters]")
{
    GuiFixture f;
    insertThreeUnits(f.path);
    gui::MainWindow &w = f.open();
    auto *bloc = child<QComboBox>(&w, "blocFilterComboBox");
    auto *unit = child<QComboBox>(&w, "unitFilterComboBox");
    CHECK(unit->count() == 4); // "Mọi đơn vị" + 3

    bloc->setCurrentIndex(blocIndex(bloc, QStringLiteral("Mầm non")));
    CHECK(items(unit)
          == QStringList({ QStringLiteral("Mọi đơn vị của khối"), QStringLiteral("Trường Mầm non Hoa Sen"),
                           QStringLiteral("Trường Mầm non Sao Mai") }));
    CHECK(w.nomineeList()->proxy()->rowCount() == 2);

    // A unit chosen in the bloc stays chosen while the bloc does; another bloc drops it.
    unit->setCurrentIndex(unit->findText(QStringLiteral("Trường Mầm non Sao Mai")));
    CHECK(w.nomineeList()->proxy()->rowCount() == 1);
    REQUIRE(w.reload().ok()); // a reload keeps both
    CHECK(unit->currentText() == QStringLiteral("Trường Mầm non Sao Mai"));
    CHECK(unit->count() == 3);
    bloc->setCurrentIndex(blocIndex(bloc, QStringLiteral("Tiểu học")));
    CHECK(items(unit)
          == QStringList({ QStringLiteral("Mọi đơn vị của khối"), QStringLiteral("Trường Tiểu học An Hòa") }));
    CHECK(unit->currentIndex() == 0);
    CHECK(w.nomineeList()->proxy()->rowCount() == 1);

    bloc->setCurrentIndex(0);
    CHECK(unit->count() == 4);
    CHECK(unit->itemText(0) == QStringLiteral("Mọi đơn vị"));
    CHECK(w.nomineeList()->proxy()->rowCount() == 3);
}

TEST_CASE("filters: Bỏ lọc resets the search box and every filter", "[gui][list][filters]")
{
    GuiFixture f;
    insertThreeUnits(f.path);
    gui::MainWindow &w = f.open();
    auto *clear = child<QPushButton>(&w, "clearFiltersPushButton");
    CHECK_FALSE(clear->isEnabled()); // nothing to clear yet
    auto *bloc = child<QComboBox>(&w, "blocFilterComboBox");
    auto *unit = child<QComboBox>(&w, "unitFilterComboBox");
    auto *verdict = child<QComboBox>(&w, "verdictFilterComboBox");
    auto *status = child<QComboBox>(&w, "statusFilterComboBox");
    auto *search = child<QLineEdit>(&w, "searchLineEdit");
    bloc->setCurrentIndex(blocIndex(bloc, QStringLiteral("Mầm non")));
    unit->setCurrentIndex(1);
    verdict->setCurrentIndex(1);
    status->setCurrentIndex(2); // Chưa duyệt
    search->setText(QStringLiteral("anh"));
    CHECK(clear->isEnabled());
    CHECK(w.nomineeList()->proxy()->rowCount() == 1);

    clear->click();
    CHECK(search->text().isEmpty());
    CHECK(bloc->currentIndex() == 0);
    CHECK(unit->currentIndex() == 0);
    CHECK(unit->count() == 4);
    CHECK(verdict->currentIndex() == 0);
    CHECK(status->currentIndex() == 0);
    CHECK(w.nomineeList()->proxy()->rowCount() == 3);
    CHECK(child<QLabel>(&w, "countLabel")->text() == QStringLiteral("Hiển thị 3 / 3"));
    CHECK_FALSE(clear->isEnabled());
}

TEST_CASE("filters: an empty result says why and clears in one click", "[gui][list][filters]")
{
    GuiFixture f;
    insertThreeUnits(f.path);
    gui::MainWindow &w = f.open();
    QApplication::processEvents();
    auto *hint = child<QWidget>(&w, "noMatchHintWidget");
    auto *table = child<QTableView>(&w, "nomineeTableView");
    CHECK_FALSE(hint->isVisible());
    CHECK(table->isVisible());

    auto *bloc = child<QComboBox>(&w, "blocFilterComboBox");
    bloc->setCurrentIndex(blocIndex(bloc, QStringLiteral("Tiểu học")));
    child<QComboBox>(&w, "statusFilterComboBox")->setCurrentIndex(1); // Đã duyệt: nobody is
    CHECK(w.nomineeList()->proxy()->rowCount() == 0);
    CHECK(hint->isVisible());
    CHECK_FALSE(table->isVisible());
    // Not the first-day hint: there are dossiers, the filters hide them.
    CHECK_FALSE(child<QWidget>(&w, "emptyHintWidget")->isVisible());
    const QString why = child<QLabel>(&w, "noMatchLabel")->text();
    CHECK(why.startsWith(QStringLiteral("Không có hồ sơ nào khớp bộ lọc")));
    CHECK(why.contains(QStringLiteral("khối Tiểu học")));
    CHECK(why.contains(QStringLiteral("duyệt: Đã duyệt")));
    CHECK(why.contains(QStringLiteral("3 hồ sơ")));

    // The search box counts as a filter too.
    child<QPushButton>(&w, "noMatchClearPushButton")->click();
    CHECK_FALSE(hint->isVisible());
    CHECK(table->isVisible());
    CHECK(w.nomineeList()->proxy()->rowCount() == 3);
    child<QLineEdit>(&w, "searchLineEdit")->setText(QStringLiteral("khong ai ten nay"));
    CHECK(hint->isVisible());
    CHECK(child<QLabel>(&w, "noMatchLabel")->text().contains(QStringLiteral("tìm “khong ai ten nay”")));
}
