// The import wizard on the real main window and a real database: the report of
// a file with bad rows, all-or-nothing, skip invalid, a good file, Cancel, the
// adjustable mapping, and its models under QAbstractItemModelTester.
#include "guifixture.h"
#include "guitesthelpers.h"
#include "importmodels.h"
#include "importwizard.h"
#include "nomineelistview.h"
#include "nomineetablemodel.h"
#include "uiwalk.h"
#include "undocommands.h"

#include <catch2/catch.hpp>

#include <QPointer>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace vd;
using namespace vd::test;

namespace {

int count(Database &db, const char *table)
{
    auto q = db.run(QStringLiteral("SELECT count(*) FROM %1").arg(QString::fromLatin1(table)), {},
                    QStringLiteral("count"));
    REQUIRE(q.ok());
    REQUIRE(q->next());
    return q->value(0).toInt();
}

gui::ImportWizard *openWizard(gui::MainWindow &window)
{
    QAction *action = window.findChild<QAction *>(QStringLiteral("importAction"));
    REQUIRE(action != nullptr);
    CHECK(action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_I));
    action->trigger();
    gui::ImportWizard *wizard = window.importWizard();
    REQUIRE(wizard != nullptr);
    REQUIRE(wizard->isVisible());
    REQUIRE(wizard->currentId() == gui::ImportWizard::FilePage);
    return wizard;
}

// Types the path, then Next until the report page.
void goToReport(gui::ImportWizard *wizard, const QString &path)
{
    child<QLineEdit>(wizard, "fileLineEdit")->setText(path);
    wizard->next();
    REQUIRE(wizard->currentId() == gui::ImportWizard::MappingPage);
    wizard->next();
    REQUIRE(wizard->currentId() == gui::ImportWizard::ReportPage);
}

void runImport(gui::ImportWizard *wizard)
{
    QAbstractButton *commit = wizard->button(QWizard::CommitButton);
    REQUIRE(commit->isVisible());
    REQUIRE(commit->isEnabled());
    commit->click();
    REQUIRE(wizard->currentId() == gui::ImportWizard::RunPage);
    REQUIRE(QTest::qWaitFor([wizard] { return !wizard->isImporting() && wizard->outcome().has_value(); }, 60000));
    QCoreApplication::processEvents();
}

bool hasProblem(QAbstractItemModel *model, int row, const QString &column, const QString &severity)
{
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, gui::ImportProblemModel::RowColumn).data().toInt() == row
            && model->index(r, gui::ImportProblemModel::ColumnColumn).data().toString() == column
            && model->index(r, gui::ImportProblemModel::SeverityColumn).data().toString() == severity)
            return true;
    }
    return false;
}

QStringList listedNames(gui::MainWindow &window)
{
    QStringList names;
    QAbstractItemModel *model = window.nomineeList()->tableView()->model();
    for (int r = 0; r < model->rowCount(); ++r)
        names.append(model->index(r, gui::NomineeTableModel::NameColumn).data().toString());
    return names;
}

} // namespace

TEST_CASE("Import wizard reports every bad row and honours all-or-nothing", "[gui][import]")
{
    GuiFixture f;
    gui::MainWindow &window = f.open();
    QSettings().remove(QStringLiteral("import/lastFolder"));
    gui::ImportWizard *wizard = openWizard(window);
    const QString path = dataFile(QStringLiteral("import-bad.csv"));
    goToReport(wizard, path);
    CHECK(QSettings().value(QStringLiteral("import/lastFolder")).toString() == QFileInfo(path).absolutePath());

    const ImportResult &result = wizard->result();
    REQUIRE(result.headerComplete);
    REQUIRE(result.invalidCount() > 0);
    REQUIRE(result.validCount() > 0);

    auto *problems = child<QTableView>(wizard, "problemsTableView");
    REQUIRE(problems->isVisible());
    QAbstractItemModel *model = problems->model();
    CHECK(model->rowCount() == result.problems.size());
    CHECK(hasProblem(model, 2, QStringLiteral("Họ và tên"), QStringLiteral("Lỗi"))); // empty name
    CHECK(hasProblem(model, 3, QStringLiteral("Giới tính"), QStringLiteral("Lỗi"))); // "Khác"
    CHECK(hasProblem(model, 4, QStringLiteral("Ngày sinh"), QStringLiteral("Lỗi"))); // 31/02
    CHECK(hasProblem(model, 6, QStringLiteral("Số CCCD"), QStringLiteral("Lỗi"))); // 5 digits
    CHECK(hasProblem(model, 13, QStringLiteral("Khối"), QStringLiteral("Lỗi"))); // ZZ
    CHECK(hasProblem(model, 1, QStringLiteral("Số điện thoại"), QStringLiteral("Cảnh báo"))); // unknown column
    // Selecting a problem shows its whole message.
    problems->setCurrentIndex(model->index(1, gui::ImportProblemModel::MessageColumn));
    auto *detail = child<QLabel>(wizard, "problemDetailLabel");
    CHECK(detail->isVisible());
    CHECK(detail->text().contains(result.problems.at(1).message));
    const QString counts = child<QLabel>(wizard, "countsLabel")->text();
    CHECK(counts.contains(QStringLiteral("%1 hợp lệ").arg(result.validCount())));
    CHECK(counts.contains(QStringLiteral("%1 có lỗi").arg(result.invalidCount())));

    // All-or-nothing is the default: the import cannot go on, and says why.
    auto *allOrNothing = child<QRadioButton>(wizard, "allOrNothingRadioButton");
    auto *skipInvalid = child<QRadioButton>(wizard, "skipInvalidRadioButton");
    CHECK(allOrNothing->isChecked());
    CHECK_FALSE(wizard->button(QWizard::CommitButton)->isEnabled());
    auto *reason = child<QLabel>(wizard, "reasonLabel");
    CHECK(reason->isVisible());
    CHECK(reason->text().contains(QStringLiteral("%1 dòng có lỗi").arg(result.invalidCount())));
    wizard->next(); // refused
    CHECK(wizard->currentId() == gui::ImportWizard::ReportPage);
    CHECK(count(f.db(), "nominee") == 0);

    SECTION("closing leaves nothing imported")
    {
        wizard->reject();
        QCoreApplication::processEvents();
        CHECK(count(f.db(), "nominee") == 0);
        CHECK(listedNames(window).isEmpty());
    }
    SECTION("skip invalid imports only the valid rows")
    {
        const int valid = result.validCount();
        skipInvalid->click();
        CHECK(wizard->skipInvalid());
        CHECK(wizard->button(QWizard::CommitButton)->isEnabled());
        runImport(wizard);
        REQUIRE(wizard->outcome()->ok());
        CHECK(wizard->outcome()->value().imported == valid);
        CHECK(wizard->outcome()->value().skipped == result.invalidCount());
        CHECK(count(f.db(), "nominee") == valid);
        CHECK(child<QLabel>(wizard, "summaryLabel")->text().contains(QStringLiteral("Đã nhập %1 hồ sơ.").arg(valid)));
        CHECK(wizard->button(QWizard::FinishButton)->isEnabled());
        CHECK(listedNames(window).size() == valid);
        CHECK(listedNames(window).contains(QStringLiteral("Hoàng Văn Đúng")));
        wizard->accept();
    }
}

TEST_CASE("Import wizard imports a good file and the main list shows the new nominees", "[gui][import]")
{
    GuiFixture f;
    gui::MainWindow &window = f.open();
    const int unitsBefore = count(f.db(), "unit");
    gui::ImportWizard *wizard = openWizard(window);

    // Browse goes through Dialogs.
    f.dialogs.openFiles.append(dataFile(QStringLiteral("import-excel-vi.csv")));
    child<QPushButton>(wizard, "browsePushButton")->click();
    auto *file = child<QLineEdit>(wizard, "fileLineEdit");
    CHECK(QDir::fromNativeSeparators(file->text()) == dataFile(QStringLiteral("import-excel-vi.csv")));
    wizard->next();
    REQUIRE(wizard->currentId() == gui::ImportWizard::MappingPage);
    auto *mapping = child<QTableView>(wizard, "mappingTableView");
    CHECK(mapping->model()->rowCount() == 23); // STT + the 22 columns of the template
    CHECK(child<QTableView>(wizard, "previewTableView")->model()->rowCount() == 4);
    wizard->next();
    REQUIRE(wizard->currentId() == gui::ImportWizard::ReportPage);
    CHECK(wizard->result().invalidCount() == 0);
    CHECK_FALSE(child<QLabel>(wizard, "reasonLabel")->isVisible());
    runImport(wizard);
    REQUIRE(wizard->outcome()->ok());
    CHECK(wizard->outcome()->value().imported == 4);
    CHECK(count(f.db(), "nominee") == 4);
    CHECK(count(f.db(), "unit") > unitsBefore);
    CHECK(child<QProgressBar>(wizard, "importProgressBar")->value()
          == child<QProgressBar>(wizard, "importProgressBar")->maximum());
    CHECK_FALSE(child<QPushButton>(wizard, "cancelImportPushButton")->isVisible());
    const QStringList names = listedNames(window);
    CHECK(names.size() == 4);
    CHECK(names.contains(QStringLiteral("Nguyễn Thị Ánh")));
    CHECK(window.currentPage() == gui::MainWindow::NomineesPage);
    CHECK(wizard->button(QWizard::FinishButton)->isEnabled());
    // The wizard deletes itself when closed: watch it through a QPointer.
    QPointer<gui::ImportWizard> watched(wizard);
    wizard->button(QWizard::FinishButton)->click();
    QCoreApplication::processEvents();
    CHECK((watched.isNull() || !watched->isVisible()));
}

TEST_CASE("after an import, Ctrl+Z keeps the dossier entered by hand and says why", "[gui][import][undo]")
{
    // Issue 16: the import was invisible to the undo stack, so Ctrl+Z removed
    // the dossier entered before it. An import clears the history, visibly.
    GuiFixture f;
    gui::MainWindow &window = f.open();
    gui::Session &session = window.session();
    const Nominee byHand = eligibleNominee(f.db(), QStringLiteral("MN"), QStringLiteral("Trần Thị Thủ"));
    REQUIRE(gui::DatabaseCommand::execute(session, new gui::CreateNomineeCommand(session, byHand)).ok());
    auto *undo = child<QAction>(&window, "undoAction");
    REQUIRE(undo->isEnabled());
    CHECK(undo->text().contains(QStringLiteral("Trần Thị Thủ")));

    gui::ImportWizard *wizard = openWizard(window);
    goToReport(wizard, dataFile(QStringLiteral("import-excel-vi.csv")));
    runImport(wizard);
    REQUIRE(wizard->outcome()->ok());
    wizard->button(QWizard::FinishButton)->click();
    QCoreApplication::processEvents();
    REQUIRE(count(f.db(), "nominee") == 5);

    // What the person sees: the undo action and the status bar say it.
    CHECK_FALSE(undo->isEnabled());
    CHECK(undo->text().contains(QStringLiteral("vừa nhập từ tệp")));
    const QString note = window.statusBar()->currentMessage();
    CHECK(note.contains(QStringLiteral("Đã nhập 4 hồ sơ")));
    CHECK(note.contains(QStringLiteral("Ctrl+Z")));

    // Ctrl+Z from the list does nothing: both the import and the hand-entered dossier stay.
    window.activateWindow();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QTableView *table = window.nomineeList()->tableView();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    QCoreApplication::processEvents();
    CHECK(count(f.db(), "nominee") == 5);
    CHECK(listedNames(window).contains(QStringLiteral("Trần Thị Thủ")));
    CHECK(f.dialogs.warnings.isEmpty());

    // The next step is undoable again, under its own name.
    REQUIRE(window.deleteNominees({ window.session().nominees().first().id }) == false); // scripted: "Không xóa"
    f.dialogs.answers.append(QMessageBox::Yes);
    REQUIRE(window.deleteNominees({ window.session().nominees().first().id }));
    CHECK(undo->isEnabled());
    CHECK(undo->text().contains(QStringLiteral("Xóa 1 hồ sơ")));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier); // the key does reach the action
    CHECK(count(f.db(), "nominee") == 5);
    CHECK_FALSE(session.undoStack()->canUndo());
}

TEST_CASE("Cancelling the import in the wizard leaves nothing imported", "[gui][import]")
{
    GuiFixture f;
    gui::MainWindow &window = f.open();
    const int unitsBefore = count(f.db(), "unit");
    const int auditBefore = count(f.db(), "audit_log");
    gui::ImportWizard *wizard = openWizard(window);
    goToReport(wizard, dataFile(QStringLiteral("import-excel-vi.csv")));
    // The first progress call asks to stop, as the Cancel button does.
    wizard->setProgressHook([wizard](int, int) { wizard->requestCancel(); });
    runImport(wizard);
    REQUIRE_FALSE(wizard->outcome()->ok());
    CHECK(wizard->outcome()->error().kind == ErrorKind::Cancelled);
    CHECK(child<QLabel>(wizard, "summaryLabel")->text().contains(QStringLiteral("không có hồ sơ nào được nhập")));
    CHECK(count(f.db(), "nominee") == 0);
    CHECK(count(f.db(), "unit") == unitsBefore);
    CHECK(count(f.db(), "audit_log") == auditBefore);
    CHECK(listedNames(window).isEmpty());
    CHECK(wizard->button(QWizard::FinishButton)->isEnabled());
}

TEST_CASE("Cancel import button stops the worker and rolls back", "[gui][import]")
{
    GuiFixture f;
    gui::MainWindow &window = f.open();
    gui::ImportWizard *wizard = openWizard(window);
    goToReport(wizard, dataFile(QStringLiteral("import-excel-vi.csv")));
    // Hold the worker at its first progress call until the button was clicked.
    std::atomic<bool> clicked { false };
    wizard->setProgressHook([&clicked](int, int) {
        while (!clicked.load())
            QThread::msleep(5);
    });
    wizard->button(QWizard::CommitButton)->click();
    REQUIRE(wizard->isImporting());
    auto *cancel = child<QPushButton>(wizard, "cancelImportPushButton");
    REQUIRE(cancel->isVisible());
    cancel->click();
    clicked = true;
    REQUIRE(QTest::qWaitFor([wizard] { return !wizard->isImporting(); }, 60000));
    REQUIRE(wizard->outcome().has_value());
    CHECK(wizard->outcome()->error().kind == ErrorKind::Cancelled);
    CHECK(count(f.db(), "nominee") == 0);
}

TEST_CASE("Import wizard mapping can be adjusted per column", "[gui][import]")
{
    GuiFixture f;
    gui::MainWindow &window = f.open();
    QFile csv(f.dir.file(QStringLiteral("khac-tieu-de.csv")));
    REQUIRE(csv.open(QIODevice::WriteOnly));
    csv.write(QStringLiteral("Người được đề nghị,Chức vụ,Đơn vị,Khối,Đoàn viên công đoàn,Điện thoại\n"
                             "Trần Văn Mới,Kế toán,Công ty May Tiến Bộ,DN,Có,0912345678\n")
                  .toUtf8());
    csv.close();
    gui::ImportWizard *wizard = openWizard(window);
    child<QLineEdit>(wizard, "fileLineEdit")->setText(csv.fileName());
    wizard->next();
    REQUIRE(wizard->currentId() == gui::ImportWizard::MappingPage);

    // The name column is not recognised: a required field has no column.
    auto *view = child<QTableView>(wizard, "mappingTableView");
    QAbstractItemModel *model = view->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model->index(0, gui::ImportMappingModel::FieldColumn).data().toString() == QStringLiteral("(bỏ qua)"));
    CHECK_FALSE(wizard->button(QWizard::NextButton)->isEnabled());
    CHECK(child<QLabel>(wizard, "mappingStatusLabel")->text().contains(QStringLiteral("Họ và tên")));

    // Choose "Họ và tên" in the row's combo box.
    auto *combo = qobject_cast<QComboBox *>(view->indexWidget(model->index(0, gui::ImportMappingModel::FieldColumn)));
    REQUIRE(combo != nullptr);
    CHECK(combo->objectName() == QStringLiteral("fieldComboBox"));
    const int nameItem = combo->findData(int(ImportField::FullName));
    REQUIRE(nameItem > 0);
    combo->setCurrentIndex(nameItem);
    emit combo->activated(nameItem);
    CHECK(model->index(0, gui::ImportMappingModel::FieldColumn).data(Qt::EditRole).toInt()
          == int(ImportField::FullName));
    CHECK(wizard->button(QWizard::NextButton)->isEnabled());
    CHECK(wizard->previewModel()->headerData(0, Qt::Horizontal).toString().contains(QStringLiteral("→ Họ và tên")));
    // The phone column stays unknown: skipped, with its warning.
    wizard->next();
    REQUIRE(wizard->currentId() == gui::ImportWizard::ReportPage);
    REQUIRE(wizard->result().problems.size() == 1);
    CHECK(wizard->result().problems[0].column == QStringLiteral("Điện thoại"));
    CHECK(wizard->result().problems[0].severity == ImportSeverity::Warning);
    runImport(wizard);
    REQUIRE(wizard->outcome()->ok());
    CHECK(listedNames(window) == QStringList { QStringLiteral("Trần Văn Mới") });
}

TEST_CASE("Import wizard splits 'Chức vụ, đơn vị công tác' only when its check box is ticked", "[gui][import]")
{
    GuiFixture f;
    gui::MainWindow &window = f.open();
    const int before = count(window.database(), "nominee");
    gui::ImportWizard *wizard = openWizard(window);
    child<QLineEdit>(wizard, "fileLineEdit")->setText(dataFile(QStringLiteral("units/unit-position-unit.xlsx")));
    wizard->next();
    REQUIRE(wizard->currentId() == gui::ImportWizard::MappingPage);

    // The combined column is recognised, but nothing is split until asked.
    auto *split = child<QCheckBox>(wizard, "splitPositionUnitCheckBox");
    REQUIRE(split->isVisible());
    CHECK_FALSE(split->isChecked());
    CHECK_FALSE(split->accessibleName().isEmpty());
    CHECK(split->text().contains(QLatin1Char('&')));
    CHECK(duplicateMnemonics(wizard).isEmpty());
    CHECK_FALSE(wizard->button(QWizard::NextButton)->isEnabled());
    CHECK(child<QLabel>(wizard, "mappingStatusLabel")->text().contains(QStringLiteral("“Chức vụ, đơn vị công tác”")));
    auto *view = child<QTableView>(wizard, "mappingTableView");
    QAbstractItemModel *model = view->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int combined = wizard->mappingModel()->positionUnitColumn();
    REQUIRE(combined == 5);
    const QModelIndex field = model->index(combined, gui::ImportMappingModel::FieldColumn);
    CHECK(field.data().toString() == QStringLiteral("Chức vụ + Đơn vị (một ô)"));
    CHECK(wizard->previewModel()->headerData(combined, Qt::Horizontal).toString().contains(QStringLiteral("một ô")));

    // Skipping the column in its combo box: no check box, Chức vụ and Đơn vị missing; back again.
    auto *combo = qobject_cast<QComboBox *>(view->indexWidget(field));
    REQUIRE(combo != nullptr);
    combo->setCurrentIndex(combo->findData(-1));
    emit combo->activated(combo->currentIndex());
    CHECK_FALSE(split->isVisible());
    CHECK(wizard->mappingModel()->missingRequired()
          == QStringList { QStringLiteral("Chức vụ"), QStringLiteral("Đơn vị") });
    const int both = combo->findData(gui::ImportMappingModel::PositionUnitChoice);
    REQUIRE(both > 0);
    combo->setCurrentIndex(both);
    emit combo->activated(both);
    REQUIRE(split->isVisible());
    CHECK(wizard->mappingModel()->missingRequired().isEmpty());

    // Ticked: the first rows as they will be read, then Next.
    split->click();
    CHECK(wizard->splitPositionUnit());
    auto *preview = child<QLabel>(wizard, "splitPreviewLabel");
    REQUIRE(preview->isVisible());
    CHECK(preview->text().contains(QStringLiteral(
        "Dòng 5: “Giáo viên, Trường Mầm non Hoa Sen” → chức vụ “Giáo viên”, đơn vị “Trường Mầm non Hoa Sen”")));
    REQUIRE(wizard->button(QWizard::NextButton)->isEnabled());
    wizard->next();
    REQUIRE(wizard->currentId() == gui::ImportWizard::ReportPage);
    CHECK(wizard->result().errorCount() == 0);
    CHECK(wizard->result().splits.size() == 12);
    CHECK(child<QLabel>(wizard, "countsLabel")->text().contains(QStringLiteral("Đã tách 12 ô")));
    runImport(wizard);
    REQUIRE(wizard->outcome()->ok());
    CHECK(count(window.database(), "nominee") == before + 12);
    CHECK(listedNames(window).contains(QStringLiteral("Lý Thị Nga")));

    // A new file starts unticked again.
    wizard->restart();
    child<QLineEdit>(wizard, "fileLineEdit")->setText(dataFile(QStringLiteral("units/unit-position-unit.ods")));
    wizard->next();
    REQUIRE(wizard->currentId() == gui::ImportWizard::MappingPage);
    CHECK_FALSE(wizard->splitPositionUnit());
    CHECK_FALSE(child<QCheckBox>(wizard, "splitPositionUnitCheckBox")->isChecked());
    CHECK_FALSE(wizard->button(QWizard::NextButton)->isEnabled());
    wizard->reject();
}

TEST_CASE("Import wizard shows a file error on the first page", "[gui][import]")
{
    GuiFixture f;
    gui::MainWindow &window = f.open();
    gui::ImportWizard *wizard = openWizard(window);
    CHECK_FALSE(wizard->button(QWizard::NextButton)->isEnabled()); // no file yet
    child<QLineEdit>(wizard, "fileLineEdit")->setText(f.dir.file(QStringLiteral("khong-co.csv")));
    wizard->next();
    CHECK(wizard->currentId() == gui::ImportWizard::FilePage);
    auto *error = child<QLabel>(wizard, "fileErrorLabel");
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("khong-co.csv")));
}

TEST_CASE("File menu saves the import template", "[gui][import]")
{
    GuiFixture f;
    gui::MainWindow &window = f.open();
    const QString path = f.dir.file(QStringLiteral("mau.xlsx"));
    f.dialogs.saveFiles.append(path);
    QAction *action = window.findChild<QAction *>(QStringLiteral("saveTemplateAction"));
    REQUIRE(action != nullptr);
    action->trigger();
    REQUIRE(QFileInfo::exists(path));
    auto table = readImportTable(path);
    REQUIRE(table.ok());
    CHECK(checkImportHeader(*table).ok());
    CHECK(f.dialogs.warnings.isEmpty());
}

TEST_CASE("Import wizard models pass QAbstractItemModelTester", "[gui][import][model]")
{
    GuiFixture f;
    f.open();
    gui::ImportWizard wizard(f.window->session());
    QAbstractItemModelTester mapping(wizard.mappingModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester preview(wizard.previewModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester problems(wizard.problemModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(wizard.loadFile(dataFile(QStringLiteral("import-bad.csv"))).ok());
    CHECK(wizard.mappingModel()->rowCount() == 23);
    CHECK(wizard.previewModel()->rowCount() == gui::ImportPreviewModel::maxRows);
    CHECK(wizard.previewModel()->headerData(0, Qt::Vertical).toInt() == 2);
    // Skip a column, then choose it back.
    const QModelIndex field = wizard.mappingModel()->index(1, gui::ImportMappingModel::FieldColumn);
    CHECK(wizard.mappingModel()->setData(field, -1));
    CHECK(field.data().toString() == QStringLiteral("(bỏ qua)"));
    CHECK(wizard.mappingModel()->missingRequired().isEmpty()); // Giới tính is optional
    CHECK(wizard.mappingModel()->setData(field, int(ImportField::Gender)));
    CHECK_FALSE(wizard.mappingModel()->setData(field, 999));
    REQUIRE(wizard.validate().ok());
    CHECK(wizard.problemModel()->rowCount() == wizard.result().problems.size());
    REQUIRE(wizard.loadFile(dataFile(QStringLiteral("import-excel-vi.csv"))).ok());
    REQUIRE(wizard.validate().ok());
    CHECK(wizard.problemModel()->rowCount() == wizard.result().problems.size());
}
