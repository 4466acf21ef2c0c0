// Screen-reader names (issue 16): every interactive widget of every page and
// dialog has a name that says what it is for, as QAccessible reports it.
#include "campaignsettingsdialog.h"
#include "certificatelayoutdialog.h"
#include "connectserverdialog.h"
#include "guifixture.h"
#include "guitesthelpers.h"
#include "helpdialogs.h"
#include "importmodels.h"
#include "importwizard.h"
#include "newcampaigndialog.h"
#include "nomineeeditor.h"
#include "peopledialog.h"
#include "preferences.h"
#include "searchalldialog.h"
#include "uiwalk.h"
#include "yearsdialog.h"

#include <catch2/catch.hpp>

#include <QAccessible>
#include <QCheckBox>
#include <QTableView>

using namespace vd;
using namespace vd::test;

namespace {

bool interactive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Table:
    case QAccessible::List:
    case QAccessible::Tree:
    case QAccessible::Slider:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
        return true;
    default:
        return false;
    }
}

// Inside a table (a cell widget or an editor): no label can stand next to it.
bool inItemView(const QWidget *w)
{
    for (const QWidget *p = w ? w->parentWidget() : nullptr; p && !p->isWindow(); p = p->parentWidget()) {
        if (qobject_cast<const QAbstractItemView *>(p))
            return true;
    }
    return false;
}

// Why `iface` has no name that says what it is for; empty when it has one. A
// QLabel buddy gives the Label relation, which AT-SPI reads as the name. A
// combo box on Linux is named by its value (Qt: "on Linux we use relations for
// this"), so it needs such a label; one in a table cell, which cannot have one,
// needs an accessible name of its own (read with its description when focused).
QString namingProblem(QAccessibleInterface *iface)
{
    const QString name = iface->text(QAccessible::Name).trimmed();
    if (!iface->relations(QAccessible::Label).isEmpty())
        return {};
    if (name.isEmpty())
        return QStringLiteral("no name");
    if (iface->role() == QAccessible::ComboBox && name == iface->text(QAccessible::Value).trimmed()) {
        auto *w = qobject_cast<QWidget *>(iface->object());
        if (inItemView(w) && !w->accessibleName().trimmed().isEmpty())
            return {};
        return QStringLiteral("named only by its value “%1”").arg(name);
    }
    return {};
}

QString where(QAccessibleInterface *iface) { return describe(iface->object()); }

void walk(QAccessibleInterface *iface, QStringList &problems, int depth = 0)
{
    if (!iface || !iface->isValid() || depth > 40 || iface->state().invisible)
        return;
    if (interactive(iface->role())) {
        const QString problem = namingProblem(iface);
        if (!problem.isEmpty())
            problems.append(QStringLiteral("%1: %2").arg(where(iface), problem));
    }
    const QAccessible::Role role = iface->role();
    if (role == QAccessible::Table || role == QAccessible::List || role == QAccessible::Tree)
        return; // its cells are named by their text
    for (int i = 0; i < iface->childCount(); ++i)
        walk(iface->child(i), problems, depth + 1);
}

// The accessible tree of the window as shown now, and every visible widget of
// it on its own (cell widgets of a table are not children in the tree).
QStringList unnamedInteractive(QWidget *window)
{
    QStringList problems;
    walk(QAccessible::queryAccessibleInterface(window), problems);
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisible() || w->window() != window)
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        if (!iface || !interactive(iface->role()) || iface->state().invisible)
            continue;
        if (w->objectName() == QLatin1String("qt_spinbox_lineedit"))
            continue; // the spin box is the control
        if (w->inherits("QTableCornerButton"))
            continue; // Qt's own "select all" corner, outside the accessible tree and never focused
        const QString problem = namingProblem(iface);
        if (!problem.isEmpty())
            problems.append(QStringLiteral("%1: %2").arg(describe(w), problem));
    }
    problems.removeDuplicates();
    return problems;
}

void checkNamed(QWidget *window)
{
    forEachPage(window, [window](const QString &where, QWidget *) {
        INFO(where.toStdString());
        const QStringList problems = unnamedInteractive(window);
        INFO("unnamed interactive widgets (" << problems.size() << "):\n"
                                             << problems.join(QLatin1Char('\n')).toStdString());
        CHECK(problems.isEmpty());
    });
}

} // namespace

TEST_CASE("accessibility: every interactive widget of the main window's pages has a name", "[gui][accessibility]")
{
    GuiFixture f;
    {
        auto db = openDatabase(f.path);
        insertNominee(*db, eligibleNominee(*db, QStringLiteral("MN"), QStringLiteral("Nguyễn Thị Ánh")));
    }
    gui::MainWindow &w = f.open();
    checkNamed(&w);
}

TEST_CASE("accessibility: every interactive widget of the editor and the dialogs has a name", "[gui][accessibility]")
{
    GuiFixture f;
    {
        auto db = openDatabase(f.path);
        insertNominee(*db, eligibleNominee(*db, QStringLiteral("MN"), QStringLiteral("Nguyễn Thị Ánh")));
    }
    gui::MainWindow &w = f.open();
    gui::NomineeEditor *editor = w.editNominee(w.session().nominees().first().id);
    REQUIRE(editor != nullptr);
    checkNamed(editor);
    editor->close();

    gui::CampaignSettingsDialog settings(w.database(), w.campaign(), &w);
    gui::PreferencesDialog prefs(gui::Preferences::load(), &w);
    gui::ConnectServerDialog server(&w);
    gui::NewCampaignDialog newCampaign(w.session(), &w);
    gui::YearsDialog years(w.session(), &w);
    gui::PeopleDialog people(w.session(), &w);
    gui::SearchAllDialog searchAll(w.session(), &w);
    gui::CertificateLayoutDialog layout(w.database(), &w);
    gui::UserGuideDialog guide(&w);
    for (QDialog *dialog : std::initializer_list<QDialog *> { &settings, &prefs, &server, &newCampaign, &years, &people,
                                                              &searchAll, &layout, &guide }) {
        dialog->show();
        checkNamed(dialog);
        dialog->close();
    }
}

TEST_CASE("accessibility: the import wizard's pages and its column mapping are named", "[gui][accessibility]")
{
    GuiFixture f;
    gui::MainWindow &w = f.open();
    gui::ImportWizard *wizard = w.openImportWizard();
    REQUIRE(wizard != nullptr);
    checkNamed(wizard);
    child<QLineEdit>(wizard, "fileLineEdit")->setText(dataFile(QStringLiteral("import-excel-vi.csv")));
    wizard->next();
    REQUIRE(wizard->currentId() == gui::ImportWizard::MappingPage);
    checkNamed(wizard);

    // Each row's field choice says which column of the file it is for, and what
    // it is set to, as a screen reader reads the cell.
    auto *mapping = child<QTableView>(wizard, "mappingTableView");
    QAbstractItemModel *model = mapping->model();
    REQUIRE(model->rowCount() > 0);
    QAccessibleInterface *table = QAccessible::queryAccessibleInterface(mapping);
    REQUIRE(table != nullptr);
    QAccessibleTableInterface *cells = table->tableInterface();
    REQUIRE(cells != nullptr);
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString header = model->index(row, gui::ImportMappingModel::FileColumn).data().toString();
        const QString field = model->index(row, gui::ImportMappingModel::FieldColumn).data().toString();
        QAccessibleInterface *cell = cells->cellAt(row, gui::ImportMappingModel::FieldColumn);
        REQUIRE(cell != nullptr);
        const QString name = cell->text(QAccessible::Name);
        INFO(name.toStdString());
        CHECK(name.contains(header));
        CHECK(name.contains(field));
    }
    // The combo box that edits a row is named for that column too.
    mapping->setFocus();
    mapping->setCurrentIndex(model->index(0, gui::ImportMappingModel::FieldColumn));
    mapping->edit(model->index(0, gui::ImportMappingModel::FieldColumn));
    auto *combo = mapping->findChild<QComboBox *>(QStringLiteral("fieldComboBox"));
    REQUIRE(combo != nullptr);
    // (On Linux a combo box's accessible name is its value; the description
    // carries the column.)
    const QString firstHeader = model->index(0, gui::ImportMappingModel::FileColumn).data().toString();
    CHECK(combo->accessibleName().contains(firstHeader));
    QAccessibleInterface *comboIface = QAccessible::queryAccessibleInterface(combo);
    REQUIRE(comboIface != nullptr);
    CHECK(comboIface->text(QAccessible::Description).contains(firstHeader));

    wizard->next();
    REQUIRE(wizard->currentId() == gui::ImportWizard::ReportPage);
    checkNamed(wizard);
    wizard->reject();
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    // "Chức vụ, đơn vị công tác" in one column: the split check box and its preview are named.
    wizard = w.openImportWizard();
    REQUIRE(wizard->isVisible());
    child<QLineEdit>(wizard, "fileLineEdit")->setText(dataFile(QStringLiteral("units/unit-position-unit.xlsx")));
    wizard->next();
    REQUIRE(wizard->currentId() == gui::ImportWizard::MappingPage);
    auto *split = child<QCheckBox>(wizard, "splitPositionUnitCheckBox");
    REQUIRE(split->isVisible());
    split->click();
    REQUIRE(child<QLabel>(wizard, "splitPreviewLabel")->isVisible());
    checkNamed(wizard);
    CHECK(QAccessible::queryAccessibleInterface(split)->text(QAccessible::Name)
          == QStringLiteral("Tách ô “Chức vụ, đơn vị” thành chức vụ và đơn vị"));
    wizard->reject();
}
