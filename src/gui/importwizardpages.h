// The four pages of ImportWizard (importwizard.h).
#pragma once

#include <QWizardPage>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTableView;

namespace vd {
struct ImportResult;
}

namespace vd::gui {

class ImportWizard;

// 1. The file: a path and "Chọn tệp…"; "Lưu tệp mẫu…" for units without one.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFilePage(ImportWizard *wizard);

    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();

    ImportWizard *m_wizard;
    QLineEdit *m_file = nullptr;
    QLabel *m_error = nullptr;
};

// 2. The header mapping (a combo box per column) above a preview of the first rows.
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportMappingPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void updateStatus();
    void updateSplit();

    ImportWizard *m_wizard;
    QTableView *m_mappingView = nullptr;
    QTableView *m_previewView = nullptr;
    QLabel *m_status = nullptr;
    QCheckBox *m_split = nullptr; // shown when the file has a "Chức vụ, đơn vị công tác" column
    QLabel *m_splitPreview = nullptr;
};

// 3. Every problem by row and column, the counts, and all-or-nothing / skip invalid.
class ImportReportPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportReportPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override { return isComplete(); }
    // Why the import cannot go on (empty when it can).
    QString blockingReason() const;

private:
    void updateReason();
    static QString splitSummary(const ImportResult &result);

    ImportWizard *m_wizard;
    QLabel *m_counts = nullptr;
    QTableView *m_problemsView = nullptr;
    QLabel *m_detail = nullptr;
    QRadioButton *m_allOrNothing = nullptr;
    QRadioButton *m_skipInvalid = nullptr;
    QLabel *m_reason = nullptr;
};

// 4. The import itself: progress, Cancel, then the summary.
class ImportRunPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportRunPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;

private:
    void showOutcome();

    ImportWizard *m_wizard;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace vd::gui
