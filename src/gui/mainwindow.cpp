#include "mainwindow.h"

#include "ui_mainwindow.h"

#include "approvalview.h"
#include "campaignsettingsdialog.h"
#include "databasecontroller.h"
#include "dialogs.h"
#include "helpdialogs.h"
#include "importwizard.h"
#include "infoviews.h"
#include "nomineeeditor.h"
#include "nomineelistview.h"
#include "nomineestore.h"
#include "outputsview.h"
#include "preferences.h"
#include "retranslate.h"
#include "session.h"
#include "undocommands.h"
#include "unitsview.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QUndoStack>

namespace vd::gui {

namespace {
QStringList pageTitles()
{
    return { MainWindow::tr("Hồ sơ đề nghị"), MainWindow::tr("Đơn vị"), MainWindow::tr("Xét duyệt"),
             MainWindow::tr("Hội nghị"), MainWindow::tr("Xuất & in") };
}
} // namespace

MainWindow::MainWindow(std::unique_ptr<Database> db, QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/vinhdanh.svg")));
    m_session = new Session(std::move(db), this);
    m_databases = new DatabaseController(*m_session, this);
    m_list = new NomineeListView(*m_session, this);
    m_units = new UnitsView(*m_session, this);
    m_approval = new ApprovalView(*m_session, this);
    m_ui->pagesStackedWidget->addWidget(m_list);
    m_ui->pagesStackedWidget->addWidget(m_units);
    m_ui->pagesStackedWidget->addWidget(m_approval);
    m_ui->pagesStackedWidget->addWidget(new ConferenceView(*m_session, this));
    m_outputs = new OutputsView(*m_session, this);
    m_ui->pagesStackedWidget->addWidget(m_outputs);
    setUpNavigation();
    setUpActions();
    connect(m_session, &Session::reloaded, this, &MainWindow::updateStatus);
    connect(m_session, &Session::loadingChanged, this, [this](bool loading) {
        if (loading) {
            // The campaign is known before its nominees: the header shows it at once.
            const Campaign &loadingCampaign = m_session->loadingCampaign();
            showCampaignHeader(loadingCampaign.id > 0 ? loadingCampaign : m_session->campaign());
            statusBar()->showMessage(tr("Đang tải và xét hồ sơ…"));
        } else {
            updateStatus();
        }
    });
    connect(m_session, &Session::loadFailed, this, [this](const QString &message) {
        Dialogs::instance().warning(this, tr("Không tải được dữ liệu"), message);
    });
    restoreSettings();

    if (auto st = m_session->load(); !st)
        Dialogs::instance().warning(this, tr("VinhDanh"), st.error().message);
    updateTitle();
    m_databases->remember(m_session->database().location());
}

MainWindow::~MainWindow()
{
    // Delete the editor while this is still a MainWindow: QWidget's destructor
    // would delete it later, and its destroyed() handler would then touch a
    // MainWindow that no longer exists (UBSan: member access on a dead object).
    if (m_editor) {
        m_editor->disconnect(this);
        delete m_editor;
        m_editor = nullptr;
    }
    if (m_importWizard) {
        m_importWizard->disconnect(this);
        delete m_importWizard;
    }
}

Database &MainWindow::database() { return m_session->database(); }
const Campaign &MainWindow::campaign() const { return m_session->campaign(); }

Status MainWindow::reload()
{
    Status st = m_session->reload();
    updateTitle();
    return st;
}

void MainWindow::setUpNavigation()
{
    const QStringList titles = pageTitles();
    for (int i = 0; i < titles.size(); ++i) {
        auto *item = new QListWidgetItem(titles.at(i), m_ui->navigationListWidget);
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(titles.at(i)).arg(i + 1));
        auto *shortcut = new QAction(this);
        shortcut->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(shortcut, &QAction::triggered, this, [this, i] { showPage(Page(i)); });
        addAction(shortcut);
    }
    m_ui->navigationListWidget->setMinimumWidth(150);
    connect(m_ui->navigationListWidget, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_ui->pagesStackedWidget->setCurrentIndex(row);
        updateActions();
    });
    m_ui->mainSplitter->setStretchFactor(0, 0);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setSizes({ 170, 1180 });
    m_ui->navigationListWidget->setCurrentRow(0);
}

void MainWindow::setUpActions()
{
    createUndoActions();
    m_ui->editMenu->insertSeparator(m_ui->newNomineeAction);
    m_ui->mainToolBar->insertSeparator(m_ui->newNomineeAction);
    m_ui->deleteNomineeAction->setShortcut(QKeySequence::Delete);
    m_ui->deleteNomineeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_list->tableView()->addAction(m_ui->deleteNomineeAction);

    connect(m_ui->importAction, &QAction::triggered, this, &MainWindow::openImportWizard);
    connect(m_ui->saveTemplateAction, &QAction::triggered, this, [this] {
        const QString path = saveImportTemplateAs(this, m_session->campaign());
        if (!path.isEmpty())
            statusBar()->showMessage(tr("Đã lưu tệp mẫu %1").arg(QDir::toNativeSeparators(path)), 6000);
    });

    setUpDatabaseActions();
    connect(m_ui->quitAction, &QAction::triggered, this, &QMainWindow::close);
    connect(m_ui->newNomineeAction, &QAction::triggered, this, &MainWindow::newNominee);
    connect(m_ui->editNomineeAction, &QAction::triggered, this, [this] {
        if (const qint64 id = m_list->currentId())
            editNominee(id);
    });
    connect(m_ui->deleteNomineeAction, &QAction::triggered, this, [this] { deleteNominees(m_list->selectedIds()); });
    connect(m_ui->findAction, &QAction::triggered, this, [this] {
        showPage(NomineesPage);
        m_list->setFocus();
    });
    connect(m_ui->reloadAction, &QAction::triggered, this, [this] {
        if (auto st = reload(); !st)
            Dialogs::instance().warning(this, tr("Không tải lại được"), st.error().message);
    });
    connect(m_ui->campaignSettingsAction, &QAction::triggered, this, [this] {
        CampaignSettingsDialog dialog(m_session->database(), m_session->campaign(), this);
        if (dialog.exec() == QDialog::Accepted) {
            if (auto st = reload(); !st)
                Dialogs::instance().warning(this, tr("Không tải lại được"), st.error().message);
        }
    });
    connect(m_ui->preferencesAction, &QAction::triggered, this, [this] {
        PreferencesDialog dialog(Preferences::load(), this);
        if (dialog.exec() == QDialog::Accepted) {
            const Preferences prefs = dialog.preferences();
            prefs.save();
            if (prefs.language != currentLanguage())
                switchLanguage(prefs.language);
            statusBar()->showMessage(tr("Đã lưu tùy chọn."), 6000);
        }
    });
    connect(m_list, &NomineeListView::newRequested, this, &MainWindow::newNominee);
    connect(m_list, &NomineeListView::editRequested, this, &MainWindow::editNominee);
    connect(m_list, &NomineeListView::deleteRequested, this, &MainWindow::deleteNominees);
    connect(m_list, &NomineeListView::selectionChanged, this, &MainWindow::updateActions);
    connect(m_list, &NomineeListView::importRequested, m_ui->importAction, &QAction::trigger);
    connect(m_list, &NomineeListView::templateRequested, m_ui->saveTemplateAction, &QAction::trigger);
    setUpLanguageAndHelp();
    setUpHistoryActions();
}

void MainWindow::setUpDatabaseActions()
{
    DatabaseController *c = m_databases;
    connect(m_ui->newDatabaseAction, &QAction::triggered, c, &DatabaseController::askNew);
    connect(m_ui->openAction, &QAction::triggered, c, &DatabaseController::askOpen);
    connect(m_ui->connectServerAction, &QAction::triggered, c, &DatabaseController::askConnectServer);
    connect(m_ui->backupAction, &QAction::triggered, c, &DatabaseController::askBackup);
    connect(m_ui->restoreAction, &QAction::triggered, c, &DatabaseController::askRestore);
    connect(c, &DatabaseController::replacingData, this, [this] {
        if (m_editor)
            m_editor->close();
    });
    connect(c, &DatabaseController::databaseChanged, this, &MainWindow::updateTitle);
    connect(c, &DatabaseController::recentFilesChanged, this, &MainWindow::updateRecentMenu);
    connect(c, &DatabaseController::statusMessage, statusBar(), &QStatusBar::showMessage);
    updateRecentMenu(DatabaseController::recentFiles());
}

void MainWindow::showPage(Page page) { m_ui->navigationListWidget->setCurrentRow(int(page)); }

MainWindow::Page MainWindow::currentPage() const { return Page(m_ui->pagesStackedWidget->currentIndex()); }

void MainWindow::updateActions()
{
    const bool selected = currentPage() == NomineesPage && !m_list->selectedIds().isEmpty();
    m_ui->editNomineeAction->setEnabled(selected);
    m_ui->deleteNomineeAction->setEnabled(selected);
}

NomineeEditor *MainWindow::editor() const { return m_editor && m_editor->isVisible() ? m_editor.data() : nullptr; }

NomineeEditor *MainWindow::openEditor()
{
    if (m_editor && m_editor->isVisible()) {
        m_editor->raise();
        m_editor->activateWindow();
        return nullptr;
    }
    if (m_editor) { // closed, waiting to be deleted
        m_editor->disconnect(this);
        m_editor = nullptr;
    }
    m_editor = new NomineeEditor(*m_session, this);
    m_editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_editor, &NomineeEditor::saved, this, [this](qint64 id) {
        showPage(NomineesPage);
        m_list->selectId(id);
        statusBar()->showMessage(tr("Đã lưu hồ sơ."), 4000);
    });
    const QSettings settings;
    m_editor->restoreGeometry(settings.value(QStringLiteral("editor/geometry")).toByteArray());
    connect(m_editor, &QDialog::finished, this, [this] {
        if (m_editor)
            QSettings().setValue(QStringLiteral("editor/geometry"), m_editor->saveGeometry());
    });
    return m_editor;
}

NomineeEditor *MainWindow::newNominee()
{
    NomineeEditor *editor = openEditor();
    if (!editor)
        return m_editor;
    editor->startNew();
    editor->open();
    return editor;
}

NomineeEditor *MainWindow::editNominee(qint64 id)
{
    auto nominee = NomineeStore(m_session->database()).load(id);
    if (!nominee) {
        Dialogs::instance().warning(this, tr("Không mở được hồ sơ"), nominee.error().message);
        return nullptr;
    }
    NomineeEditor *editor = openEditor();
    if (!editor)
        return m_editor;
    editor->edit(*nominee);
    editor->open();
    return editor;
}

bool MainWindow::deleteNominees(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return false;
    QStringList names;
    for (qint64 id : ids) {
        if (const Nominee *n = m_session->nomineeById(id))
            names.append(n->fullName);
    }
    const QString text = ids.size() == 1 ? tr("Xóa hồ sơ của %1? Có thể hoàn tác bằng Ctrl+Z.").arg(names.value(0))
                                         : tr("Xóa %1 hồ sơ (%2)? Có thể hoàn tác bằng Ctrl+Z.")
                                               .arg(ids.size())
                                               .arg(names.mid(0, 5).join(QStringLiteral(", ")));
    if (!Dialogs::instance().confirm(this, tr("Xóa hồ sơ"), text, tr("Xóa"), tr("Không xóa")))
        return false;
    Status st = DatabaseCommand::execute(*m_session, new DeleteNomineesCommand(*m_session, ids));
    if (!st) {
        Dialogs::instance().warning(this, tr("Không xóa được"), st.error().message);
        return false;
    }
    statusBar()->showMessage(tr("Đã xóa %1 hồ sơ (Ctrl+Z để hoàn tác).").arg(ids.size()), 5000);
    return true;
}

bool MainWindow::openServerDatabase(const QString &url, const QString &password)
{
    return m_databases->openServer(url, password);
}

void MainWindow::updateRecentMenu(const QStringList &paths)
{
    m_ui->recentMenu->clear();
    for (const QString &path : paths) {
        QAction *action = m_ui->recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, m_databases, [this, path] { m_databases->openFile(path); });
    }
    m_ui->recentMenu->setEnabled(!paths.isEmpty());
}

void MainWindow::updateStatus()
{
    showCampaignHeader(m_session->campaign());
    statusBar()->showMessage(tr("%1 người được đề nghị — %2")
                                 .arg(m_session->nominees().size())
                                 .arg(QDir::toNativeSeparators(m_session->database().location())));
}

void MainWindow::showCampaignHeader(const Campaign &c)
{
    if (c.id <= 0) {
        m_ui->campaignLabel->clear();
        return;
    }
    m_ui->campaignLabel->setText(tr("<b>%1</b> — hạn nhận hồ sơ: %2 %3 — tổng chỉ tiêu: %4")
                                     .arg(c.name.toHtmlEscaped(),
                                          c.deadlineInclusive ? tr("đến hết ngày") : tr("trước ngày"),
                                          c.deadline.toString(QStringLiteral("dd/MM/yyyy")))
                                     .arg(c.totalQuota()));
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    m_ui->mainSplitter->restoreState(settings.value(QStringLiteral("mainWindow/splitter")).toByteArray());
    m_approval->splitter()->restoreState(settings.value(QStringLiteral("approval/splitter")).toByteArray());
    m_list->tableView()->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("nomineeList/header")).toByteArray());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("mainWindow/splitter"), m_ui->mainSplitter->saveState());
    settings.setValue(QStringLiteral("approval/splitter"), m_approval->splitter()->saveState());
    settings.setValue(QStringLiteral("nomineeList/header"), m_list->tableView()->horizontalHeader()->saveState());
}

void MainWindow::updateTitle()
{
    const QString location = m_session->database().location();
    setWindowTitle(
        tr("VinhDanh — %1")
            .arg(m_session->database().dialect() == Dialect::Sqlite ? QFileInfo(location).fileName() : location));
}

void MainWindow::createUndoActions()
{
    // QUndoStack's actions keep the prefix they were made with: after a
    // language switch they are made again, in the same places.
    QAction *oldRedo = findChild<QAction *>(QStringLiteral("redoAction"), Qt::FindDirectChildrenOnly);
    const auto after = [oldRedo, this](const QList<QAction *> &actions) { // what follows the old pair
        const qsizetype i = actions.indexOf(oldRedo);
        return i >= 0 && i + 1 < actions.size() ? actions.at(i + 1) : m_ui->newNomineeAction;
    };
    QAction *menuBefore = after(m_ui->editMenu->actions());
    QAction *toolBarBefore = after(m_ui->mainToolBar->actions());
    delete findChild<QAction *>(QStringLiteral("undoAction"), Qt::FindDirectChildrenOnly);
    delete oldRedo;
    QUndoStack *stack = m_session->undoStack();
    QAction *undo = stack->createUndoAction(this, tr("Hoàn tá&c"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = stack->createRedoAction(this, tr("&Làm lại"));
    redo->setObjectName(QStringLiteral("redoAction"));
    // Ctrl+Shift+Z first, then the platform's own redo keys, each once: a key
    // held twice by one action is an ambiguous shortcut and does nothing.
    QList<QKeySequence> redoKeys { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z) };
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Redo)) {
        if (!redoKeys.contains(key))
            redoKeys.append(key);
    }
    redo->setShortcuts(redoKeys);
    m_ui->editMenu->insertActions(menuBefore, { undo, redo });
    m_ui->mainToolBar->insertActions(toolBarBefore, { undo, redo });
}

void MainWindow::setUpLanguageAndHelp()
{
    auto *group = new QActionGroup(this);
    group->setExclusive(true);
    group->addAction(m_ui->languageViAction);
    group->addAction(m_ui->languageEnAction);
    (currentLanguage() == QLatin1String("en") ? m_ui->languageEnAction : m_ui->languageViAction)->setChecked(true);
    connect(m_ui->languageViAction, &QAction::triggered, this, [this] { switchLanguage(QStringLiteral("vi")); });
    connect(m_ui->languageEnAction, &QAction::triggered, this, [this] { switchLanguage(QStringLiteral("en")); });
    connect(m_ui->aboutAction, &QAction::triggered, this,
            [this] { showAboutDialog(this, m_session->database().location()); });
    connect(m_ui->helpAction, &QAction::triggered, this, [this] { showUserGuide(this); });
}

void MainWindow::switchLanguage(const QString &language)
{
    Preferences prefs = Preferences::load();
    prefs.language = language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("vi");
    prefs.save();
    (prefs.language == QLatin1String("en") ? m_ui->languageEnAction : m_ui->languageViAction)->setChecked(true);
    if (prefs.language != currentLanguage())
        setLanguage(prefs.language); // every window then gets QEvent::LanguageChange
}

void MainWindow::retranslate()
{
    m_ui->retranslateUi(this);
    DatabaseCommand::retranslateStack(m_session->undoStack());
    createUndoActions();
    retranslateHistoryActions();
    const QStringList titles = pageTitles();
    for (int i = 0; i < titles.size() && i < m_ui->navigationListWidget->count(); ++i) {
        m_ui->navigationListWidget->item(i)->setText(titles.at(i));
        m_ui->navigationListWidget->item(i)->setToolTip(tr("%1 (Ctrl+%2)").arg(titles.at(i)).arg(i + 1));
    }
    updateTitle();
    if (m_session->isLoading())
        statusBar()->showMessage(tr("Đang tải và xét hồ sơ…"));
    else
        updateStatus();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_editor && m_editor->isDirty()) {
        m_editor->reject();
        if (m_editor && m_editor->isVisible()) {
            event->ignore();
            return;
        }
    }
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace vd::gui
