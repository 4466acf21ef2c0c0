// Runtime language switching and accessibility of the main window and dialogs.
#include "campaignsettingsdialog.h"
#include "guifixture.h"
#include "guitesthelpers.h"
#include "nomineeeditor.h"
#include "preferences.h"
#include "retranslate.h"
#include "undocommands.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QRegularExpression>

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>
#include <QUndoStack>

using namespace vd;
using namespace vd::test;

namespace {

// A translator that marks every string: shows that each text is re-fetched
// through tr() on a language switch, whatever the .ts files hold today.
class MarkingTranslator : public QTranslator
{
public:
    static QString mark() { return QStringLiteral("⟦EN⟧"); }
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *sourceText, const char *, int) const override
    {
        const QString source = QString::fromUtf8(sourceText);
        return source.isEmpty() ? QString() : mark() + source;
    }
};

void deliverLanguageChange()
{
    // QApplication posts QEvent::LanguageChange to every top-level widget.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCoreApplication::processEvents();
}

QMenu *menu(gui::MainWindow &w, const char *name) { return child<QMenu>(&w, name); }

// Switches the window through its Công cụ ▸ Ngôn ngữ menu.
void chooseLanguage(gui::MainWindow &w, const char *actionName)
{
    child<QAction>(&w, actionName)->trigger();
    deliverLanguageChange();
}

bool hasVietnameseLetters(const QString &text)
{
    static const QString letters
        = QStringLiteral("àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ");
    const QString lower = text.toLower();
    for (const QChar c : lower) {
        if (letters.contains(c))
            return true;
    }
    return false;
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

TEST_CASE("switching to English at runtime retranslates menus, pages and column headers", "[gui][language]")
{
    LanguageReset reset;
    GuiFixture f;
    {
        auto db = openDatabase(f.path);
        insertNominee(*db, eligibleNominee(*db, QStringLiteral("MN"), QStringLiteral("Nguyễn Thị Ánh")));
    }
    gui::MainWindow &w = f.open();
    auto *nominees = child<QTableView>(&w, "nomineeTableView");
    auto *navigation = child<QListWidget>(&w, "navigationListWidget");
    CHECK(menu(w, "fileMenu")->title() == QStringLiteral("&Tệp"));
    CHECK(child<QAction>(&w, "languageViAction")->isChecked());

    chooseLanguage(w, "languageEnAction");
    CHECK(gui::currentLanguage() == QStringLiteral("en"));
    CHECK(gui::Preferences::load().language == QStringLiteral("en"));
    CHECK(child<QAction>(&w, "languageEnAction")->isChecked());
    CHECK_FALSE(child<QAction>(&w, "languageViAction")->isChecked());
    // What the real English translation says (the source text until it is filled).
    CHECK(menu(w, "fileMenu")->title() == QCoreApplication::translate("MainWindow", "&Tệp"));
    CHECK(navigation->item(0)->text() == QCoreApplication::translate("vd::gui::MainWindow", "Hồ sơ đề nghị"));
    CHECK(nominees->model()->headerData(0, Qt::Horizontal).toString()
          == QCoreApplication::translate("vd::gui::NomineeTableModel", "Họ và tên"));

    // Every text is fetched again through tr(): with a marking translator on
    // top, menus, page names, headers, labels and combo items all change.
    MarkingTranslator marking;
    QCoreApplication::installTranslator(&marking);
    deliverLanguageChange();
    const QString m = MarkingTranslator::mark();
    for (const char *name : { "fileMenu", "editMenu", "viewMenu", "toolsMenu", "helpMenu", "languageMenu" })
        CHECK(menu(w, name)->title().startsWith(m));
    CHECK(menu(w, "fileMenu")->title() != QStringLiteral("&Tệp"));
    CHECK(child<QAction>(&w, "aboutAction")->text().startsWith(m));
    CHECK(child<QAction>(&w, "undoAction")->text().startsWith(m));
    // Undo and redo are made again in the same places: first in Sửa, then a separator.
    for (const QList<QAction *> &actions :
         { menu(w, "editMenu")->actions(), child<QWidget>(&w, "mainToolBar")->actions() }) {
        REQUIRE(actions.size() >= 4);
        CHECK(actions.at(0)->objectName() == QStringLiteral("undoAction"));
        CHECK(actions.at(1)->objectName() == QStringLiteral("redoAction"));
        CHECK(actions.at(2)->isSeparator());
        CHECK(actions.at(3)->objectName() == QStringLiteral("newNomineeAction"));
    }
    CHECK(child<QAction>(&w, "languageEnAction")->text() == QStringLiteral("English")); // a name, never translated
    for (int i = 0; i < navigation->count(); ++i)
        CHECK(navigation->item(i)->text().startsWith(m));
    for (int c = 0; c < nominees->model()->columnCount(); ++c)
        CHECK(nominees->horizontalHeader()->model()->headerData(c, Qt::Horizontal).toString().startsWith(m));
    auto *units = child<QTableView>(&w, "unitTableView");
    CHECK(units->model()->headerData(0, Qt::Horizontal).toString().startsWith(m));
    CHECK(child<QTableView>(&w, "blocTableView")->model()->headerData(0, Qt::Horizontal).toString().startsWith(m));
    CHECK(child<QComboBox>(&w, "blocFilterComboBox")->itemText(0).startsWith(m));
    CHECK(child<QComboBox>(&w, "statusFilterComboBox")->itemText(0).startsWith(m));
    CHECK(child<QLabel>(&w, "countLabel")->text().startsWith(m));
    CHECK(child<QLabel>(&w, "campaignLabel")->text().startsWith(m));
    CHECK(w.windowTitle().startsWith(m));

    gui::NomineeEditor *editor = w.editNominee(w.session().nominees().first().id);
    REQUIRE(editor != nullptr);
    QCoreApplication::removeTranslator(&marking);
    deliverLanguageChange();
    CHECK(child<QLabel>(editor, "fullNameLabel")->text()
          == QCoreApplication::translate("NomineeEditor", "Họ và &tên (*)"));

    chooseLanguage(w, "languageViAction");
    CHECK(gui::currentLanguage() == QStringLiteral("vi"));
    CHECK(gui::Preferences::load().language == QStringLiteral("vi"));
    CHECK(menu(w, "fileMenu")->title() == QStringLiteral("&Tệp"));
    CHECK(navigation->item(0)->text() == QStringLiteral("Hồ sơ đề nghị"));
    CHECK(nominees->model()->headerData(0, Qt::Horizontal).toString() == QStringLiteral("Họ và tên"));
    CHECK(child<QLabel>(editor, "fullNameLabel")->text() == QStringLiteral("Họ và &tên (*)"));
    editor->close();
}

TEST_CASE("dialogs retranslate themselves on a language switch", "[gui][language]")
{
    LanguageReset reset;
    GuiFixture f;
    gui::MainWindow &w = f.open();
    gui::CampaignSettingsDialog settings(w.database(), w.campaign(), &w);
    gui::PreferencesDialog prefs(gui::Preferences::load(), &w);
    settings.show();
    prefs.show();
    MarkingTranslator marking;
    QCoreApplication::installTranslator(&marking);
    deliverLanguageChange();
    const QString m = MarkingTranslator::mark();
    CHECK(settings.windowTitle().startsWith(m));
    CHECK(child<QTableView>(&settings, "blocsTableView")
              ->model()
              ->headerData(0, Qt::Horizontal)
              .toString()
              .startsWith(m));
    CHECK(child<QLabel>(&settings, "totalQuotaLabel")->text().startsWith(m));
    CHECK(prefs.windowTitle().startsWith(m));
    QCoreApplication::removeTranslator(&marking);
    deliverLanguageChange();
    CHECK_FALSE(settings.windowTitle().startsWith(m));
    CHECK_FALSE(prefs.windowTitle().startsWith(m));
}

namespace {

// Inputs with neither a QLabel buddy nor an accessible name.
QStringList unlabelledInputs(QWidget *root)
{
    QSet<const QWidget *> labelled;
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        if (QWidget *buddy = label->buddy())
            labelled.insert(buddy);
    }
    QStringList missing;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        const bool input = qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w)
                           || qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QPlainTextEdit *>(w)
                           || qobject_cast<QCheckBox *>(w);
        if (!input)
            continue;
        if (qobject_cast<QLineEdit *>(w) && qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
            continue; // the spin box's or date edit's own line edit
        if (qobject_cast<QLineEdit *>(w) && qobject_cast<QComboBox *>(w->parentWidget()))
            continue; // an editable combo box's line edit
        if (labelled.contains(w) || !w->accessibleName().trimmed().isEmpty())
            continue;
        if (auto *check = qobject_cast<QCheckBox *>(w); check && !check->text().trimmed().isEmpty())
            continue;
        missing.append(
            QStringLiteral("%1 (%2)").arg(w->objectName(), QString::fromLatin1(w->metaObject()->className())));
    }
    return missing;
}

} // namespace

TEST_CASE("every input of the main window and its dialogs has a label buddy or an accessible name",
          "[gui][accessibility]")
{
    GuiFixture f;
    {
        auto db = openDatabase(f.path);
        insertNominee(*db, eligibleNominee(*db, QStringLiteral("MN"), QStringLiteral("Nguyễn Thị Ánh")));
    }
    gui::MainWindow &w = f.open();
    gui::NomineeEditor *editor = w.editNominee(w.session().nominees().first().id);
    REQUIRE(editor != nullptr);
    gui::CampaignSettingsDialog settings(w.database(), w.campaign(), &w);
    gui::PreferencesDialog prefs(gui::Preferences::load(), &w);
    const std::pair<const char *, QWidget *> roots[] = {
        { "main window", &w },
        { "editor", editor },
        { "campaign settings", &settings },
        { "preferences", &prefs },
    };
    for (const auto &[name, root] : roots) {
        INFO(name);
        const QStringList missing = unlabelledInputs(root);
        INFO(missing.join(QStringLiteral(", ")).toStdString());
        CHECK(missing.isEmpty());
    }
    editor->close();
}

TEST_CASE("in English no visible text of the main window is left in Vietnamese", "[gui][language]")
{
    LanguageReset reset;
    GuiFixture f;
    {
        auto db = openDatabase(f.path);
        insertNominee(*db, eligibleNominee(*db, QStringLiteral("MN"), QStringLiteral("Nguyen Thi Anh")));
    }
    gui::MainWindow &w = f.open();
    chooseLanguage(w, "languageEnAction");
    // The campaign's own data (its name, blocs, units) is Vietnamese by nature: not counted.
    // So is the database's file name (the fixture's is Vietnamese).
    QStringList data { w.campaign().name, w.campaign().issuingBody, QDir::toNativeSeparators(f.path), f.path };
    for (const Bloc &b : w.campaign().blocs)
        data.append(b.name);
    for (const UnitSummary &u : w.session().units())
        data.append(u.unit.name);
    QStringList left;
    const auto note = [&left, &data](const QString &where, const QString &text) {
        QString rest = text;
        for (const QString &d : std::as_const(data)) {
            if (!d.isEmpty())
                rest.remove(d).remove(d.toHtmlEscaped());
        }
        // File names of databases (recent files, the status bar) are data too.
        rest.remove(QRegularExpression(QStringLiteral("\\S*\\.sqlite\\b")));
        const QString line = where + QStringLiteral(": ") + text;
        if (hasVietnameseLetters(rest) && !left.contains(line))
            left.append(line);
    };
    for (int page = 0; page < gui::MainWindow::PageCount; ++page) {
        w.showPage(gui::MainWindow::Page(page));
        QCoreApplication::processEvents();
        for (const QLabel *label : w.findChildren<QLabel *>()) {
            if (label->isVisible())
                note(label->objectName(), label->text());
        }
        for (const QAbstractButton *button : w.findChildren<QAbstractButton *>()) {
            if (button->isVisible())
                note(button->objectName(), button->text());
        }
        for (const QTableView *table : w.findChildren<QTableView *>()) {
            if (!table->isVisible())
                continue;
            for (int c = 0; c < table->model()->columnCount(); ++c)
                note(table->objectName(), table->model()->headerData(c, Qt::Horizontal).toString());
        }
    }
    for (const QMenu *m : w.menuBar()->findChildren<QMenu *>()) {
        note(m->objectName(), m->title());
        for (const QAction *a : m->actions()) {
            if (!a->menu()
                && a->objectName()
                       != QLatin1String("languageViAction")) // a submenu is noted as a menu; "Tiếng Việt" is a name
                note(a->objectName(), a->text());
        }
    }
    UNSCOPED_INFO("Untranslated visible strings in English mode (" << left.size() << "):\n"
                                                                   << left.join(QLatin1Char('\n')).toStdString());
    CHECK(left.isEmpty());
}

TEST_CASE("undo texts are English in English, also for steps taken before the switch", "[gui][language][undo]")
{
    // Issue 16: "Undo Duyệt 18 người" in the English interface.
    LanguageReset reset;
    GuiFixture f;
    QList<qint64> ids;
    {
        auto db = openDatabase(f.path);
        ids.append(insertNominee(*db, eligibleNominee(*db, QStringLiteral("MN"), QStringLiteral("Nguyễn Thị Ánh"))).id);
        ids.append(insertNominee(*db, eligibleNominee(*db, QStringLiteral("MN"), QStringLiteral("Lê Thị Bình"))).id);
    }
    gui::MainWindow &w = f.open();
    gui::Session &session = w.session();
    auto undoText = [&w] {
        return child<QAction>(&w, "undoAction")->text();
    };
    // A step taken in Vietnamese...
    REQUIRE(gui::DatabaseCommand::execute(session, new gui::ApprovalCommand(session, { ids.at(0) }, true)).ok());
    CHECK(undoText() == QStringLiteral("Hoàn tá&c Duyệt 1 người"));

    // ...reads in English after the switch, and so does the next one.
    chooseLanguage(w, "languageEnAction");
    const QString approveOne = QCoreApplication::translate("vd::gui::UndoCommands", "Duyệt %1 người").arg(1);
    REQUIRE(approveOne != QStringLiteral("Duyệt 1 người")); // the English .ts has it
    CHECK_FALSE(hasVietnameseLetters(approveOne));
    CHECK(undoText() == QStringLiteral("&Undo ") + approveOne);
    REQUIRE(gui::DatabaseCommand::execute(session, new gui::ApprovalCommand(session, { ids.at(1) }, true)).ok());
    CHECK(undoText() == QStringLiteral("&Undo ") + approveOne);
    session.undoStack()->undo();
    CHECK(child<QAction>(&w, "redoAction")->text().endsWith(approveOne));
    CHECK_FALSE(hasVietnameseLetters(child<QAction>(&w, "redoAction")->text()));
    CHECK_FALSE(hasVietnameseLetters(undoText()));

    // Back in Vietnamese, the same steps read in Vietnamese again.
    chooseLanguage(w, "languageViAction");
    CHECK(undoText() == QStringLiteral("Hoàn tá&c Duyệt 1 người"));
}

TEST_CASE("in Vietnamese the file dialog's columns, labels and buttons are Vietnamese", "[gui][language]")
{
    // Debian ships no qtbase_vi.qm: resources/translations/qtbase_vi.ts gives
    // Qt's own file dialog (used where the desktop offers no native one) its words.
    gui::setLanguage(QStringLiteral("vi"));
    QFileDialog dialog(nullptr, QString(), QDir::tempPath());
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    auto *tree = dialog.findChild<QTreeView *>(QStringLiteral("treeView"));
    REQUIRE(tree);
    QStringList headers;
    for (int column = 0; column < 4; ++column)
        headers << tree->model()->headerData(column, Qt::Horizontal).toString();
    CHECK(headers
          == QStringList { QStringLiteral("Tên"), QStringLiteral("Kích thước"), QStringLiteral("Loại"),
                           QStringLiteral("Ngày sửa") });
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("lookInLabel"))->text() == QStringLiteral("Tìm trong:"));
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("fileNameLabel"))->text() == QStringLiteral("Tên &tệp:"));
    CHECK(dialog.findChild<QToolButton *>(QStringLiteral("backButton"))->toolTip() == QStringLiteral("Quay lại"));
    CHECK(dialog.findChild<QToolButton *>(QStringLiteral("newFolderButton"))->toolTip()
          == QStringLiteral("Tạo thư mục mới"));
    auto *buttons = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    REQUIRE(buttons);
    CHECK(buttons->button(QDialogButtonBox::Cancel)->text() == QStringLiteral("Hủy"));
}
