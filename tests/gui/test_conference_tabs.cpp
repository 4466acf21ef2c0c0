// Hội nghị ▸ Tổng hợp, Hội đồng thi đua, Dự toán kinh phí (issue #17): each tab
// driven by objectName as a person would, checked by what the person sees —
// the figures of the data, a tally that changes the ranking and a tie said in
// words, a cost line that changes the total and its words, files written.
#include "approvalservice.h"
#include "budget.h"
#include "budgetview.h"
#include "campaignstore.h"
#include "council.h"
#include "councilmodels.h"
#include "councilview.h"
#include "guifixture.h"
#include "guitesthelpers.h"
#include "outputactions.h"
#include "statsview.h"

#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>

using namespace vd;
using namespace vd::test;

namespace {

const QDate kToday(2024, 7, 10);

// Mầm non with 2 places: An, Bình (women, teachers) and Cường (a man, a
// worker), each from their own school; Dung of Tiểu học. Every one has an
// initiative (the rules ask for it).
// `approve`: An and the Tiểu học nominee are approved.
QMap<QString, qint64> insertSample(const QString &path, bool approve)
{
    auto db = openDatabase(path);
    setBlocQuota(*db, QStringLiteral("MN"), 2);
    QMap<QString, qint64> ids;
    const auto add = [&](const QString &bloc, const QString &name, const QString &unit, Gender gender,
                         const QString &position, const QString &initiative, int day) {
        Nominee n = eligibleNominee(*db, bloc, name, unit);
        n.gender = gender;
        if (!position.isEmpty())
            n.position = position;
        if (!initiative.isEmpty())
            n.initiative = initiative;
        n.birthDate = QDate(1985, 3, 1).addDays(day);
        ids.insert(name, insertNominee(*db, n).id);
    };
    add(QStringLiteral("MN"), QStringLiteral("Nguyễn Thị An"), QStringLiteral("Trường Mầm non số 1"), Gender::Female,
        QString(), QString(), 0);
    add(QStringLiteral("MN"), QStringLiteral("Trần Thị Bình"), QStringLiteral("Trường Mầm non số 2"), Gender::Female,
        QString(), QString(), 1);
    add(QStringLiteral("MN"), QStringLiteral("Lê Văn Cường"), QStringLiteral("Trường Mầm non số 3"), Gender::Male,
        QStringLiteral("Công nhân"), QStringLiteral("Cải tiến bếp ăn bán trú"), 2);
    add(QStringLiteral("TH"), QStringLiteral("Phạm Thị Dung"), QStringLiteral("Trường Tiểu học số 1"), Gender::Female,
        QString(), QString(), 3);
    if (approve) {
        REQUIRE(ApprovalService(*db)
                    .approve({ ids.value(QStringLiteral("Nguyễn Thị An")), ids.value(QStringLiteral("Phạm Thị Dung")) },
                             kToday)
                    .ok());
    }
    return ids;
}

template<typename View> View *showTab(gui::MainWindow &w, const char *name)
{
    w.showPage(gui::MainWindow::ConferencePage);
    auto *view = child<View>(&w, name);
    child<QTabWidget>(&w, "conferenceTabWidget")->setCurrentWidget(view);
    QCoreApplication::processEvents();
    return view;
}

const StatsRow *findRow(const QList<StatsRow> &rows, const QString &label)
{
    for (const StatsRow &r : rows) {
        if (r.label == label)
            return &r;
    }
    return nullptr;
}

// The displayed row of the table whose first column reads `label`.
int tableRow(QAbstractItemModel *model, const QString &label, int column = 0)
{
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, column).data().toString() == label)
            return r;
    }
    return -1;
}

bool looksLike(const QString &path, const QByteArray &magic)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.size() > 500 && f.read(magic.size()) == magic;
}

void selectRow(QTableView *table, int row)
{
    REQUIRE(row >= 0);
    table->setCurrentIndex(table->model()->index(row, 0));
}

} // namespace

TEST_CASE("conference tabs: Tổng hợp shows the figures by bloc, gender, worker and initiative, "
          "charts them and exports the annex",
          "[gui][conference]")
{
    GuiFixture f;
    const auto ids = insertSample(f.path, true);
    gui::MainWindow &w = f.open();
    auto *view = showTab<gui::StatsView>(w, "statsView");
    auto *table = child<QTableView>(view, "statsTableView");
    QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    CHECK(child<QLabel>(view, "statsSummaryLabel")
              ->text()
              .contains(QStringLiteral("4 người được đề nghị, 2 người được biểu dương")));
    // By bloc: every bloc of the campaign, in its order.
    QAbstractItemModel *model = table->model();
    CHECK(model->rowCount() == 6);
    const int mn = tableRow(model, QStringLiteral("Mầm non"));
    REQUIRE(mn == 0);
    CHECK(model->index(mn, 1).data().toInt() == 3);
    CHECK(model->index(mn, 2).data().toInt() == 1);
    CHECK(model->index(tableRow(model, QStringLiteral("Tiểu học")), 2).data().toInt() == 1);
    CHECK(model->headerData(0, Qt::Horizontal).toString() == QStringLiteral("Khối"));

    // The chart holds the same figures, the first row on top.
    QChart *chart = view->chart();
    REQUIRE(chart->series().size() == 1);
    auto *series = qobject_cast<QHorizontalBarSeries *>(chart->series().first());
    REQUIRE(series != nullptr);
    REQUIRE(series->barSets().size() == 2);
    const QBarSet *nominated = series->barSets().at(0);
    REQUIRE(nominated->count() == 6);
    CHECK(nominated->at(5) == 3); // Mầm non, drawn last = on top
    CHECK(series->barSets().at(1)->at(5) == 1);

    // Another grouping from the combo box: gender, worker vs staff, initiatives.
    auto *grouping = child<QComboBox>(view, "statsGroupingComboBox");
    grouping->setCurrentIndex(gui::StatsView::ByGender);
    const StatsRow *women = findRow(view->model()->rows(), QStringLiteral("Nữ"));
    REQUIRE(women != nullptr);
    CHECK(women->nominees == 3);
    CHECK(women->honorees == 2);
    CHECK(model->headerData(0, Qt::Horizontal).toString() == QStringLiteral("Giới tính"));
    CHECK(qobject_cast<QHorizontalBarSeries *>(view->chart()->series().first())->barSets().at(0)->count()
          == model->rowCount());
    grouping->setCurrentIndex(gui::StatsView::ByWorker);
    CHECK(model->index(0, 1).data().toInt() == 1); // Cường, "Công nhân"
    grouping->setCurrentIndex(gui::StatsView::Initiatives);
    CHECK(model->index(0, 0).data().toString() == QStringLiteral("Có sáng kiến"));
    CHECK(model->index(0, 1).data().toInt() == 4);
    CHECK(model->index(0, 2).data().toInt() == 2);

    // Approving Cường: the figures follow the session's reload.
    REQUIRE(ApprovalService(f.db()).approve({ ids.value(QStringLiteral("Lê Văn Cường")) }, kToday).ok());
    REQUIRE(w.session().reload().ok());
    CHECK(model->index(0, 2).data().toInt() == 3);
    CHECK(child<QLabel>(view, "statsSummaryLabel")->text().contains(QStringLiteral("3 người được biểu dương")));

    // The annex through the file dialog: Word and PDF.
    const QString docx = f.dir.file(QStringLiteral("phu-luc.docx"));
    const QString pdf = f.dir.file(QStringLiteral("phu-luc.pdf"));
    f.dialogs.saveFiles << docx << pdf;
    auto *exportButton = child<QPushButton>(view, "outputExportPushButton");
    exportButton->click();
    exportButton->click();
    CHECK(f.dialogs.warnings.isEmpty());
    CHECK(looksLike(docx, "PK"));
    CHECK(looksLike(pdf, "%PDF"));
    CHECK(child<QLabel>(view, "outputStatusLabel")->text().contains(QStringLiteral("phu-luc.pdf")));
}

TEST_CASE("conference tabs: Hội đồng thi đua keeps the members, a tally changes the ranking, "
          "a tie at the last place is said, ballots and minutes are written",
          "[gui][conference]")
{
    GuiFixture f;
    const auto ids = insertSample(f.path, false);
    gui::MainWindow &w = f.open();
    auto *view = showTab<gui::CouncilView>(w, "councilView");
    auto *members = child<QTableView>(view, "councilMembersTableView");
    auto *tally = child<QTableView>(view, "councilTallyTableView");
    QAbstractItemModelTester memberTester(members->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester tallyTester(tally->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    // Three members through the form; the chair from the role box.
    auto *name = child<QLineEdit>(view, "memberNameLineEdit");
    auto *unit = child<QLineEdit>(view, "memberUnitLineEdit");
    auto *role = child<QComboBox>(view, "memberRoleComboBox");
    auto *add = child<QPushButton>(view, "addMemberPushButton");
    name->clear();
    CHECK_FALSE(add->isEnabled());
    const auto addMember = [&](const QString &who, const QString &from, CouncilRole r) {
        name->setText(who);
        unit->setText(from);
        role->setCurrentIndex(role->findData(int(r)));
        REQUIRE(add->isEnabled());
        add->click();
    };
    addMember(QStringLiteral("Lương Thế Quý"), QStringLiteral("UBND huyện"), CouncilRole::Chair);
    addMember(QStringLiteral("Ngô Văn Tư"), QStringLiteral("Phòng Nội vụ"), CouncilRole::Secretary);
    addMember(QStringLiteral("Đỗ Thị Hoa"), QStringLiteral("Trường Mầm non số 2"), CouncilRole::Member);
    CHECK(f.dialogs.warnings.isEmpty());
    REQUIRE(members->model()->rowCount() == 3);
    CHECK(members->model()->index(0, 3).data().toString() == QStringLiteral("Chủ tịch Hội đồng"));
    // A second chair is refused with core's message; nothing added.
    addMember(QStringLiteral("Người Thứ Tư"), QString(), CouncilRole::Chair);
    REQUIRE(f.dialogs.warnings.size() == 1);
    CHECK(f.dialogs.warnings.first().contains(QStringLiteral("Lương Thế Quý")));
    CHECK(members->model()->rowCount() == 3);

    // Editing Hoa: she moves to the Phòng Giáo dục, stored at once.
    selectRow(members, 0);
    selectRow(members, 2);
    CHECK(name->text() == QStringLiteral("Đỗ Thị Hoa"));
    unit->setText(QStringLiteral("Phòng Giáo dục"));
    child<QLineEdit>(view, "memberTitleLineEdit")->setText(QStringLiteral("Chuyên viên"));
    child<QPushButton>(view, "saveMemberPushButton")->click();
    auto stored = CouncilStore(f.db()).members(w.session().campaign().id);
    REQUIRE(stored.ok());
    CHECK(stored->at(2).unitName == QStringLiteral("Phòng Giáo dục"));
    CHECK(stored->at(2).title == QStringLiteral("Chuyên viên"));
    CHECK(child<QLabel>(view, "councilRuleLabel")->text().contains(QStringLiteral("3/3 thành viên có mặt")));

    // The ballot of Mầm non: three nominees, nothing counted.
    auto *bloc = child<QComboBox>(view, "councilBlocComboBox");
    bloc->setCurrentIndex(bloc->findText(QStringLiteral("Mầm non")));
    REQUIRE(tally->model()->rowCount() == 3);
    CHECK(tally->model()->index(0, gui::CouncilTallyModel::ResultColumn).data().toString()
          == QStringLiteral("Chưa kiểm phiếu"));
    auto *agree = child<QSpinBox>(view, "agreeSpinBox");
    auto *disagree = child<QSpinBox>(view, "disagreeSpinBox");
    auto *record = child<QPushButton>(view, "recordVotePushButton");
    const auto vote = [&](const QString &who, int yes, int no) {
        selectRow(tally, tableRow(tally->model(), who, gui::CouncilTallyModel::NameColumn));
        agree->setValue(yes);
        disagree->setValue(no);
        record->click();
    };
    vote(QStringLiteral("Nguyễn Thị An"), 3, 0);
    vote(QStringLiteral("Trần Thị Bình"), 2, 1);
    vote(QStringLiteral("Lê Văn Cường"), 2, 1);
    CHECK(f.dialogs.warnings.size() == 1);
    QAbstractItemModel *rows = tally->model();
    CHECK(rows->index(0, gui::CouncilTallyModel::NameColumn).data().toString() == QStringLiteral("Nguyễn Thị An"));
    CHECK(rows->index(0, gui::CouncilTallyModel::RankColumn).data().toInt() == 1);
    CHECK(rows->index(0, gui::CouncilTallyModel::ResultColumn).data().toString()
          == QStringLiteral("Đề nghị (trong chỉ tiêu)"));
    // Bình and Cường share the last place: said in words, none pre-selected.
    const QString ties = child<QLabel>(view, "councilTiesLabel")->text();
    CHECK(ties.contains(QStringLiteral("còn 2 chỗ")));
    CHECK(ties.contains(QStringLiteral("Bằng phiếu ở vị trí cuối")));
    CHECK(ties.contains(QStringLiteral("Trần Thị Bình")));
    CHECK(ties.contains(QStringLiteral("Lê Văn Cường")));
    CHECK(ties.contains(QStringLiteral("Hội đồng quyết định")));
    CHECK(view->result().preselectedIds() == QList<qint64> { ids.value(QStringLiteral("Nguyễn Thị An")) });
    CHECK_FALSE(ties.contains(QStringLiteral("Gợi ý")));

    // The campaign puts workers first when tied (Quy tắc xét): Cường, a worker,
    // is suggested first; still nobody is pre-selected for the tied place.
    {
        Campaign c = w.session().campaign();
        c.tiePriority = QStringList { QStringLiteral("worker") };
        REQUIRE(CampaignStore(f.db()).update(c).ok());
        REQUIRE(w.session().reload().ok());
        bloc->setCurrentIndex(bloc->findText(QStringLiteral("Mầm non")));
        const QString suggested = child<QLabel>(view, "councilTiesLabel")->text();
        CHECK(suggested.contains(QStringLiteral("Gợi ý theo thứ tự ưu tiên của đợt (trước hết: công nhân, lao động "
                                                "trực tiếp), cho 1 chỗ còn lại: 1. Lê Văn Cường; 2. Trần Thị Bình")));
        CHECK(suggested.contains(QStringLiteral("không được áp dụng")));
        CHECK(rows->index(tableRow(rows, QStringLiteral("Lê Văn Cường"), gui::CouncilTallyModel::NameColumn),
                          gui::CouncilTallyModel::ResultColumn)
                  .data()
                  .toString()
                  .endsWith(QStringLiteral("(gợi ý theo ưu tiên: thứ 1)")));
        CHECK(view->result().preselectedIds() == QList<qint64> { ids.value(QStringLiteral("Nguyễn Thị An")) });
    }

    // A recount for Cường: he now ranks first with An, the tie is gone.
    vote(QStringLiteral("Lê Văn Cường"), 3, 0);
    const QStringList firstTwo { rows->index(0, gui::CouncilTallyModel::NameColumn).data().toString(),
                                 rows->index(1, gui::CouncilTallyModel::NameColumn).data().toString() };
    CHECK(firstTwo.contains(QStringLiteral("Lê Văn Cường")));
    CHECK(firstTwo.contains(QStringLiteral("Nguyễn Thị An")));
    CHECK(rows->index(1, gui::CouncilTallyModel::RankColumn).data().toInt() == 1);
    CHECK(rows->index(2, gui::CouncilTallyModel::NameColumn).data().toString() == QStringLiteral("Trần Thị Bình"));
    CHECK(rows->index(2, gui::CouncilTallyModel::ResultColumn).data().toString()
          == QStringLiteral("Đạt, ngoài chỉ tiêu"));
    CHECK_FALSE(child<QLabel>(view, "councilTiesLabel")->text().contains(QStringLiteral("Bằng phiếu")));
    CHECK(view->result().preselectedIds().size() == 2);
    // More ballots than members: refused by core, the tally unchanged.
    vote(QStringLiteral("Trần Thị Bình"), 3, 1);
    REQUIRE(f.dialogs.warnings.size() == 2);
    CHECK(f.dialogs.warnings.last().contains(QStringLiteral("chỉ 3 thành viên")));

    // Ballots (PDF) and minutes (Word) through the file dialog.
    auto *kind = child<QComboBox>(view, "outputKindComboBox");
    auto *exportButton = child<QPushButton>(view, "outputExportPushButton");
    const QString ballots = f.dir.file(QStringLiteral("phieu-bau.pdf"));
    const QString minutes = f.dir.file(QStringLiteral("bien-ban.docx"));
    f.dialogs.saveFiles << ballots << minutes;
    kind->setCurrentIndex(0);
    CHECK(view->outputActions()->currentKind() == docs::OutputKind::CouncilBallots);
    exportButton->click();
    kind->setCurrentIndex(1);
    CHECK(view->outputActions()->currentKind() == docs::OutputKind::CouncilMinutes);
    exportButton->click();
    CHECK(f.dialogs.warnings.size() == 2);
    CHECK(looksLike(ballots, "%PDF"));
    CHECK(looksLike(minutes, "PK"));

    // Removing a member asks first; "Không xóa" keeps her.
    selectRow(members, 1);
    f.dialogs.answers << QMessageBox::Cancel << QMessageBox::Yes;
    child<QPushButton>(view, "removeMemberPushButton")->click();
    CHECK(members->model()->rowCount() == 3);
    child<QPushButton>(view, "removeMemberPushButton")->click();
    CHECK(members->model()->rowCount() == 2);
    CHECK(CouncilStore(f.db()).members(w.session().campaign().id)->size() == 2);
    CHECK(f.dialogs.confirmButtons.last() == QStringLiteral("Xóa|Không xóa"));
}

TEST_CASE("conference tabs: Dự toán kinh phí — a cost line changes the total and its words, "
          "problems are said, the estimate is written",
          "[gui][conference]")
{
    GuiFixture f;
    insertSample(f.path, true);
    gui::MainWindow &w = f.open();
    auto *view = showTab<gui::BudgetView>(w, "budgetView");
    auto *table = child<QTableView>(view, "costLinesTableView");
    QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto *total = child<QLabel>(view, "budgetTotalLabel");
    auto *words = child<QLabel>(view, "budgetWordsLabel");

    // 2 honorees × 500 000.
    child<QSpinBox>(view, "rewardAmountSpinBox")->setValue(500000);
    CHECK(child<QLabel>(view, "rewardLineLabel")->text().contains(QStringLiteral("2 người")));
    CHECK(total->text().contains(QStringLiteral("Tổng cộng 1.000.000 đồng")));
    CHECK(words->text() == QStringLiteral("Bằng chữ: Một triệu đồng"));

    // An empty name: core's problem in the form, Thêm disabled.
    auto *name = child<QLineEdit>(view, "costNameLineEdit");
    auto *quantity = child<QSpinBox>(view, "costQuantitySpinBox");
    auto *price = child<QDoubleSpinBox>(view, "costUnitPriceSpinBox");
    auto *add = child<QPushButton>(view, "addCostLinePushButton");
    auto *problems = child<QLabel>(view, "costProblemsLabel");
    name->clear();
    CHECK_FALSE(add->isEnabled());
    CHECK_FALSE(problems->isHidden());
    CHECK(problems->text() == costLineProblems(CostLine()).join(QLatin1Char('\n')));

    // Flowers: 2 × 250 000 = 500 000 more, in figures and in words.
    typeText(name, QStringLiteral("Hoa tươi"));
    child<QLineEdit>(view, "costUnitLineEdit")->setText(QStringLiteral("bó"));
    quantity->setValue(2);
    price->setValue(250000);
    CHECK(problems->isHidden());
    REQUIRE(add->isEnabled());
    add->click();
    CHECK(f.dialogs.warnings.isEmpty());
    REQUIRE(table->model()->rowCount() == 1);
    CHECK(table->model()->index(0, gui::CostLineModel::AmountColumn).data().toString() == QStringLiteral("500.000"));
    CHECK(total->text().contains(QStringLiteral("Tổng cộng 1.500.000 đồng")));
    CHECK(words->text() == QStringLiteral("Bằng chữ: Một triệu năm trăm nghìn đồng"));
    CHECK(BudgetStore(f.db()).lines(w.session().campaign().id)->size() == 1);

    // Changed to 4 bunches and saved.
    selectRow(table, 0);
    quantity->setValue(4);
    child<QPushButton>(view, "saveCostLinePushButton")->click();
    CHECK(total->text().contains(QStringLiteral("Tổng cộng 2.000.000 đồng")));
    CHECK(words->text() == QStringLiteral("Bằng chữ: Hai triệu đồng"));

    // A price above core's limit is said, not cut, and cannot be saved.
    price->setValue(double(kMaxUnitPrice) * 2);
    CHECK_FALSE(problems->isHidden());
    CHECK_FALSE(child<QPushButton>(view, "saveCostLinePushButton")->isEnabled());
    CHECK_FALSE(add->isEnabled());
    price->setValue(250000);

    // The estimate as Word, with the reward of the box.
    const QString docx = f.dir.file(QStringLiteral("du-toan.docx"));
    f.dialogs.saveFiles << docx;
    child<QPushButton>(view, "outputExportPushButton")->click();
    CHECK(f.dialogs.warnings.isEmpty());
    CHECK(looksLike(docx, "PK"));

    // Removing the line (asked first): back to the reward alone.
    f.dialogs.answers << QMessageBox::Yes;
    child<QPushButton>(view, "removeCostLinePushButton")->click();
    CHECK(table->model()->rowCount() == 0);
    CHECK(words->text() == QStringLiteral("Bằng chữ: Một triệu đồng"));
}
