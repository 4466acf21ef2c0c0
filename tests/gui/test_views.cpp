#include "approvalmodels.h"
#include "approvalview.h"
#include "attachmentstore.h"
#include "guifixture.h"
#include "guitesthelpers.h"
#include "nomineeeditor.h"
#include "nomineefilterproxy.h"
#include "nomineelistview.h"
#include "nomineestore.h"
#include "nomineetablemodel.h"
#include "unitstore.h"
#include "unitsview.h"
#include "unittablemodel.h"

#include <QAction>
#include <QComboBox>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <algorithm>

using namespace vd;
using namespace vd::test;

namespace {

QStringList namesShown(QAbstractItemModel *model)
{
    QStringList names;
    for (int row = 0; row < model->rowCount(); ++row)
        names.append(model->index(row, gui::NomineeTableModel::NameColumn).data().toString());
    return names;
}

} // namespace

TEST_CASE("the search box finds names without accents or case and the list sorts by given name", "[gui][list]")
{
    GuiFixture f;
    {
        auto db = openDatabase(f.path);
        for (const char *name : { "Nguyễn Văn Bình", "Lê Thị Hoa", "Nguyễn Văn A", "Trần Anh" })
            insertNominee(*db, eligibleNominee(*db, QStringLiteral("TH"), QString::fromUtf8(name)));
    }
    gui::MainWindow &w = f.open();
    auto *table = child<QTableView>(&w, "nomineeTableView");
    auto *count = child<QLabel>(&w, "countLabel");
    CHECK(count->text() == QStringLiteral("Hiển thị 4 / 4"));
    // Given name first, Vietnamese order: A, Anh, Bình, Hoa.
    CHECK(namesShown(table->model())
          == QStringList({ QStringLiteral("Nguyễn Văn A"), QStringLiteral("Trần Anh"),
                           QStringLiteral("Nguyễn Văn Bình"), QStringLiteral("Lê Thị Hoa") }));

    auto *search = child<QLineEdit>(&w, "searchLineEdit");
    QTest::keyClicks(search, "nguyen van a");
    CHECK(namesShown(table->model()) == QStringList({ QStringLiteral("Nguyễn Văn A") }));
    CHECK(count->text() == QStringLiteral("Hiển thị 1 / 4"));
    search->clear();
    QTest::keyClicks(search, "NGUYEN");
    CHECK(table->model()->rowCount() == 2);
    search->clear();
    INFO(search->text().toStdString());
    typeText(search, QStringLiteral("THỊ HOÀ")); // tones and case do not matter
    CHECK(search->text() == QStringLiteral("THỊ HOÀ"));
    CHECK(namesShown(table->model()) == QStringList({ QStringLiteral("Lê Thị Hoa") }));
    CHECK(namesShown(table->model()) == QStringList({ QStringLiteral("Lê Thị Hoa") }));
}

TEST_CASE("the list filters by bloc, status and verdict", "[gui][list]")
{
    GuiFixture f;
    {
        auto db = openDatabase(f.path);
        insertNominee(*db, eligibleNominee(*db, QStringLiteral("TH"), QStringLiteral("Hà Văn Một")));
        Nominee late = eligibleNominee(*db, QStringLiteral("MN"), QStringLiteral("Hà Văn Hai"));
        late.receivedDate = QDate();
        insertNominee(*db, late);
    }
    gui::MainWindow &w = f.open();
    auto *proxy = w.nomineeList()->proxy();
    auto *bloc = child<QComboBox>(&w, "blocFilterComboBox");
    bloc->setCurrentIndex(bloc->findText(QStringLiteral("Mầm non")));
    CHECK(namesShown(proxy) == QStringList({ QStringLiteral("Hà Văn Hai") }));
    bloc->setCurrentIndex(0);
    auto *verdict = child<QComboBox>(&w, "verdictFilterComboBox");
    verdict->setCurrentIndex(verdict->findData(int(Verdict::Ineligible)));
    CHECK(namesShown(proxy) == QStringList({ QStringLiteral("Hà Văn Hai") }));
    verdict->setCurrentIndex(0);
    auto *status = child<QComboBox>(&w, "statusFilterComboBox");
    status->setCurrentIndex(1); // approved
    CHECK(proxy->rowCount() == 0);
    status->setCurrentIndex(2); // not approved
    CHECK(proxy->rowCount() == 2);
    // Verdict column: icon and text.
    const QModelIndex first = proxy->index(0, gui::NomineeTableModel::VerdictColumn);
    CHECK_FALSE(first.data().toString().isEmpty());
    CHECK_FALSE(first.data(Qt::DecorationRole).value<QIcon>().isNull());
}

TEST_CASE("a deletion asks first, takes the attachments along and is undone with them", "[gui][undo]")
{
    GuiFixture f;
    qint64 id = 0;
    {
        auto db = openDatabase(f.path);
        id = insertNominee(*db, eligibleNominee(*db, QStringLiteral("XA"), QStringLiteral("Bùi Thị Lụa"))).id;
        const QByteArray png = QByteArray::fromHex("89504e470d0a1a0a0000000d49484452") + QByteArray(64, '\0');
        REQUIRE(AttachmentStore(*db).add(id, QStringLiteral("Tờ trình đề nghị.png"), png).ok());
    }
    gui::MainWindow &w = f.open();
    f.dialogs.answers = { QMessageBox::No };
    CHECK_FALSE(w.deleteNominees({ id }));
    CHECK(NomineeStore(f.db()).count(w.campaign().id).value() == 1);

    f.dialogs.answers = { QMessageBox::Yes };
    REQUIRE(w.deleteNominees({ id }));
    CHECK(f.dialogs.questions.last().contains(QStringLiteral("Bùi Thị Lụa")));
    CHECK(NomineeStore(f.db()).count(w.campaign().id).value() == 0);
    CHECK(w.nomineeList()->model()->rowCount() == 0);

    w.session().undoStack()->undo();
    auto back = NomineeStore(f.db()).load(id);
    REQUIRE(back.ok());
    CHECK(back->fullName == QStringLiteral("Bùi Thị Lụa"));
    auto files = AttachmentStore(f.db()).list(id);
    REQUIRE(files.ok());
    REQUIRE(files->size() == 1);
    CHECK(files->first().fileName == QStringLiteral("Tờ trình đề nghị.png"));
    CHECK(w.nomineeList()->model()->rowCount() == 1);
}

TEST_CASE("approving up to a bloc's quota works, the next one is refused, and undo withdraws the approval",
          "[gui][approval]")
{
    GuiFixture f;
    int quota = 0;
    {
        auto db = openDatabase(f.path);
        for (int i = 1; i <= 19; ++i) {
            insertNominee(*db, eligibleNominee(*db, QStringLiteral("MN"),
                                               QStringLiteral("Nguyễn Thị Mầm Non %1").arg(QChar(u'A' + i))));
        }
    }
    gui::MainWindow &w = f.open();
    gui::ApprovalView *view = w.approvalView();
    w.showPage(gui::MainWindow::ApprovalPage);
    const Bloc *mn = w.campaign().blocByCode(QStringLiteral("MN"));
    quota = mn->quota;
    REQUIRE(quota == 18);
    view->selectBloc(mn->id);
    gui::ApprovalCandidateModel *candidates = view->candidateModel();
    REQUIRE(candidates->rowCount() == 19);
    for (int row = 0; row < quota; ++row)
        candidates->setData(candidates->index(row, 0), Qt::Checked, Qt::CheckStateRole);
    auto *approve = child<QPushButton>(view, "approveButton");
    CHECK(approve->isEnabled());
    REQUIRE(view->approveChecked());
    CHECK(child<QLabel>(view, "totalLabel")->text() == QStringLiteral("Đã duyệt 18 / 95"));

    // The 19th: the button is disabled with the reason, and core refuses anyway.
    const int last = 18;
    CHECK(candidates->index(last, gui::ApprovalCandidateModel::StatusColumn).data().toString()
          == QStringLiteral("Chưa duyệt"));
    candidates->setData(candidates->index(last, 0), Qt::Checked, Qt::CheckStateRole);
    CHECK_FALSE(approve->isEnabled());
    CHECK(approve->toolTip().contains(QStringLiteral("chỉ tiêu 18")));
    CHECK_FALSE(view->approveChecked());
    REQUIRE(f.dialogs.warnings.size() == 1);
    CHECK(f.dialogs.warnings.first().contains(QStringLiteral("Mầm non")));
    const auto countApproved = [&] {
        const QList<Nominee> all = NomineeStore(f.db()).loadAll(w.campaign().id).value();
        return std::count_if(all.begin(), all.end(), [](const Nominee &n) { return n.approved; });
    };
    CHECK(countApproved() == 18);

    w.session().undoStack()->undo();
    CHECK(countApproved() == 0);
    CHECK(child<QLabel>(view, "totalLabel")->text() == QStringLiteral("Đã duyệt 0 / 95"));
    const BlocTally *t = view->tallyModel()->tallyAt(0);
    REQUIRE(t != nullptr);
    CHECK(t->eligible == 19);
    CHECK(view->tallyModel()
              ->index(0, gui::BlocTallyModel::ProgressColumn)
              .data(gui::BlocTallyModel::OverSubscribedRole)
              .toBool());
}

TEST_CASE("merging two units moves their nominees", "[gui][units]")
{
    GuiFixture f;
    {
        auto db = openDatabase(f.path);
        insertNominee(*db, eligibleNominee(*db, QStringLiteral("MN"), QStringLiteral("Cao Thị Lan"),
                                           QStringLiteral("Trường Mầm non Hoa Sen")));
        insertNominee(*db, eligibleNominee(*db, QStringLiteral("MN"), QStringLiteral("Đinh Thị Mai"),
                                           QStringLiteral("Trường Mầm non Hoa Sen")));
        insertNominee(*db, eligibleNominee(*db, QStringLiteral("MN"), QStringLiteral("Lý Thị Cúc"),
                                           QStringLiteral("Trường MN Hoa Sen")));
    }
    gui::MainWindow &w = f.open();
    w.showPage(gui::MainWindow::UnitsPage);
    gui::UnitsView *view = w.unitsView();
    REQUIRE(w.session().units().size() == 2);
    const qint64 from = UnitStore(f.db()).find(w.campaign().id, QStringLiteral("Trường MN Hoa Sen")).value();
    const qint64 into = UnitStore(f.db()).find(w.campaign().id, QStringLiteral("Trường Mầm non Hoa Sen")).value();
    view->selectUnit(from);
    REQUIRE(view->currentUnitId() == from);
    f.dialogs.choices = { 0 }; // the only other unit
    f.dialogs.answers = { QMessageBox::Yes };
    child<QPushButton>(view, "mergeUnitButton")->click();
    CHECK(f.dialogs.choiceLists.first() == QStringLiteral("Trường Mầm non Hoa Sen"));
    REQUIRE(w.session().units().size() == 1);
    CHECK(w.session().units().first().unit.id == into);
    CHECK(w.session().units().first().nomineeCount == 3);
    CHECK(view->model()->index(0, gui::UnitTableModel::CountColumn).data().toInt() == 3);
    for (const Nominee &n : w.session().nominees())
        CHECK(n.unitName == QStringLiteral("Trường Mầm non Hoa Sen"));
}

TEST_CASE("units can be added, renamed and moved to another bloc", "[gui][units]")
{
    GuiFixture f;
    gui::MainWindow &w = f.open();
    gui::UnitsView *view = w.unitsView();
    f.dialogs.texts = { QStringLiteral("UBND xã An Hòa") };
    f.dialogs.choices = { 3 }; // Xã, thị trấn
    view->addUnit();
    REQUIRE(w.session().units().size() == 1);
    CHECK(w.session().units().first().unit.blocId == w.campaign().blocByCode(QStringLiteral("XA"))->id);
    view->selectUnit(w.session().units().first().unit.id);
    f.dialogs.texts = { QStringLiteral("UBND xã An Hoà mới") };
    view->renameUnit();
    CHECK(w.session().units().first().unit.name == QStringLiteral("UBND xã An Hoà mới"));
    f.dialogs.choices = { 4 }; // Cơ quan HCSN
    view->moveUnit();
    CHECK(w.session().units().first().unit.blocId == w.campaign().blocByCode(QStringLiteral("HCSN"))->id);
}

TEST_CASE("the File menu backs up, creates and opens databases and remembers them", "[gui][file]")
{
    GuiFixture f;
    {
        auto db = openDatabase(f.path);
        insertNominee(*db, eligibleNominee(*db, QStringLiteral("TH"), QStringLiteral("Quách Thị Ngân")));
    }
    gui::MainWindow &w = f.open();
    auto action = [&](const char *name) {
        return child<QAction>(&w, name);
    };

    const QString backup = f.dir.file(QStringLiteral("sao lưu.sqlite"));
    f.dialogs.saveFiles = { backup };
    action("backupAction")->trigger();
    REQUIRE(QFileInfo::exists(backup));
    CHECK(NomineeStore(*openDatabase(backup)).count(w.campaign().id).value() == 1);

    const QString fresh = f.dir.file(QStringLiteral("mới.sqlite"));
    f.dialogs.saveFiles = { fresh };
    action("newDatabaseAction")->trigger();
    CHECK(w.session().database().location() == fresh);
    CHECK(w.session().nominees().isEmpty());
    CHECK(w.nomineeList()->model()->rowCount() == 0);
    // An existing file is never overwritten by "new".
    f.dialogs.saveFiles = { f.path };
    action("newDatabaseAction")->trigger();
    CHECK(f.dialogs.warnings.size() == 1);
    CHECK(w.session().database().location() == fresh);

    f.dialogs.openFiles = { f.path };
    action("openAction")->trigger();
    CHECK(w.session().nominees().size() == 1);
    const QStringList recent = QSettings().value(QStringLiteral("recentDatabases")).toStringList();
    REQUIRE(recent.size() >= 2);
    CHECK(recent.at(0) == QFileInfo(f.path).absoluteFilePath());
    CHECK(recent.at(1) == QFileInfo(fresh).absoluteFilePath());
    auto *recentMenu = child<QMenu>(&w, "recentMenu");
    REQUIRE(recentMenu->actions().size() >= 2);
    recentMenu->actions().at(1)->trigger();
    CHECK(w.session().database().location() == QFileInfo(fresh).absoluteFilePath());
}

TEST_CASE("Enter on a row of the list opens it in the editor", "[gui][list]")
{
    GuiFixture f;
    {
        auto db = openDatabase(f.path);
        insertNominee(*db, eligibleNominee(*db, QStringLiteral("TH"), QStringLiteral("Lương Văn Thắng")));
    }
    gui::MainWindow &w = f.open();
    QApplication::setActiveWindow(&w);
    auto *table = child<QTableView>(&w, "nomineeTableView");
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Return);
    REQUIRE(w.editor() != nullptr);
    CHECK(w.editor()->nomineeId() == w.session().nominees().first().id);
    CHECK(child<QLineEdit>(w.editor(), "fullNameLineEdit")->text() == QStringLiteral("Lương Văn Thắng"));
}
