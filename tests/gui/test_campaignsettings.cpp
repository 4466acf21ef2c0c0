#include "bloctablemodel.h"
#include "campaignsettingsdialog.h"
#include "campaignstore.h"
#include "dialogs.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimeEdit>

using namespace vd;
using namespace vd::test;

namespace {

class RecordingDialogs : public gui::Dialogs
{
public:
    void warning(QWidget *, const QString &, const QString &text) override { warnings.append(text); }
    QStringList warnings;
};

struct DialogsScope
{
    explicit DialogsScope(gui::Dialogs *d) { gui::Dialogs::setInstance(d); }
    ~DialogsScope() { gui::Dialogs::setInstance(nullptr); }
};

} // namespace

TEST_CASE("campaign settings: edit a quota and the deadline, save, and they are in the database", "[gui][settings]")
{
    TempDir dir;
    auto db = openDatabase(dir.file(QStringLiteral("s.sqlite")));
    Campaign campaign = *CampaignStore(*db).loadActive();
    gui::CampaignSettingsDialog dialog(*db, campaign);
    dialog.show();

    auto *total = dialog.findChild<QLabel *>(QStringLiteral("totalQuotaLabel"));
    REQUIRE(total);
    CHECK(total->text().contains(QStringLiteral("95")));

    auto *blocs = dialog.findChild<QTableView *>(QStringLiteral("blocsTableView"));
    REQUIRE(blocs);
    REQUIRE(blocs->model()->setData(blocs->model()->index(0, gui::BlocTableModel::QuotaColumn), 20));
    CHECK(total->text().contains(QStringLiteral("97")));

    auto *deadline = dialog.findChild<QDateEdit *>(QStringLiteral("deadlineDateEdit"));
    REQUIRE(deadline);
    deadline->setDate(QDate(2024, 7, 12));
    dialog.findChild<QCheckBox *>(QStringLiteral("deadlineInclusiveCheckBox"))->setChecked(true);
    auto *programme = dialog.findChild<QPlainTextEdit *>(QStringLiteral("programmePlainTextEdit"));
    programme->setPlainText(programme->toPlainText() + QStringLiteral("\nChụp ảnh lưu niệm"));

    QPushButton *save = dialog.findChild<QPushButton *>(QStringLiteral("saveSettingsPushButton"));
    REQUIRE(save);
    QTest::mouseClick(save, Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);

    Campaign saved = *CampaignStore(*db).loadActive();
    CHECK(saved.blocs.first().quota == 20);
    CHECK(saved.totalQuota() == 97);
    CHECK(saved.deadline == QDate(2024, 7, 12));
    CHECK(saved.deadlineInclusive);
    CHECK(saved.programme.size() == 7);
    CHECK(saved.signers.size() == 2);
    CHECK(saved.signers.at(1).authority == QStringLiteral("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH"));
    CHECK(saved.documentTypes.size() == campaign.documentTypes.size());
}

TEST_CASE("campaign settings: the conference start time is typed and saved; 00:00 clears it", "[gui][settings]")
{
    TempDir dir;
    auto db = openDatabase(dir.file(QStringLiteral("s.sqlite")));
    for (const auto &[typed, expected] :
         { std::pair { QStringLiteral("14:05"), QTime(14, 5) }, std::pair { QStringLiteral("00:00"), QTime() } }) {
        CAPTURE(typed.toStdString());
        Campaign campaign = *CampaignStore(*db).loadActive();
        gui::CampaignSettingsDialog dialog(*db, campaign);
        dialog.show();
        auto *start = dialog.findChild<QTimeEdit *>(QStringLiteral("conferenceStartTimeEdit"));
        REQUIRE(start);
        if (campaign.conferenceStart.isValid())
            CHECK(start->text() == campaign.conferenceStart.toString(QStringLiteral("HH:mm")));
        // Keyboard only: Alt+U (the label's mnemonic) reaches the field, then
        // the hours and the minutes are typed over.
        dialog.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&dialog));
        auto *tabs = dialog.findChild<QTabWidget *>();
        REQUIRE(tabs);
        for (int i = 0; i < tabs->count() && !start->isVisible(); ++i)
            QTest::keyClick(tabs, Qt::Key_Tab, Qt::ControlModifier); // to the "Hội nghị" tab
        REQUIRE(start->isVisible());
        QTest::keyClick(&dialog, Qt::Key_U, Qt::AltModifier);
        REQUIRE(start->hasFocus());
        QTest::keyClicks(start, typed);
        INFO(start->text().toStdString());
        CHECK(start->time() == (expected.isValid() ? expected : QTime(0, 0)));
        QTest::keyClick(start, Qt::Key_Tab); // leave the field
        if (!expected.isValid())
            CHECK(start->text() == QStringLiteral("chưa định"));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("saveSettingsPushButton")), Qt::LeftButton);
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(CampaignStore(*db).loadActive()->conferenceStart == expected);
    }
}

TEST_CASE("campaign settings refuse an invalid bloc list and keep the dialog open", "[gui][settings]")
{
    TempDir dir;
    auto db = openDatabase(dir.file(QStringLiteral("s.sqlite")));
    RecordingDialogs dialogs;
    DialogsScope scope(&dialogs);
    Campaign campaign = *CampaignStore(*db).loadActive();
    gui::CampaignSettingsDialog dialog(*db, campaign);
    dialog.show();
    auto *blocs = dialog.findChild<QTableView *>(QStringLiteral("blocsTableView"));
    // Two blocs with the same code.
    REQUIRE(blocs->model()->setData(blocs->model()->index(1, gui::BlocTableModel::CodeColumn), QStringLiteral("mn")));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("saveSettingsPushButton")), Qt::LeftButton);
    CHECK(dialog.isVisible());
    REQUIRE(dialogs.warnings.size() == 1);
    CHECK(dialogs.warnings.first().contains(QStringLiteral("trùng")));
    CHECK(CampaignStore(*db).loadActive()->blocs.at(1).code == QStringLiteral("TH"));
}

TEST_CASE("campaign settings: rule severities, HONOURED_BEFORE years and tie priorities are chosen with the keyboard "
          "and saved",
          "[gui][settings][rules]")
{
    TempDir dir;
    auto db = openDatabase(dir.file(QStringLiteral("r.sqlite")));
    Campaign campaign = *CampaignStore(*db).loadActive();
    gui::CampaignSettingsDialog dialog(*db, campaign);
    dialog.show();
    auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("settingsTabWidget"));
    auto *rulesTab = dialog.findChild<QWidget *>(QStringLiteral("rulesTab"));
    REQUIRE(rulesTab);
    tabs->setCurrentWidget(rulesTab);
    CHECK(tabs->tabText(tabs->currentIndex()) == QStringLiteral("Quy tắc xét"));

    auto *years = dialog.findChild<QSpinBox *>(QStringLiteral("honouredBeforeYearsSpinBox"));
    CHECK(years->text() == QStringLiteral("không xét")); // 0: off
    years->setFocus();
    QTest::keyClick(years, Qt::Key_Up);
    QTest::keyClick(years, Qt::Key_Up);
    CHECK(years->value() == 2);

    auto *tie = dialog.findChild<QComboBox *>(QStringLiteral("tiePriorityComboBox"));
    tie->setFocus();
    QTest::keyClick(tie, Qt::Key_Down);
    QTest::keyClick(tie, Qt::Key_Down);
    QTest::keyClick(tie, Qt::Key_Down);
    CHECK(tie->currentText() == QStringLiteral("Trước hết: nữ, rồi công nhân, lao động trực tiếp"));

    // FEWER_COPIES (a warning by default) becomes an error for this campaign.
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("ruleSeveritiesTableWidget"));
    auto *severity = dialog.findChild<QComboBox *>(QStringLiteral("ruleSeverityComboBox"));
    const QList<QTableWidgetItem *> found = table->findItems(QStringLiteral("FEWER_COPIES"), Qt::MatchExactly);
    REQUIRE(found.size() == 1);
    table->setCurrentCell(found.first()->row(), 0);
    CHECK(table->item(found.first()->row(), 3)->text() == QStringLiteral("Cảnh báo"));
    severity->setFocus();
    QTest::keyClick(severity, Qt::Key_Down); // "Lỗi (không đủ điều kiện)"
    CHECK(table->item(found.first()->row(), 3)->text() == QStringLiteral("Lỗi (của đợt)"));

    REQUIRE(dialog.save().ok());
    const Campaign saved = *CampaignStore(*db).loadActive();
    CHECK(saved.honouredBeforeYears == 2);
    CHECK(saved.tiePriority == QStringList { QStringLiteral("female"), QStringLiteral("worker") });
    CHECK(saved.ruleSeverities.value(QStringLiteral("FEWER_COPIES")) == QStringLiteral("error"));

    // Opened again, the dialog shows what was saved; "Theo mặc định" removes the campaign's own level.
    gui::CampaignSettingsDialog again(*db, saved);
    auto *table2 = again.findChild<QTableWidget *>(QStringLiteral("ruleSeveritiesTableWidget"));
    auto *severity2 = again.findChild<QComboBox *>(QStringLiteral("ruleSeverityComboBox"));
    table2->setCurrentCell(found.first()->row(), 0);
    CHECK(severity2->currentIndex() == 1);
    CHECK(again.findChild<QComboBox *>(QStringLiteral("tiePriorityComboBox"))->currentIndex() == 3);
    severity2->setFocus();
    QTest::keyClick(severity2, Qt::Key_Up);
    REQUIRE(again.save().ok());
    CHECK_FALSE(CampaignStore(*db).loadActive()->ruleSeverities.contains(QStringLiteral("FEWER_COPIES")));
}

TEST_CASE("BlocTableModel passes QAbstractItemModelTester through edits, moves and removals", "[gui][model]")
{
    gui::BlocTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    Bloc a;
    a.code = QStringLiteral("MN");
    a.name = QStringLiteral("Mầm non");
    a.quota = 18;
    Bloc b = a;
    b.code = QStringLiteral("TH");
    b.name = QStringLiteral("Tiểu học");
    b.quota = 17;
    model.setBlocs({ a, b });
    model.addBloc();
    CHECK(model.rowCount() == 3);
    CHECK(model.moveBloc(0, 1));
    CHECK(model.index(0, gui::BlocTableModel::CodeColumn).data().toString() == QStringLiteral("TH"));
    CHECK(model.moveBloc(2, -2));
    CHECK(model.index(0, gui::BlocTableModel::NameColumn).data().toString() == QStringLiteral("Khối mới"));
    CHECK_FALSE(model.setData(model.index(1, gui::BlocTableModel::QuotaColumn), -3));
    CHECK(model.setData(model.index(1, gui::BlocTableModel::SectorColumn), QStringLiteral("SXKD")));
    CHECK(model.removeBloc(2));
    CHECK(model.totalQuota() == 17);
    CHECK(model.validationError().isEmpty());
}
