#include "importwizardpages.h"

#include "dialogs.h"
#include "importmodels.h"
#include "importwizard.h"
#include "session.h"

#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QVBoxLayout>

namespace vd::gui {

namespace {

QLabel *messageLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void showError(QLabel *label, const Error &error)
{
    label->setText(errorText(error));
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->setVisible(true);
}

QTableView *tableView(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setTabKeyNavigation(false); // Tab leaves the table, arrows move in it
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    return view;
}

} // namespace

// ---- 1. File ---------------------------------------------------------------

ImportFilePage::ImportFilePage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("importFilePage"));
    setTitle(tr("Chọn tệp danh sách trích ngang"));
    setSubTitle(tr("Tệp CSV hoặc Excel (.xlsx) của đơn vị, dòng đầu là tiêu đề cột theo mẫu. "
                   "Chưa có mẫu? Bấm “Lưu tệp mẫu…” rồi gửi cho đơn vị."));

    auto *label = new QLabel(tr("Tệ&p:"), this);
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("fileLineEdit"));
    m_file->setAccessibleName(tr("Đường dẫn tệp cần nhập"));
    m_file->setClearButtonEnabled(true);
    label->setBuddy(m_file);
    auto *browse = new QPushButton(tr("&Chọn tệp…"), this);
    browse->setObjectName(QStringLiteral("browsePushButton"));
    auto *saveTemplate = new QPushButton(tr("&Lưu tệp mẫu…"), this);
    saveTemplate->setObjectName(QStringLiteral("saveTemplatePushButton"));
    m_error = messageLabel(QStringLiteral("fileErrorLabel"), this);
    m_error->hide();

    auto *row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_file, 1);
    row->addWidget(browse);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_error);
    layout->addStretch(1);
    auto *templateRow = new QHBoxLayout;
    templateRow->addStretch(1);
    templateRow->addWidget(saveTemplate);
    layout->addLayout(templateRow);

    connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(saveTemplate, &QPushButton::clicked, this,
            [this] { saveImportTemplateAs(this, m_wizard->session().campaign()); });
    connect(m_file, &QLineEdit::textChanged, this, [this] {
        m_error->hide();
        emit completeChanged();
    });
}

void ImportFilePage::browse()
{
    const QString start = m_file->text().isEmpty() ? lastImportFolder() : QFileInfo(m_file->text()).absolutePath();
    const QString path = Dialogs::instance().openFileName(
        this, tr("Chọn danh sách trích ngang"), start,
        tr("Danh sách trích ngang (*.xlsx *.csv *.txt);;Excel (*.xlsx);;CSV (*.csv *.txt);;Mọi tệp (*)"));
    if (!path.isEmpty())
        m_file->setText(QDir::toNativeSeparators(path));
}

bool ImportFilePage::isComplete() const { return !m_file->text().trimmed().isEmpty(); }

bool ImportFilePage::validatePage()
{
    const QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
    if (auto st = m_wizard->loadFile(path); !st) {
        showError(m_error, st.error());
        return false;
    }
    rememberImportFolder(path);
    return true;
}

// ---- 2. Mapping and preview ------------------------------------------------

ImportMappingPage::ImportMappingPage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("importMappingPage"));
    setTitle(tr("Đối chiếu cột"));
    setSubTitle(tr("Mỗi cột của tệp được đọc vào một trường; cột đã được nhận ra tự động. "
                   "Đổi bằng hộp chọn ở cột “Nhập vào trường”, hoặc chọn “(bỏ qua)”."));

    m_mappingView = tableView(QStringLiteral("mappingTableView"), tr("Đối chiếu cột"), this);
    m_mappingView->setModel(m_wizard->mappingModel());
    m_mappingView->setItemDelegateForColumn(ImportMappingModel::FieldColumn, new ImportFieldDelegate(m_mappingView));
    m_mappingView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_mappingView->setSelectionBehavior(QAbstractItemView::SelectItems);
    QHeaderView *header = m_mappingView->horizontalHeader();
    header->setSectionResizeMode(ImportMappingModel::FileColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(ImportMappingModel::SampleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ImportMappingModel::FieldColumn, QHeaderView::Interactive);

    auto *previewLabel = new QLabel(tr("&Xem trước các dòng đầu:"), this);
    m_previewView = tableView(QStringLiteral("previewTableView"), tr("Xem trước các dòng đầu"), this);
    m_previewView->setModel(m_wizard->previewModel());
    m_previewView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewView->setWordWrap(false);
    previewLabel->setBuddy(m_previewView);
    m_status = messageLabel(QStringLiteral("mappingStatusLabel"), this);

    // Never split without being asked (docs/import-format.md): the choice is here.
    m_split = new QCheckBox(tr("Tác&h ô “Chức vụ, đơn vị”: chức vụ trước dấu phẩy đầu tiên, đơn vị sau"), this);
    m_split->setObjectName(QStringLiteral("splitPositionUnitCheckBox"));
    m_split->setAccessibleName(tr("Tách ô “Chức vụ, đơn vị” thành chức vụ và đơn vị"));
    m_split->setAccessibleDescription(tr("Chức vụ là phần trước dấu phẩy đầu tiên (ô không có dấu phẩy: trước “ - ”), "
                                         "đơn vị là phần sau; "
                                         "ô không có dấu phân cách là lỗi của dòng đó."));
    m_split->hide();
    m_splitPreview = messageLabel(QStringLiteral("splitPreviewLabel"), this);
    m_splitPreview->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_mappingView, 3);
    layout->addWidget(m_status);
    layout->addWidget(m_split);
    layout->addWidget(m_splitPreview);
    layout->addWidget(previewLabel);
    layout->addWidget(m_previewView, 2);

    connect(m_wizard->mappingModel(), &ImportMappingModel::mappingChanged, this, [this] {
        updateStatus();
        updateSplit();
        emit completeChanged();
    });
    connect(m_split, &QCheckBox::toggled, m_wizard, &ImportWizard::setSplitPositionUnit);
    connect(m_wizard, &ImportWizard::splitPositionUnitChanged, this, [this](bool split) {
        m_split->setChecked(split);
        updateStatus();
        updateSplit();
        emit completeChanged();
    });
}

// The check box (only for a file with a "Chức vụ, đơn vị công tác" column)
// and, when ticked, what the first rows are read as.
void ImportMappingPage::updateSplit()
{
    const int column = m_wizard->mappingModel()->positionUnitColumn();
    m_split->setVisible(column >= 0);
    m_split->setChecked(m_wizard->splitPositionUnit());
    if (column < 0 || !m_wizard->splitPositionUnit()) {
        m_splitPreview->hide();
        m_splitPreview->clear();
        return;
    }
    const ImportResult preview = m_wizard->previewSplit(3);
    QStringList lines;
    for (const ImportSplit &split : preview.splits) {
        lines.append(
            tr("Dòng %1: “%2” → chức vụ “%3”, đơn vị “%4”").arg(split.row).arg(split.cell, split.position, split.unit));
    }
    for (const ImportProblem &p : preview.problems) {
        if (p.columnIndex == column && p.row > 0 && p.severity == ImportSeverity::Error)
            lines.append(tr("Dòng %1: %2").arg(p.row).arg(p.message));
    }
    m_splitPreview->setText(tr("Xem trước khi tách:") + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
    m_splitPreview->show();
}

void ImportMappingPage::initializePage()
{
    const int rows = m_wizard->mappingModel()->rowCount();
    for (int row = 0; row < rows; ++row)
        m_mappingView->openPersistentEditor(m_wizard->mappingModel()->index(row, ImportMappingModel::FieldColumn));
    m_mappingView->setColumnWidth(ImportMappingModel::FileColumn, 260);
    m_mappingView->setColumnWidth(ImportMappingModel::FieldColumn, 300);
    m_previewView->horizontalHeader()->setDefaultSectionSize(150);
    m_previewView->horizontalHeader()->setMinimumHeight(2 * m_previewView->fontMetrics().height() + 12);
    updateStatus();
    updateSplit();
}

void ImportMappingPage::updateStatus()
{
    const QStringList missing = m_wizard->mappingModel()->missingRequired();
    const int combined = m_wizard->mappingModel()->positionUnitColumn();
    if (missing.isEmpty() && combined >= 0 && !m_wizard->splitPositionUnit()) {
        m_status->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_status->setText(tr("Cột “%1” ghi chức vụ và đơn vị trong một ô: chương trình không tự tách. "
                             "Đánh dấu “Tách ô” bên dưới để tách, hoặc chọn một trường khác cho cột đó.")
                              .arg(m_wizard->mappingModel()->headerText(combined)));
    } else if (missing.isEmpty()) {
        m_status->setStyleSheet(QString());
        m_status->setText(tr("Tệp %1, %2 dòng dữ liệu; xem trước %3 dòng đầu.")
                              .arg(m_wizard->table().format)
                              .arg(m_wizard->table().rows.size() - m_wizard->headerIndex() - 1)
                              .arg(m_wizard->previewModel()->rowCount()));
    } else {
        m_status->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_status->setText(tr("Chưa có cột cho trường bắt buộc: %1. Hãy chọn cột tương ứng trong bảng trên.")
                              .arg(missing.join(QStringLiteral(", "))));
    }
}

bool ImportMappingPage::isComplete() const
{
    const ImportMappingModel *model = m_wizard->mappingModel();
    return model->missingRequired().isEmpty() && (model->positionUnitColumn() < 0 || m_wizard->splitPositionUnit());
}

bool ImportMappingPage::validatePage()
{
    if (!isComplete())
        return false;
    if (auto st = m_wizard->validate(); !st) {
        showError(m_status, st.error());
        return false;
    }
    return true;
}

// ---- 3. Report -------------------------------------------------------------

ImportReportPage::ImportReportPage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("importReportPage"));
    setTitle(tr("Kết quả kiểm tra"));
    setSubTitle(tr("Mọi vấn đề theo dòng (số dòng như Excel hiển thị) và cột. Lỗi làm dòng không nhập được; "
                   "cảnh báo thì vẫn nhập."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Nhập"));

    m_counts = messageLabel(QStringLiteral("countsLabel"), this);
    m_problemsView = tableView(QStringLiteral("problemsTableView"), tr("Các vấn đề"), this);
    m_problemsView->setModel(m_wizard->problemModel());
    m_problemsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problemsView->setWordWrap(false); // the whole message is in the tooltip
    m_problemsView->verticalHeader()->hide(); // the row column says where
    QHeaderView *header = m_problemsView->horizontalHeader();
    header->setSectionResizeMode(ImportProblemModel::RowColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ImportProblemModel::ColumnColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(ImportProblemModel::SeverityColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ImportProblemModel::MessageColumn, QHeaderView::Stretch);

    // The whole message of the selected problem (long ones are cut in the table).
    m_detail = messageLabel(QStringLiteral("problemDetailLabel"), this);
    m_detail->hide();
    connect(m_problemsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid()) {
                    m_detail->hide();
                    return;
                }
                const ImportProblem &p = m_wizard->problemModel()->problem(current.row());
                m_detail->setText(tr("Dòng %1, cột “%2”: %3").arg(p.row).arg(p.column, p.message));
                m_detail->show();
            });
    connect(m_wizard->problemModel(), &QAbstractItemModel::modelReset, m_detail, &QWidget::hide);

    m_allOrNothing = new QRadioButton(tr("Nhập &tất cả hoặc không nhập gì (chỉ khi mọi dòng hợp lệ)"), this);
    m_allOrNothing->setObjectName(QStringLiteral("allOrNothingRadioButton"));
    m_allOrNothing->setChecked(true);
    m_skipInvalid = new QRadioButton(tr("Chỉ nhập các &dòng hợp lệ (bỏ qua các dòng có lỗi)"), this);
    m_skipInvalid->setObjectName(QStringLiteral("skipInvalidRadioButton"));
    m_reason = messageLabel(QStringLiteral("reasonLabel"), this);
    m_reason->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_counts);
    layout->addWidget(m_problemsView, 1);
    layout->addWidget(m_detail);
    layout->addWidget(m_allOrNothing);
    layout->addWidget(m_skipInvalid);
    layout->addWidget(m_reason);

    connect(m_skipInvalid, &QRadioButton::toggled, m_wizard, &ImportWizard::setSkipInvalid);
    connect(m_wizard, &ImportWizard::skipInvalidChanged, this, [this](bool skip) {
        (skip ? m_skipInvalid : m_allOrNothing)->setChecked(true);
        updateReason();
        emit completeChanged();
    });
}

// "Chức vụ, đơn vị công tác" split: how many cells and the first one, as read.
QString ImportReportPage::splitSummary(const ImportResult &r)
{
    if (r.splits.isEmpty())
        return {};
    const ImportSplit &first = r.splits.constFirst();
    return QStringLiteral("<br>")
           + tr("Đã tách %1 ô “%2”, ví dụ dòng %3: chức vụ “%4”, đơn vị “%5”.")
                 .arg(r.splits.size())
                 .arg(first.column.toHtmlEscaped())
                 .arg(first.row)
                 .arg(first.position.toHtmlEscaped(), first.unit.toHtmlEscaped());
}

void ImportReportPage::initializePage()
{
    const ImportResult &r = m_wizard->result();
    // Which sheet (or table) and rows are taken, the footer left out: before anything is written.
    QStringList taken;
    for (const ImportSheetInfo &s : r.sheets) {
        const QString summary = importSheetSummary(s).toHtmlEscaped();
        taken.append(s.sheet.isEmpty() ? summary : tr("“%1”: %2").arg(s.sheet.toHtmlEscaped(), summary));
    }
    m_counts->setText(taken.join(QStringLiteral("<br>")) + QStringLiteral("<br>")
                      + tr("%1 dòng dữ liệu: <b>%2 hợp lệ</b>, <b>%3 có lỗi</b>; %4 lỗi và %5 cảnh báo.")
                            .arg(r.records.size())
                            .arg(r.validCount())
                            .arg(r.invalidCount())
                            .arg(r.errorCount())
                            .arg(r.warningCount())
                      + splitSummary(r));
    m_problemsView->setColumnWidth(ImportProblemModel::ColumnColumn, 190);
    updateReason();
}

QString ImportReportPage::blockingReason() const
{
    const ImportResult &r = m_wizard->result();
    if (r.positionUnitUnsplit)
        return tr("Cột “%1” chưa được chọn tách: quay lại bước đối chiếu cột.").arg(r.positionUnitHeader);
    if (!r.headerComplete)
        return tr("Thiếu cột bắt buộc: không nhập được. Quay lại bước đối chiếu cột.");
    if (r.validCount() == 0)
        return r.records.isEmpty() ? tr("Tệp không có dòng dữ liệu nào.")
                                   : tr("Không có dòng nào hợp lệ: không có gì để nhập.");
    // A header problem (two columns for one field) is not a row: nothing can be written.
    for (const ImportProblem &p : r.problems) {
        if (p.severity == ImportSeverity::Error
            && p.row <= m_wizard->table().rows.value(m_wizard->headerIndex()).rowNumber)
            return tr("Dòng tiêu đề có lỗi: %1").arg(p.message);
    }
    if (r.invalidCount() > 0 && !m_wizard->skipInvalid())
        return tr("%1 dòng có lỗi: với “tất cả hoặc không”, không nhập được. Hãy sửa tệp rồi nhập lại, "
                  "hoặc chọn “Chỉ nhập các dòng hợp lệ”.")
            .arg(r.invalidCount());
    return {};
}

void ImportReportPage::updateReason()
{
    const QString reason = blockingReason();
    if (reason.isEmpty() && m_wizard->skipInvalid() && m_wizard->result().invalidCount() > 0) {
        m_reason->setStyleSheet(QString());
        m_reason->setText(tr("Sẽ nhập %1 dòng hợp lệ và bỏ qua %2 dòng có lỗi.")
                              .arg(m_wizard->result().validCount())
                              .arg(m_wizard->result().invalidCount()));
    } else {
        m_reason->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_reason->setText(reason);
    }
    m_reason->setVisible(!m_reason->text().isEmpty());
}

bool ImportReportPage::isComplete() const { return blockingReason().isEmpty(); }

// ---- 4. Run ----------------------------------------------------------------

ImportRunPage::ImportRunPage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("importRunPage"));
    setTitle(tr("Nhập hồ sơ"));
    setFinalPage(true);

    m_status = messageLabel(QStringLiteral("importStatusLabel"), this);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgressBar"));
    m_progress->setAccessibleName(tr("Tiến độ nhập"));
    m_cancel = new QPushButton(tr("&Dừng nhập"), this);
    m_cancel->setObjectName(QStringLiteral("cancelImportPushButton"));
    m_cancel->setToolTip(tr("Dừng và hoàn tác: không hồ sơ nào được nhập."));
    m_summary = messageLabel(QStringLiteral("summaryLabel"), this);

    auto *row = new QHBoxLayout;
    row->addWidget(m_progress, 1);
    row->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(row);
    layout->addWidget(m_summary);
    layout->addStretch(1);

    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_wizard->requestCancel();
        m_cancel->setEnabled(false);
        m_status->setText(tr("Đang dừng và hoàn tác…"));
    });
    connect(m_wizard, &ImportWizard::progressChanged, this, [this](int done, int total) {
        m_progress->setRange(0, qMax(1, total));
        m_progress->setValue(done);
    });
    connect(m_wizard, &ImportWizard::importFinished, this, &ImportRunPage::showOutcome);
}

void ImportRunPage::initializePage()
{
    m_summary->clear();
    m_cancel->setEnabled(true);
    m_cancel->show();
    m_progress->setRange(0, 0); // busy until the first figures arrive
    m_status->setText(m_wizard->skipInvalid() ? tr("Đang nhập %1 dòng hợp lệ từ %2…")
                                                    .arg(m_wizard->result().validCount())
                                                    .arg(QFileInfo(m_wizard->filePath()).fileName())
                                              : tr("Đang nhập %1 dòng từ %2…")
                                                    .arg(m_wizard->result().records.size())
                                                    .arg(QFileInfo(m_wizard->filePath()).fileName()));
    m_wizard->startImport();
}

void ImportRunPage::showOutcome()
{
    m_cancel->setEnabled(false);
    m_cancel->hide();
    const auto &outcome = m_wizard->outcome();
    if (!outcome)
        return;
    if (outcome->ok()) {
        const ImportSummary &s = outcome->value();
        m_progress->setRange(0, 1);
        m_progress->setValue(1);
        m_status->setText(tr("Đã nhập xong."));
        QStringList lines { tr("Đã nhập %1 hồ sơ.").arg(s.imported) };
        if (s.skipped > 0)
            lines.append(tr("Bỏ qua %1 dòng có lỗi.").arg(s.skipped));
        if (s.warnings > 0)
            lines.append(tr("%1 cảnh báo (xem lại ở bước trước nếu cần).").arg(s.warnings));
        if (s.unitsCreated > 0)
            lines.append(tr("Tạo mới %1 đơn vị.").arg(s.unitsCreated));
        m_summary->setStyleSheet(QString());
        m_summary->setText(lines.join(QLatin1Char('\n')));
    } else {
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
        const Error &e = outcome->error();
        const bool cancelled = e.kind == ErrorKind::Cancelled;
        m_status->setText(cancelled ? tr("Đã dừng nhập.") : tr("Không nhập được."));
        showError(m_summary, e);
        if (cancelled)
            m_summary->setText(tr("Đã dừng: không có hồ sơ nào được nhập (mọi thay đổi đã được hoàn tác)."));
    }
    emit completeChanged();
}

bool ImportRunPage::isComplete() const { return m_wizard->outcome().has_value() && !m_wizard->isImporting(); }

} // namespace vd::gui
