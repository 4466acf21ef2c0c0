// Issue 18 in the window: "Tạo đợt mới từ đợt này", the editor's "Lịch sử"
// panel and discipline flag, and "Qua các năm" with its charts
// (docs/history.md, docs/gui.md).
#include "campaignstore.h"
#include "chartaxes.h"
#include "guifixture.h"
#include "guitesthelpers.h"
#include "newcampaigndialog.h"
#include "nomineeeditor.h"
#include "nomineestore.h"
#include "peopledialog.h"
#include "retranslate.h"
#include "searchalldialog.h"
#include "yearsdialog.h"

#include <QChartView>
#include <QCheckBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>
#include <QValueAxis>

#include <cmath>
#include <memory>
#include <tuple>

using namespace vd;
using namespace vd::test;

namespace {

const QString kDecision = QStringLiteral("Quyết định số 12/QĐ-PGD ngày 15/5/2023");

QStringList findingCodes(gui::NomineeEditor *editor)
{
    QStringList codes;
    auto *list = child<QListWidget>(editor, "findingsListWidget");
    for (int i = 0; i < list->count(); ++i)
        codes.append(list->item(i)->data(Qt::UserRole).toString());
    return codes;
}

// The seed campaign with an approved honoree, then next year's from the dialog.
qint64 twoCampaigns(GuiFixture &f, gui::MainWindow &w)
{
    {
        auto db = openDatabase(f.path);
        Nominee hoa = eligibleNominee(*db, QStringLiteral("MN"), QStringLiteral("Nguyễn Thị Hoa"));
        hoa.citizenId = QStringLiteral("031185001234");
        hoa.initiativeDecision = kDecision;
        hoa = insertNominee(*db, hoa);
        REQUIRE(NomineeStore(*db).setApproved({ hoa.id }, true).ok());
    }
    REQUIRE(w.reload().ok());
    const qint64 old = w.campaign().id;
    gui::NewCampaignDialog dialog(w.session(), &w);
    typeText(child<QLineEdit>(&dialog, "planNumberLineEdit"), QStringLiteral("45/KH-LĐLĐ"));
    child<QDateEdit>(&dialog, "deadlineDateEdit")->setDate(QDate(2025, 7, 8));
    child<QDateEdit>(&dialog, "conferenceDateEdit")->setDate(QDate(2025, 7, 25));
    dialog.accept();
    REQUIRE(dialog.createdId() > 0);
    REQUIRE(w.reload().ok());
    CHECK(w.campaign().id == dialog.createdId());
    CHECK(w.campaign().id != old);
    return old;
}

} // namespace

TEST_CASE("the tools menu offers next year's campaign and the years' figures", "[gui][history]")
{
    GuiFixture f;
    gui::MainWindow &w = f.open();
    auto *tools = child<QMenu>(&w, "toolsMenu");
    QStringList names;
    for (QAction *a : tools->actions())
        names.append(a->objectName());
    CHECK(names.contains(QStringLiteral("newCampaignAction")));
    CHECK(names.contains(QStringLiteral("yearsAction")));
    CHECK(names.contains(QStringLiteral("searchAllAction")));
}

TEST_CASE("search in every campaign: a name typed without diacritics finds the person and their years",
          "[gui][history][search]")
{
    GuiFixture f;
    gui::MainWindow &w = f.open();
    const qint64 old = twoCampaigns(f, w);
    const int oldYear = CampaignStore(f.db()).load(old)->year;
    Nominee again = eligibleNominee(f.db(), QStringLiteral("MN"), QStringLiteral("NGUYỄN THỊ HOA"));
    again.citizenId = QStringLiteral("031185001234");
    insertNominee(f.db(), again);
    insertNominee(f.db(), eligibleNominee(f.db(), QStringLiteral("TH"), QStringLiteral("Trần Đức Hòa")));
    REQUIRE(w.reload().ok());

    gui::SearchAllDialog dialog(w.session(), &w);
    dialog.show();
    auto *search = child<QLineEdit>(&dialog, "searchAllLineEdit");
    auto *table = child<QTableWidget>(&dialog, "searchAllTableWidget");
    auto *status = child<QLabel>(&dialog, "searchAllStatusLabel");
    QTest::keyClicks(search, QStringLiteral("nguyen thi hoa"));
    QTest::keyClick(search, Qt::Key_Return);
    REQUIRE(dialog.resultCount() == 1);
    CHECK(table->item(0, 0)->text() == QStringLiteral("Nguyễn Thị Hoa"));
    CHECK(table->item(0, 2)->text() == QStringLiteral("********1234")); // masked by default
    CHECK(table->item(0, 3)->text() == QStringLiteral("2"));
    CHECK(table->item(0, 4)->text() == QStringLiteral("1"));
    CHECK(table->item(0, 5)->text() == QStringLiteral("%1–%2").arg(oldYear).arg(oldYear + 1));
    // The first person is selected: both nominations with their years and approval.
    auto *history = child<QTreeWidget>(&dialog, "historyTreeWidget");
    REQUIRE(history->topLevelItemCount() == 2);
    CHECK(history->topLevelItem(0)->text(0) == QString::number(oldYear));
    CHECK(history->topLevelItem(0)->text(3) == QStringLiteral("Đã duyệt"));
    CHECK(history->topLevelItem(1)->text(3) == QStringLiteral("Chưa duyệt"));

    // "duc hoa" (đ typed as d) finds only the other Hòa; a miss is said.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("duc hoa"));
    dialog.searchNow();
    REQUIRE(dialog.resultCount() == 1);
    CHECK(table->item(0, 0)->text() == QStringLiteral("Trần Đức Hòa"));
    search->clear();
    typeText(search, QStringLiteral("Lê Văn Không Có"));
    dialog.searchNow();
    CHECK(dialog.resultCount() == 0);
    CHECK(status->text().contains(QStringLiteral("Không có ai")));
    CHECK(history->topLevelItemCount() == 0);
}

TEST_CASE("next year's campaign: the old one is closed, the editor shows the history and the rules", "[gui][history]")
{
    GuiFixture f;
    gui::MainWindow &w = f.open();

    // A missing plan number is said in the dialog; nothing is created.
    {
        gui::NewCampaignDialog empty(w.session(), &w);
        empty.accept();
        CHECK(empty.createdId() == 0);
        CHECK(child<QLabel>(&empty, "newCampaignErrorLabel")->text().contains(QStringLiteral("Số kế hoạch")));
    }
    const qint64 old = twoCampaigns(f, w);
    auto oldCampaign = CampaignStore(f.db()).load(old);
    REQUIRE(oldCampaign.ok());
    CHECK(oldCampaign->closed);
    CHECK(w.campaign().blocs.size() == 6);
    CHECK(w.campaign().year == oldCampaign->year + 1);

    w.session().setToday(QDate(2025, 7, 10));
    Nominee again = eligibleNominee(f.db(), QStringLiteral("MN"), QStringLiteral("Nguyễn Thị Hoa"));
    again.citizenId = QStringLiteral("031185001234");
    again.initiativeDecision = kDecision;
    again.receivedDate = QDate(2025, 7, 1);
    again = insertNominee(f.db(), again);
    REQUIRE(w.reload().ok());

    gui::NomineeEditor *editor = w.editNominee(again.id);
    REQUIRE(editor != nullptr);
    auto *history = child<QTreeWidget>(editor, "historyTreeWidget");
    REQUIRE(history->topLevelItemCount() == 1);
    CHECK(history->topLevelItem(0)->text(0) == QString::number(oldCampaign->year));
    CHECK(history->topLevelItem(0)->text(3) == QStringLiteral("Đã duyệt"));
    CHECK(findingCodes(editor).contains(QStringLiteral("INITIATIVE_ALREADY_USED")));

    auto *disciplined = child<QCheckBox>(editor, "disciplinedCheckBox");
    CHECK_FALSE(findingCodes(editor).contains(QStringLiteral("DISCIPLINED")));
    disciplined->setChecked(true);
    CHECK(findingCodes(editor).contains(QStringLiteral("DISCIPLINED")));
    editor->reject();
}

TEST_CASE("people that may be one: merged or kept apart by a human, each undone with Ctrl+Z", "[gui][history]")
{
    GuiFixture f;
    gui::MainWindow &w = f.open();
    {
        auto db = openDatabase(f.path);
        // One CCCD typed with two birth dates, and two namesakes with different CCCDs.
        Nominee a = eligibleNominee(*db, QStringLiteral("MN"), QStringLiteral("Trần Thị Mai"));
        a.citizenId = QStringLiteral("031185001111");
        a.birthDate = QDate(1985, 3, 12);
        insertNominee(*db, a);
        Nominee b = eligibleNominee(*db, QStringLiteral("TH"), QStringLiteral("Trần Thị Mai"));
        b.citizenId = QStringLiteral("031185001111");
        b.birthDate = QDate(1985, 12, 3);
        insertNominee(*db, b);
        Nominee c = eligibleNominee(*db, QStringLiteral("XA"), QStringLiteral("Lê Thị Hồng"));
        c.citizenId = QStringLiteral("031180002222");
        c.birthDate = QDate(1980, 5, 1);
        insertNominee(*db, c);
        Nominee d = eligibleNominee(*db, QStringLiteral("DN"), QStringLiteral("Lê Thị Hồng"));
        d.citizenId = QStringLiteral("031180003333");
        d.birthDate = QDate(1980, 5, 1);
        insertNominee(*db, d);
    }
    REQUIRE(w.reload().ok());
    gui::PeopleDialog dialog(w.session(), &w);
    dialog.show();
    REQUIRE(dialog.conflictCount() == 2);
    auto *table = child<QTableWidget>(&dialog, "conflictsTableWidget");
    CHECK_FALSE(table->tabKeyNavigation());
    // CCCD masked on screen.
    CHECK(table->item(0, 1)->text().contains(QStringLiteral("********")));

    // One person: asked with named buttons, merged, listed no more; Ctrl+Z brings it back.
    table->selectRow(0);
    f.dialogs.answers = { QMessageBox::Yes };
    child<QPushButton>(&dialog, "mergePeoplePushButton")->click();
    CHECK(f.dialogs.confirmButtons.last() == QStringLiteral("Gộp|Không gộp"));
    CHECK(dialog.conflictCount() == 1);
    CHECK(child<QLabel>(&dialog, "peopleStatusLabel")->text().startsWith(QStringLiteral("Đã gộp")));
    w.session().undoStack()->undo();
    CHECK(dialog.conflictCount() == 2);
    w.session().undoStack()->redo();
    CHECK(dialog.conflictCount() == 1);

    // Two people: kept apart without a question, undone too.
    table->selectRow(0);
    child<QPushButton>(&dialog, "keepApartPushButton")->click();
    CHECK(dialog.conflictCount() == 0);
    CHECK(child<QLabel>(&dialog, "peopleStatusLabel")->text().contains(QStringLiteral("hai người khác nhau")));
    CHECK_FALSE(child<QPushButton>(&dialog, "mergePeoplePushButton")->isEnabled());
    w.session().undoStack()->undo();
    CHECK(dialog.conflictCount() == 1);
}

TEST_CASE("the years' charts show every campaign", "[gui][history]")
{
    GuiFixture f;
    gui::MainWindow &w = f.open();
    twoCampaigns(f, w);
    gui::YearsDialog dialog(w.session(), &w);
    CHECK(dialog.campaignCount() == 2);
    for (const char *name :
         { "nominatedChartView", "approvedChartView", "unitsChartView", "repeatChartView", "initiativesChartView" })
        CHECK(child<QChartView>(&dialog, name)->chart()->series().size() == 1);
}

TEST_CASE("the count axes of the years' charts label whole numbers, each once", "[gui][history]")
{
    GuiFixture f;
    gui::MainWindow &w = f.open();
    twoCampaigns(f, w);
    gui::YearsDialog dialog(w.session(), &w);
    for (QChartView *view : dialog.findChildren<QChartView *>()) {
        INFO(view->objectName().toStdString());
        const auto axes = view->chart()->axes(Qt::Vertical);
        REQUIRE(axes.size() == 1);
        const auto *axis = qobject_cast<QValueAxis *>(axes.first());
        REQUIRE(axis);
        // Ticks every `step` from 0: every label a different whole number.
        const double step = axis->max() / (axis->tickCount() - 1);
        CHECK(axis->min() == 0);
        CHECK(step >= 1);
        CHECK(step == std::floor(step));
        CHECK(axis->tickCount() <= 7);
    }
    for (const auto &[largest, top, ticks] : { std::tuple { 0, 1, 2 },
                                               { 2, 2, 3 },
                                               { 3, 3, 4 },
                                               { 7, 8, 5 },
                                               { 12, 15, 4 },
                                               { 18, 20, 5 },
                                               { 95, 100, 6 },
                                               { 160, 200, 5 } }) {
        INFO(largest);
        std::unique_ptr<QValueAxis> axis(gui::countAxis(largest));
        CHECK(axis->max() == top);
        CHECK(axis->tickCount() == ticks);
    }
}

TEST_CASE("screenshot of the years' charts", "[.screenshots]")
{
    const QString dir = qEnvironmentVariable("VINHDANH_SCREENSHOT_DIR").isEmpty()
                            ? QStringLiteral(VINHDANH_SOURCE_DIR "/docs/screenshots")
                            : qEnvironmentVariable("VINHDANH_SCREENSHOT_DIR");
    QDir().mkpath(dir);
    gui::setLanguage(QStringLiteral("vi")); // Qt's own buttons ("Đóng") in Vietnamese too
    GuiFixture f;
    gui::MainWindow &w = f.open();
    // Three campaigns: 2023 (12 honorees), 2024 (8, two of them again), 2025 (none yet).
    {
        auto db = openDatabase(f.path);
        const QStringList blocs { QStringLiteral("MN"), QStringLiteral("TH"),   QStringLiteral("THCS"),
                                  QStringLiteral("XA"), QStringLiteral("HCSN"), QStringLiteral("DN") };
        QList<qint64> approve;
        for (int i = 0; i < 18; ++i) {
            Nominee n = eligibleNominee(*db, blocs.at(i % 6), QStringLiteral("Người thứ %1").arg(i + 1),
                                        QStringLiteral("Đơn vị %1").arg(i % 9 + 1));
            n.birthDate = QDate(1980, 1, 1).addDays(i * 40);
            n = insertNominee(*db, n);
            if (i < 12)
                approve.append(n.id);
        }
        REQUIRE(NomineeStore(*db).setApproved(approve, true).ok());
    }
    REQUIRE(w.reload().ok());
    for (int year = 0; year < 2; ++year) {
        gui::NewCampaignDialog dialog(w.session(), &w);
        typeText(child<QLineEdit>(&dialog, "planNumberLineEdit"), QStringLiteral("%1/KH-LĐLĐ").arg(45 + year));
        child<QDateEdit>(&dialog, "deadlineDateEdit")->setDate(QDate(2025 + year, 7, 8));
        child<QDateEdit>(&dialog, "conferenceDateEdit")->setDate(QDate(2025 + year, 7, 25));
        dialog.accept();
        REQUIRE(dialog.createdId() > 0);
        REQUIRE(w.reload().ok());
        if (year == 1)
            break;
        const QStringList blocs { QStringLiteral("MN"), QStringLiteral("TH"),   QStringLiteral("THCS"),
                                  QStringLiteral("XA"), QStringLiteral("HCSN"), QStringLiteral("DN") };
        QList<qint64> approve;
        for (int i = 0; i < 14; ++i) {
            // The first four are last year's people again.
            Nominee n
                = eligibleNominee(f.db(), blocs.at(i % 6), QStringLiteral("Người thứ %1").arg(i < 4 ? i + 1 : i + 30),
                                  QStringLiteral("Đơn vị %1").arg(i % 7 + 1));
            n.birthDate = QDate(1980, 1, 1).addDays((i < 4 ? i : i + 30) * 40);
            n.initiativeDecision = QStringLiteral("Quyết định số %1/QĐ ngày 10/5/2024").arg(i + 100);
            n = insertNominee(f.db(), n);
            if (i < 8)
                approve.append(n.id);
        }
        REQUIRE(NomineeStore(f.db()).setApproved(approve, true).ok());
        REQUIRE(w.reload().ok());
    }
    gui::YearsDialog dialog(w.session(), &w);
    dialog.resize(1200, 680); // as Công cụ ▸ Qua các năm opens it
    dialog.show();
    QTest::qWait(200);
    QCoreApplication::processEvents();
    REQUIRE(dialog.grab().save(QDir(dir).filePath(QStringLiteral("years.png")), "PNG"));
}
