// Keyboard-only work (issue 16): Tab leaves the tables and reaches every
// button of each page and dialog; no shortcut or mnemonic is ambiguous in one
// scope, in Vietnamese and in English; the focused field of the form shows it.
#include "approvalmodels.h"
#include "approvalview.h"
#include "campaignsettingsdialog.h"
#include "certificatelayoutdialog.h"
#include "connectserverdialog.h"
#include "guifixture.h"
#include "guitesthelpers.h"
#include "helpdialogs.h"
#include "importwizard.h"
#include "newcampaigndialog.h"
#include "nomineeeditor.h"
#include "nomineelistview.h"
#include "peopledialog.h"
#include "preferences.h"
#include "retranslate.h"
#include "searchalldialog.h"
#include "uiwalk.h"
#include "yearsdialog.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QPushButton>
#include <QSettings>
#include <QStyleOption>
#include <QTableView>
#include <QUndoStack>

using namespace vd;
using namespace vd::test;

namespace {

void insertSample(const QString &path)
{
    auto db = openDatabase(path);
    insertNominee(*db, eligibleNominee(*db, QStringLiteral("MN"), QStringLiteral("Nguyễn Thị Ánh")));
    insertNominee(*db, eligibleNominee(*db, QStringLiteral("MN"), QStringLiteral("Trần Văn Bình")));
}

void activate(QWidget *window)
{
    window->show();
    window->activateWindow();
    QApplication::setActiveWindow(window);
    REQUIRE(QTest::qWaitForWindowActive(window));
}

// From the first table of `page` (else its first stop), Tab must leave the
// table at once and reach every tab stop of the page.
void checkTabReachesEverything(QWidget *window, QWidget *page, const QString &where)
{
    INFO(where.toStdString());
    const QList<QWidget *> stops = tabStops(page);
    if (stops.isEmpty())
        return;
    QWidget *start = stops.first();
    for (QWidget *w : stops) {
        if (qobject_cast<QAbstractItemView *>(w)) {
            start = w;
            break;
        }
    }
    start->setFocus(Qt::TabFocusReason);
    QCoreApplication::processEvents();
    REQUIRE(QApplication::focusWidget() != nullptr);
    const QList<QWidget *> met = pressTab(int(tabStops(window).size()) * 2 + 4);
    REQUIRE_FALSE(met.isEmpty());
    if (qobject_cast<QAbstractItemView *>(start)) {
        INFO("Tab stayed in " << describe(start).toStdString());
        CHECK(met.first() != start);
    }
    QStringList missed;
    for (QWidget *w : stops) {
        if (!reached(met, w))
            missed.append(describe(w));
    }
    INFO("not reached by Tab: " << missed.join(QStringLiteral(", ")).toStdString());
    CHECK(missed.isEmpty());
}

void checkEveryPageByTab(QWidget *window)
{
    activate(window);
    forEachPage(window,
                [window](const QString &where, QWidget *page) { checkTabReachesEverything(window, page, where); });
}

void checkScopes(QWidget *window, const QString &language)
{
    forEachPage(window, [window, &language](const QString &where, QWidget *) {
        INFO((language + QStringLiteral(": ") + where).toStdString());
        const QStringList mnemonics = duplicateMnemonics(window);
        INFO(mnemonics.join(QLatin1Char('\n')).toStdString());
        CHECK(mnemonics.isEmpty());
        const QStringList shortcuts = ambiguousShortcuts(window);
        INFO(shortcuts.join(QLatin1Char('\n')).toStdString());
        CHECK(shortcuts.isEmpty());
    });
}

void deliverLanguageChange()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCoreApplication::processEvents();
}

// Every window the program makes, opened on `w` in the current language; the
// import wizard is walked page by page up to its report.
void checkEveryWindow(GuiFixture &f, gui::MainWindow &w, const QString &language)
{
    w.showPage(gui::MainWindow::NomineesPage);
    checkScopes(&w, language);

    gui::NomineeEditor *editor = w.editNominee(w.session().nominees().first().id);
    REQUIRE(editor != nullptr);
    checkScopes(editor, language);
    editor->close();

    gui::ImportWizard *wizard = w.openImportWizard();
    REQUIRE(wizard != nullptr);
    checkScopes(wizard, language);
    child<QLineEdit>(wizard, "fileLineEdit")->setText(dataFile(QStringLiteral("import-excel-vi.csv")));
    wizard->next();
    REQUIRE(wizard->currentId() == gui::ImportWizard::MappingPage);
    checkScopes(wizard, language);
    wizard->next();
    REQUIRE(wizard->currentId() == gui::ImportWizard::ReportPage);
    checkScopes(wizard, language);
    wizard->reject();
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    // The mapping page of a file with "Chức vụ, đơn vị công tác": its check box shown.
    wizard = w.openImportWizard();
    REQUIRE(wizard != nullptr);
    REQUIRE(wizard->isVisible());
    child<QLineEdit>(wizard, "fileLineEdit")->setText(dataFile(QStringLiteral("units/unit-position-unit.xlsx")));
    wizard->next();
    REQUIRE(wizard->currentId() == gui::ImportWizard::MappingPage);
    REQUIRE(child<QCheckBox>(wizard, "splitPositionUnitCheckBox")->isVisible());
    checkScopes(wizard, language);
    wizard->reject();
    QCoreApplication::processEvents();

    gui::CampaignSettingsDialog settings(w.database(), w.campaign(), &w);
    settings.show();
    checkScopes(&settings, language);
    gui::PreferencesDialog prefs(gui::Preferences::load(), &w);
    prefs.show();
    checkScopes(&prefs, language);
    gui::ConnectServerDialog server(&w);
    server.show();
    checkScopes(&server, language);
    gui::NewCampaignDialog newCampaign(w.session(), &w);
    newCampaign.show();
    checkScopes(&newCampaign, language);
    gui::YearsDialog years(w.session(), &w);
    years.show();
    checkScopes(&years, language);
    gui::PeopleDialog people(w.session(), &w);
    people.show();
    checkScopes(&people, language);
    gui::SearchAllDialog searchAll(w.session(), &w);
    searchAll.show();
    checkScopes(&searchAll, language);
    gui::CertificateLayoutDialog layout(w.database(), &w);
    layout.show();
    checkScopes(&layout, language);
    gui::UserGuideDialog guide(&w);
    guide.show();
    checkScopes(&guide, language);
    (void)f;
}

struct LanguageReset
{
    LanguageReset() { QSettings().remove(QStringLiteral("ui/language")); }
    ~LanguageReset()
    {
        gui::setLanguage(QStringLiteral("vi"));
        deliverLanguageChange();
        QSettings().remove(QStringLiteral("ui/language"));
    }
};

} // namespace

TEST_CASE("keyboard: Tab leaves every table and reaches every button of each page", "[gui][keyboard]")
{
    GuiFixture f;
    insertSample(f.path);
    gui::MainWindow &w = f.open();
    for (QAbstractItemView *view : w.findChildren<QAbstractItemView *>()) {
        INFO(describe(view).toStdString());
        CHECK_FALSE(view->tabKeyNavigation());
    }
    // A ticked candidate enables "Duyệt người đã chọn": Tab must reach it.
    w.showPage(gui::MainWindow::ApprovalPage);
    gui::ApprovalCandidateModel *candidates = w.approvalView()->candidateModel();
    REQUIRE(candidates->rowCount() > 0);
    candidates->setData(candidates->index(0, 0), Qt::Checked, Qt::CheckStateRole);
    REQUIRE(child<QPushButton>(&w, "approveButton")->isEnabled());
    w.showPage(gui::MainWindow::NomineesPage);
    w.nomineeList()->selectId(w.session().nominees().first().id);
    checkEveryPageByTab(&w);
}

TEST_CASE("keyboard: Tab leaves the tables and lists of the dialogs", "[gui][keyboard]")
{
    GuiFixture f;
    insertSample(f.path);
    gui::MainWindow &w = f.open();
    gui::NomineeEditor *editor = w.editNominee(w.session().nominees().first().id);
    REQUIRE(editor != nullptr);
    for (QAbstractItemView *view : editor->findChildren<QAbstractItemView *>())
        CHECK_FALSE(view->tabKeyNavigation());
    checkEveryPageByTab(editor);
    editor->close();

    gui::CampaignSettingsDialog settings(w.database(), w.campaign(), &w);
    gui::CertificateLayoutDialog layout(w.database(), &w);
    for (QDialog *dialog : std::initializer_list<QDialog *> { &settings, &layout }) {
        for (QAbstractItemView *view : dialog->findChildren<QAbstractItemView *>()) {
            INFO(describe(view).toStdString());
            CHECK_FALSE(view->tabKeyNavigation());
        }
        checkEveryPageByTab(dialog);
        dialog->close();
    }
}

TEST_CASE("keyboard: no two shortcuts or mnemonics collide in one window, page or dialog", "[gui][keyboard]")
{
    LanguageReset reset;
    GuiFixture f;
    insertSample(f.path);
    gui::MainWindow &w = f.open();
    checkEveryWindow(f, w, QStringLiteral("vi"));
    w.switchLanguage(QStringLiteral("en"));
    deliverLanguageChange();
    REQUIRE(gui::currentLanguage() == QStringLiteral("en"));
    checkEveryWindow(f, w, QStringLiteral("en"));
}

namespace {
QStringList g_messages;
void recordMessage(QtMsgType, const QMessageLogContext &, const QString &message) { g_messages.append(message); }
} // namespace

TEST_CASE("keyboard: Ctrl+Shift+Z, Ctrl+Z and Del in the main window are not ambiguous", "[gui][keyboard]")
{
    GuiFixture f;
    insertSample(f.path);
    gui::MainWindow &w = f.open();
    activate(&w);
    // An approval undone: there is something to redo (a disabled redo action
    // would hide the ambiguity).
    gui::ApprovalCandidateModel *candidates = w.approvalView()->candidateModel();
    REQUIRE(candidates->rowCount() > 0);
    candidates->setData(candidates->index(0, 0), Qt::Checked, Qt::CheckStateRole);
    REQUIRE(w.approvalView()->approveChecked());
    QUndoStack *stack = w.session().undoStack();
    stack->undo();
    REQUIRE(stack->canRedo());
    w.showPage(gui::MainWindow::NomineesPage);
    auto *table = child<QTableView>(&w, "nomineeTableView");
    w.nomineeList()->selectId(w.session().nominees().first().id);
    table->setFocus();
    REQUIRE(QApplication::focusWidget() == table);
    g_messages.clear();
    QtMessageHandler previous = qInstallMessageHandler(recordMessage);
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    const int afterRedo = stack->index();
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    const int afterUndo = stack->index();
    QTest::keyClick(table, Qt::Key_Delete); // asks; the scripted answer is Cancel
    qInstallMessageHandler(previous);
    INFO(g_messages.join(QLatin1Char('\n')).toStdString());
    CHECK_FALSE(g_messages.join(QLatin1Char('\n')).contains(QStringLiteral("Ambiguous shortcut")));
    // Each key did its one thing: redo, undo, and Del asked once.
    CHECK(afterRedo == 1);
    CHECK(afterUndo == 0);
    CHECK(f.dialogs.questions.size() == 1);
}

TEST_CASE("keyboard: after Enter moves on in the form, combo boxes and check boxes draw their focus", "[gui][keyboard]")
{
    GuiFixture f;
    insertSample(f.path);
    gui::MainWindow &w = f.open();
    gui::NomineeEditor *editor = w.newNominee();
    REQUIRE(editor != nullptr);
    activate(editor);
    // The style draws a focus frame for the focused widget when the window
    // says the focus moved by keyboard (QStyle::State_KeyboardFocusChange).
    const auto drawsFocus = [](QWidget *widget) {
        QStyleOption option;
        option.initFrom(widget);
        return (option.state & QStyle::State_HasFocus) && (option.state & QStyle::State_KeyboardFocusChange);
    };
    struct Step
    {
        const char *from;
        const char *to;
    };
    for (const Step step :
         { Step { "fullNameLineEdit", "genderComboBox" }, Step { "categoryComboBox", "unionMemberCheckBox" },
           Step { "endorsedCheckBox", nullptr } }) {
        INFO(step.from);
        auto *from = child<QWidget>(editor, step.from);
        from->setFocus(Qt::OtherFocusReason);
        editor->setAttribute(Qt::WA_KeyboardFocusChange, false); // as after a mouse click
        QTest::keyClick(from, Qt::Key_Return);
        QWidget *to = QApplication::focusWidget();
        REQUIRE(to != nullptr);
        if (step.to)
            CHECK(to->objectName() == QLatin1String(step.to));
        CHECK(to != from);
        CHECK((to->focusPolicy() & Qt::StrongFocus) == Qt::StrongFocus);
        CHECK(drawsFocus(to));
    }
    editor->close();
}

TEST_CASE("keyboard: the checks catch the collisions issue 16 found", "[gui][keyboard]")
{
    // Put the old faults back at run time: the checks above must see them, and
    // Qt must say what it said then.
    GuiFixture f;
    insertSample(f.path);
    gui::MainWindow &w = f.open();
    activate(&w);
    auto *table = child<QTableView>(&w, "nomineeTableView");
    w.nomineeList()->selectId(w.session().nominees().first().id);
    table->setFocus();
    REQUIRE(ambiguousShortcuts(&w).isEmpty());
    REQUIRE(duplicateMnemonics(&w).isEmpty());

    auto *del = new QShortcut(QKeySequence::Delete, table, nullptr, nullptr, Qt::WidgetShortcut);
    auto *redo = child<QAction>(&w, "redoAction");
    redo->setEnabled(true); // as when there is something to redo
    const QList<QKeySequence> redoKeys = redo->shortcuts();
    redo->setShortcuts(
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z) });
    const QStringList found = ambiguousShortcuts(&w);
    INFO(found.join(QLatin1Char('\n')).toStdString());
    CHECK(found.filter(QStringLiteral("Del")).size() == 1);
    CHECK(found.filter(QStringLiteral("Ctrl+Shift+Z")).size() == 1);
    g_messages.clear();
    QtMessageHandler previous = qInstallMessageHandler(recordMessage);
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::keyClick(table, Qt::Key_Delete);
    qInstallMessageHandler(previous);
    CHECK(g_messages.filter(QStringLiteral("Ambiguous shortcut overload")).size() == 2);
    CHECK(f.dialogs.questions.isEmpty()); // Del did nothing
    delete del;
    redo->setShortcuts(redoKeys);

    auto *button = child<QPushButton>(&w, "editNomineeButton");
    const QString text = button->text();
    button->setText(QStringLiteral("&Sửa"));
    CHECK(duplicateMnemonics(&w).filter(QStringLiteral("Alt+S")).size() == 1);
    button->setText(text);
}
