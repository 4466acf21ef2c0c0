// A first day with the program (issue 16, "First day"): the empty list says
// what to do, Sửa/Xóa wait for a selection, the approval progress says its
// meaning in words as well as in colour.
#include "approvalmodels.h"
#include "guifixture.h"
#include "guitesthelpers.h"
#include "importwizard.h"
#include "nomineeeditor.h"
#include "nomineelistview.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

using namespace vd;
using namespace vd::test;

TEST_CASE("first day: the empty list shows what to do, with buttons that do it", "[gui][list]")
{
    GuiFixture f;
    gui::MainWindow &w = f.open();
    QApplication::processEvents();
    auto *hint = child<QWidget>(&w, "emptyHintWidget");
    CHECK(hint->isVisible());
    CHECK_FALSE(child<QTableView>(&w, "nomineeTableView")->isVisible());
    CHECK(child<QLabel>(&w, "emptyHintLabel")->text().contains(QStringLiteral("tệp mẫu")));

    child<QPushButton>(&w, "emptyNewPushButton")->click();
    REQUIRE(w.editor() != nullptr);
    w.editor()->close();
    QApplication::processEvents();

    child<QPushButton>(&w, "emptyImportPushButton")->click();
    REQUIRE(w.importWizard() != nullptr);
    w.importWizard()->reject();
    QApplication::processEvents();

    const QString path = f.dir.file(QStringLiteral("mau.xlsx"));
    f.dialogs.saveFiles.append(path);
    child<QPushButton>(&w, "emptyTemplatePushButton")->click();
    CHECK(QFileInfo::exists(path));

    // With a nominee the list is back and the hint gone.
    insertNominee(f.db(), eligibleNominee(f.db(), QStringLiteral("MN"), QStringLiteral("Nguyễn Thị Ánh")));
    REQUIRE(w.reload().ok());
    QApplication::processEvents();
    CHECK_FALSE(hint->isVisible());
    CHECK(child<QTableView>(&w, "nomineeTableView")->isVisible());
}

TEST_CASE("first day: Sửa and Xóa are disabled until a row is selected", "[gui][list]")
{
    GuiFixture f;
    {
        auto db = openDatabase(f.path);
        insertNominee(*db, eligibleNominee(*db, QStringLiteral("MN"), QStringLiteral("Nguyễn Thị Ánh")));
    }
    gui::MainWindow &w = f.open();
    auto *table = child<QTableView>(&w, "nomineeTableView");
    table->clearSelection();
    table->setCurrentIndex(QModelIndex());
    auto *edit = child<QPushButton>(&w, "editNomineeButton");
    auto *remove = child<QPushButton>(&w, "deleteNomineeButton");
    CHECK_FALSE(edit->isEnabled());
    CHECK_FALSE(remove->isEnabled());
    CHECK_FALSE(child<QAction>(&w, "editNomineeAction")->isEnabled());
    CHECK_FALSE(child<QAction>(&w, "deleteNomineeAction")->isEnabled());
    w.nomineeList()->selectId(w.session().nominees().first().id);
    CHECK(edit->isEnabled());
    CHECK(remove->isEnabled());
    CHECK(child<QAction>(&w, "editNomineeAction")->isEnabled());
    CHECK(child<QAction>(&w, "deleteNomineeAction")->isEnabled());
}

TEST_CASE("first day: the approval progress is coloured by meaning and says its number in words", "[gui][approval]")
{
    gui::BlocTallyModel tallies;
    const auto tally = [](int quota, int eligible, int approved) {
        BlocTally t;
        t.blocId = 1;
        t.name = QStringLiteral("Mầm non");
        t.quota = quota;
        t.nominated = eligible + 2;
        t.eligible = eligible;
        t.approved = approved;
        return t;
    };
    // Free places (even when more are eligible than the quota: that is not "over").
    tallies.setTallies({ tally(18, 25, 12), tally(18, 18, 18), tally(18, 20, 19) });
    const auto fill = [&](int row) {
        return gui::BlocTallyModel::Fill(
            tallies.index(row, gui::BlocTallyModel::ProgressColumn).data(gui::BlocTallyModel::FillRole).toInt());
    };
    const auto text = [&](int row) {
        return tallies.index(row, gui::BlocTallyModel::ProgressColumn)
            .data(gui::BlocTallyModel::ProgressTextRole)
            .toString();
    };
    CHECK(fill(0) == gui::BlocTallyModel::Fill::Free);
    CHECK(text(0) == QStringLiteral("12/18 — còn 6 chỗ"));
    CHECK(fill(1) == gui::BlocTallyModel::Fill::Filled);
    CHECK(text(1) == QStringLiteral("18/18 — đủ chỉ tiêu"));
    CHECK(fill(2) == gui::BlocTallyModel::Fill::Over);
    CHECK(text(2) == QStringLiteral("19/18 — vượt 1"));
    // A screen reader reads the same words.
    CHECK(tallies.index(0, gui::BlocTallyModel::ProgressColumn).data(Qt::AccessibleTextRole).toString() == text(0));
}

TEST_CASE("first day: the prompts' buttons say what they do", "[gui][editor]")
{
    GuiFixture f;
    {
        auto db = openDatabase(f.path);
        insertNominee(*db, eligibleNominee(*db, QStringLiteral("MN"), QStringLiteral("Nguyễn Thị Ánh")));
    }
    gui::MainWindow &w = f.open();
    gui::NomineeEditor *editor = w.newNominee();
    typeText(child<QLineEdit>(editor, "fullNameLineEdit"), QStringLiteral("Phạm Đức"));
    f.dialogs.answers = { QMessageBox::Cancel };
    editor->reject();
    CHECK(editor->isVisible()); // "Tiếp tục sửa"
    REQUIRE(f.dialogs.confirmButtons.size() == 1);
    CHECK(f.dialogs.confirmButtons.first() == QStringLiteral("Bỏ thay đổi|Tiếp tục sửa"));
    f.dialogs.answers = { QMessageBox::Discard };
    editor->reject();
    QApplication::processEvents();
    CHECK(w.editor() == nullptr);

    CHECK_FALSE(w.deleteNominees({ w.session().nominees().first().id }));
    CHECK(f.dialogs.confirmButtons.last() == QStringLiteral("Xóa|Không xóa"));
    CHECK(w.session().nominees().size() == 1);
}
