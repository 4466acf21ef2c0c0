// The import wizard for a unit's "danh sách trích ngang" (docs/import-format.md):
// 1. pick a CSV/XLSX file, 2. check the header mapping on a preview (adjustable
// per column), 3. the validation report (every problem by row and column) and
// the choice all-or-nothing / only the valid rows, 4. the import in a worker
// thread on a second database connection, with progress and Cancel (cancel =
// nothing imported), then a summary. Everything it checks and writes is core's
// (importer.h, importwriter.h); this class only asks and shows.
#pragma once

#include "importer.h"
#include "importwriter.h"
#include "tablesource.h"

#include <QWizard>

#include <atomic>
#include <functional>
#include <optional>

class QThread;

namespace vd::gui {

class ImportMappingModel;
class ImportPreviewModel;
class ImportProblemModel;
class Session;

class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePage, MappingPage, ReportPage, RunPage };

    explicit ImportWizard(Session &session, QWidget *parent = nullptr);
    ~ImportWizard() override;

    Session &session() { return m_session; }
    QString filePath() const { return m_path; }

    // Step 1 → 2: reads the file and matches its header automatically.
    Status loadFile(const QString &path);
    // Step 2 → 3: checks every row with the mapping as adjusted.
    Status validate();
    const SourceTable &table() const { return m_table; }
    int headerIndex() const { return m_headerIndex; }
    const ImportResult &result() const { return m_result; }

    ImportMappingModel *mappingModel() const { return m_mapping; }
    ImportPreviewModel *previewModel() const { return m_preview; }
    ImportProblemModel *problemModel() const { return m_problems; }

    // "Tách ô ‘Chức vụ, đơn vị’": read a "Chức vụ, đơn vị công tác" column split
    // (ImportOptions::splitPositionUnit); off again for every new file.
    bool splitPositionUnit() const { return m_options.splitPositionUnit; }
    void setSplitPositionUnit(bool split);
    // The first `rows` data rows checked with the mapping and the split as they
    // are now: what the split gives (ImportResult::splits) and its errors.
    ImportResult previewSplit(int rows) const;

    bool skipInvalid() const { return m_skipInvalid; }
    void setSkipInvalid(bool skip);

    // Step 4: starts writing in a worker thread; finished() follows.
    void startImport();
    bool isImporting() const { return m_worker != nullptr; }
    // Thread-safe: the writer stops at its next progress call and rolls back.
    void requestCancel() { m_cancel = true; }
    // Called in the worker thread at every progress call of the writer, before
    // it reads the cancel flag (tests cancel from here, deterministically).
    void setProgressHook(std::function<void(int done, int total)> hook) { m_progressHook = std::move(hook); }
    // The outcome of the last import (empty while none has finished).
    const std::optional<Result<ImportSummary>> &outcome() const { return m_outcome; }

    void reject() override;

signals:
    void progressChanged(int done, int total);
    void importFinished();
    // Rows were written: the views should reload.
    void imported(const vd::ImportSummary &summary);
    void skipInvalidChanged(bool skip);
    void splitPositionUnitChanged(bool split);

private:
    void finishImport();

    Session &m_session;
    QString m_path;
    SourceTable m_table;
    int m_headerIndex = -1;
    ImportResult m_result;
    bool m_skipInvalid = false;
    ImportOptions m_options;
    ImportMappingModel *m_mapping = nullptr;
    ImportPreviewModel *m_preview = nullptr;
    ImportProblemModel *m_problems = nullptr;
    QThread *m_worker = nullptr;
    std::shared_ptr<Result<ImportSummary>> m_pending;
    std::optional<Result<ImportSummary>> m_outcome;
    std::atomic<bool> m_cancel { false };
    std::function<void(int, int)> m_progressHook;
};

// File ▸ "Lưu tệp mẫu…": asks where (through Dialogs), writes the template of
// `campaign`. Returns the path written, empty when cancelled or failed (the
// failure was shown).
QString saveImportTemplateAs(QWidget *parent, const Campaign &campaign);

// The folder the file dialogs of the import start in (QSettings "import/lastFolder").
QString lastImportFolder();
void rememberImportFolder(const QString &filePath);

} // namespace vd::gui
