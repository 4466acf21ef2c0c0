// The main window: menus, toolbar, status bar and the navigation between the
// pages (Hồ sơ đề nghị, Đơn vị, Xét duyệt, Hội nghị, Xuất & in). Each page is its
// own widget class; this class only wires them together.
#pragma once

#include "database.h"
#include "domain.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace vd {
struct ImportSummary;
}

namespace vd::gui {

class ApprovalView;
class DatabaseController;
class ImportWizard;
class NomineeEditor;
class NomineeListView;
class OutputsView;
class Session;
class UnitsView;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Page { NomineesPage, UnitsPage, ApprovalPage, ConferencePage, OutputsPage, PageCount };

    explicit MainWindow(std::unique_ptr<Database> db, QWidget *parent = nullptr);
    ~MainWindow() override;

    Session &session() { return *m_session; }
    Database &database();
    const Campaign &campaign() const;
    // Reloads the campaign and the nominees from the database.
    Status reload();

    void showPage(Page page);
    Page currentPage() const;
    NomineeListView *nomineeList() const { return m_list; }
    UnitsView *unitsView() const { return m_units; }
    ApprovalView *approvalView() const { return m_approval; }
    OutputsView *outputsView() const { return m_outputs; }
    // The open editor (null when none is open).
    NomineeEditor *editor() const;

    // Opens the editor on a new nominee / on an existing one.
    NomineeEditor *newNominee();
    NomineeEditor *editNominee(qint64 id);
    // Asks (through Dialogs), then deletes; undoable.
    bool deleteNominees(const QList<qint64> &ids);

    // File ▸ Tạo mới, Mở, Mở gần đây, Kết nối máy chủ, Sao lưu, Khôi phục.
    DatabaseController &databases() { return *m_databases; }
    // Opens a PostgreSQL database (File ▸ Kết nối máy chủ…); the password stays in memory.
    bool openServerDatabase(const QString &url, const QString &password);
    // Switches the interface language at runtime ("vi" or "en") and saves the choice.
    void switchLanguage(const QString &language);

    // File ▸ Nhập danh sách trích ngang… (window-modal, not blocking); the open one or null.
    ImportWizard *openImportWizard();
    ImportWizard *importWizard() const;

    // Công cụ ▸ Tạo đợt mới từ đợt này… / Qua các năm… (mainwindow_history.cpp).
    void newCampaignFromCurrent();
    void showYears();
    void showPeopleConflicts();
    void searchAllCampaigns();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setUpNavigation();
    void setUpActions();
    void setUpLanguageAndHelp();
    void createUndoActions();
    void setUpHistoryActions();
    // After the wizard wrote an import: shows it, clears the undo history and says so.
    void afterImport(const ImportSummary &summary);
    void retranslateHistoryActions();
    void retranslate();
    void updateTitle();
    // Wires the File menu to the DatabaseController.
    void setUpDatabaseActions();
    void updateRecentMenu(const QStringList &paths);
    void updateStatus();
    // The campaign's name, deadline and total quota above the pages (empty for none).
    void showCampaignHeader(const Campaign &campaign);
    void updateActions();
    void restoreSettings();
    void saveSettings() const;
    NomineeEditor *openEditor();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Session *m_session = nullptr;
    DatabaseController *m_databases = nullptr;
    NomineeListView *m_list = nullptr;
    UnitsView *m_units = nullptr;
    ApprovalView *m_approval = nullptr;
    OutputsView *m_outputs = nullptr;
    QPointer<NomineeEditor> m_editor; // null once the closed editor is deleted
    QPointer<ImportWizard> m_importWizard;
    QAction *m_newCampaignAction = nullptr;
    QAction *m_yearsAction = nullptr;
    QAction *m_peopleAction = nullptr;
    QAction *m_searchAllAction = nullptr;
};

} // namespace vd::gui
