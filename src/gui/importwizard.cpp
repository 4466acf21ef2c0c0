#include "importwizard.h"

#include "database.h"
#include "dialogs.h"
#include "importmodels.h"
#include "importtemplate.h"
#include "importwizardpages.h"
#include "session.h"

#include <QAbstractButton>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QThread>

namespace vd::gui {

namespace {
const char kLastFolderKey[] = "import/lastFolder";
}

QString lastImportFolder()
{
    const QString folder = QSettings().value(QLatin1String(kLastFolderKey)).toString();
    if (!folder.isEmpty() && QFileInfo(folder).isDir())
        return folder;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void rememberImportFolder(const QString &filePath)
{
    QSettings().setValue(QLatin1String(kLastFolderKey), QFileInfo(filePath).absolutePath());
}

QString saveImportTemplateAs(QWidget *parent, const Campaign &campaign)
{
    const QString suggested = QDir(lastImportFolder()).filePath(importTemplateFileName());
    const QString path = Dialogs::instance().saveFileName(parent, ImportWizard::tr("Lưu tệp mẫu danh sách trích ngang"),
                                                          suggested, ImportWizard::tr("Excel (*.xlsx)"));
    if (path.isEmpty())
        return {};
    if (auto st = writeImportTemplate(path, campaign); !st) {
        Dialogs::instance().warning(parent, ImportWizard::tr("Không lưu được tệp mẫu"), st.error().message);
        return {};
    }
    rememberImportFolder(path);
    return path;
}

ImportWizard::ImportWizard(Session &session, QWidget *parent) : QWizard(parent), m_session(session)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Nhập danh sách trích ngang"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, false);
    setButtonText(QWizard::BackButton, tr("< &Quay lại"));
    setButtonText(QWizard::NextButton, tr("&Tiếp >"));
    setButtonText(QWizard::FinishButton, tr("&Xong"));
    setButtonText(QWizard::CancelButton, tr("Đón&g"));
    setButtonText(QWizard::CommitButton, tr("&Nhập"));
    button(QWizard::NextButton)->setObjectName(QStringLiteral("nextPushButton"));
    button(QWizard::BackButton)->setObjectName(QStringLiteral("backPushButton"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("finishPushButton"));
    button(QWizard::CommitButton)->setObjectName(QStringLiteral("commitPushButton"));
    button(QWizard::CancelButton)->setObjectName(QStringLiteral("closePushButton"));

    m_mapping = new ImportMappingModel(this);
    m_preview = new ImportPreviewModel(m_mapping, this);
    m_problems = new ImportProblemModel(this);

    setPage(FilePage, new ImportFilePage(this));
    setPage(MappingPage, new ImportMappingPage(this));
    setPage(ReportPage, new ImportReportPage(this));
    setPage(RunPage, new ImportRunPage(this));
    setStartId(FilePage);
    resize(1200, 680); // fits a 1366×768 screen with its panel and title bar
}

ImportWizard::~ImportWizard()
{
    if (m_worker) {
        m_cancel = true;
        m_worker->wait();
    }
}

Status ImportWizard::loadFile(const QString &path)
{
    auto table = readImportTable(path);
    if (!table)
        return table.error();
    if (auto st = checkImportHeader(*table); !st)
        return st.error();
    auto automatic = validateImport(*table, m_session.campaign(), m_session.today());
    if (!automatic)
        return automatic.error();
    m_path = path;
    m_table = std::move(table.value());
    m_headerIndex = importHeaderIndex(m_table);
    m_mapping->setSource(m_table, m_headerIndex, automatic->columns, automatic->positionUnitColumn);
    m_preview->setSource(m_table, m_headerIndex);
    setSplitPositionUnit(false); // asked again for every file
    m_result = ImportResult();
    m_problems->setProblems({});
    return {};
}

Status ImportWizard::validate()
{
    auto result = validateImport(m_table, m_session.campaign(), m_session.today(), m_mapping->choices(), m_options);
    if (!result)
        return result.error();
    m_result = std::move(result.value());
    m_problems->setProblems(m_result.problems);
    return {};
}

void ImportWizard::setSplitPositionUnit(bool split)
{
    if (m_options.splitPositionUnit == split)
        return;
    m_options.splitPositionUnit = split;
    emit splitPositionUnitChanged(split);
}

ImportResult ImportWizard::previewSplit(int rows) const
{
    if (m_headerIndex < 0)
        return {};
    SourceTable head;
    head.format = m_table.format;
    head.sheet = m_table.sheet;
    // The header (two rows deep, and a row of numbers at most) and `rows` rows after it.
    head.rows = m_table.rows.first(qMin<qsizetype>(m_table.rows.size(), m_headerIndex + 3 + rows));
    auto result = validateImport(head, m_session.campaign(), m_session.today(), m_mapping->choices(), m_options);
    if (!result)
        return {};
    while (result->splits.size() > rows)
        result->splits.removeLast();
    return std::move(result.value());
}

void ImportWizard::setSkipInvalid(bool skip)
{
    if (m_skipInvalid == skip)
        return;
    m_skipInvalid = skip;
    emit skipInvalidChanged(skip);
}

void ImportWizard::startImport()
{
    if (m_worker)
        return;
    m_cancel = false;
    m_outcome.reset();
    m_pending = std::make_shared<Result<ImportSummary>>(Error::storage(QString()));

    ImportWriteOptions options;
    options.fileName = QFileInfo(m_path).fileName();
    options.skipInvalid = m_skipInvalid;
    options.today = m_session.today(); // the rules' clock for approved duplicates (approvalguard.h)
    options.progress = [this](int done, int total) {
        if (m_progressHook)
            m_progressHook(done, total);
        QMetaObject::invokeMethod(
            this, [this, done, total] { emit progressChanged(done, total); }, Qt::QueuedConnection);
        return !m_cancel.load();
    };
    const Database::Another another = m_session.database().another();
    auto outcome = m_pending;
    m_worker = QThread::create([another, outcome, campaign = m_session.campaign(), import = m_result, options] {
        // A connection of this thread's own; the GUI thread's is never used here.
        auto db = another.open();
        if (!db) {
            *outcome = db.error();
            return;
        }
        *outcome = writeImport(**db, campaign, import, options);
    });
    connect(m_worker, &QThread::finished, this, &ImportWizard::finishImport);
    button(QWizard::CancelButton)->setEnabled(false);
    m_worker->start();
}

void ImportWizard::finishImport()
{
    m_worker->deleteLater();
    m_worker = nullptr;
    m_outcome = std::move(*m_pending);
    m_pending.reset();
    button(QWizard::CancelButton)->setEnabled(true);
    emit importFinished();
    if (m_outcome->ok() && m_outcome->value().imported > 0)
        emit imported(m_outcome->value());
}

void ImportWizard::reject()
{
    if (m_worker) { // closing while writing: stop (rolls back), close when it has
        requestCancel();
        return;
    }
    QWizard::reject();
}

} // namespace vd::gui
