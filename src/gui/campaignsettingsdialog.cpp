#include "campaignsettingsdialog.h"

#include "retranslate.h"
#include "ui_campaignsettingsdialog.h"

#include "bloctablemodel.h"
#include "campaignrulestab.h"
#include "campaignstore.h"
#include "database.h"
#include "dialogs.h"
#include "textfold.h"

#include <QEvent>
#include <QHeaderView>
#include <QPushButton>

namespace vd::gui {

namespace {

QStringList linesOf(const QString &text)
{
    QStringList out;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString normalized = normalizeText(line);
        if (!normalized.isEmpty())
            out.append(normalized);
    }
    return out;
}

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? normalizeText(item->text()) : QString();
}

void setCell(QTableWidget *table, int row, int column, const QString &text)
{
    table->setItem(row, column, new QTableWidgetItem(text));
}

} // namespace

CampaignSettingsDialog::CampaignSettingsDialog(Database &db, const Campaign &campaign, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::CampaignSettingsDialog>()), m_db(db), m_original(campaign)
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveSettingsPushButton"));
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("&Lưu"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Hủy"));

    m_blocs = new BlocTableModel(this);
    m_ui->blocsTableView->setModel(m_blocs);
    m_ui->blocsTableView->setItemDelegateForColumn(BlocTableModel::SectorColumn, new SectorDelegate(this));
    m_ui->blocsTableView->horizontalHeader()->setSectionResizeMode(BlocTableModel::NameColumn, QHeaderView::Stretch);
    m_ui->blocsTableView->verticalHeader()->setVisible(false);

    m_ui->documentTypesTableWidget->setColumnCount(3);
    m_ui->documentTypesTableWidget->setHorizontalHeaderLabels({ tr("Mã"), tr("Tên hồ sơ"), tr("Bắt buộc") });
    m_ui->documentTypesTableWidget->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_ui->signersTableWidget->setColumnCount(3);
    m_ui->signersTableWidget->setHorizontalHeaderLabels(
        { tr("Thẩm quyền ký (TM., KT.)"), tr("Chức vụ"), tr("Họ và tên") });
    m_ui->signersTableWidget->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_ui->signersTableWidget->setRowCount(4);

    // After "Tiêu chí": the severities, HONOURED_BEFORE years and tie priorities.
    m_rulesTab = new CampaignRulesTab(m_ui->settingsTabWidget);
    m_ui->settingsTabWidget->insertTab(m_ui->settingsTabWidget->indexOf(m_ui->criteriaTab) + 1, m_rulesTab,
                                       tr("Quy tắc xét"));

    connect(m_blocs, &BlocTableModel::totalQuotaChanged, this, &CampaignSettingsDialog::updateTotal);
    connect(m_ui->addBlocPushButton, &QPushButton::clicked, this, [this] {
        m_blocs->addBloc();
        m_ui->blocsTableView->setCurrentIndex(m_blocs->index(m_blocs->rowCount() - 1, BlocTableModel::CodeColumn));
    });
    connect(m_ui->removeBlocPushButton, &QPushButton::clicked, this,
            [this] { m_blocs->removeBloc(m_ui->blocsTableView->currentIndex().row()); });
    auto move = [this](int delta) {
        const QModelIndex current = m_ui->blocsTableView->currentIndex();
        if (m_blocs->moveBloc(current.row(), delta))
            m_ui->blocsTableView->setCurrentIndex(m_blocs->index(current.row() + delta, current.column()));
    };
    connect(m_ui->moveBlocUpPushButton, &QPushButton::clicked, this, [move] { move(-1); });
    connect(m_ui->moveBlocDownPushButton, &QPushButton::clicked, this, [move] { move(1); });
    connect(m_ui->addDocumentPushButton, &QPushButton::clicked, this, [this] {
        QTableWidget *t = m_ui->documentTypesTableWidget;
        const int row = t->rowCount();
        t->insertRow(row);
        auto *required = new QTableWidgetItem;
        required->setCheckState(Qt::Unchecked);
        t->setItem(row, 2, required);
        t->setCurrentCell(row, 0);
    });
    connect(m_ui->removeDocumentPushButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->documentTypesTableWidget->currentRow();
        if (row >= 0)
            m_ui->documentTypesTableWidget->removeRow(row);
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CampaignSettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &CampaignSettingsDialog::reject);

    load(campaign);
}

CampaignSettingsDialog::~CampaignSettingsDialog() = default;

void CampaignSettingsDialog::load(const Campaign &c)
{
    m_ui->nameLineEdit->setText(c.name);
    m_ui->yearSpinBox->setValue(c.year);
    m_ui->documentNumberLineEdit->setText(c.documentNumber);
    m_ui->documentDateEdit->setDate(c.documentDate);
    m_ui->placeLineEdit->setText(c.place);
    m_ui->issuingParentLineEdit->setText(c.issuingParent);
    m_ui->issuingBodyLineEdit->setText(c.issuingBody);
    m_ui->deadlineDateEdit->setDate(c.deadline);
    m_ui->deadlineInclusiveCheckBox->setChecked(c.deadlineInclusive);
    m_ui->meritYearSpinBox->setValue(c.criteria.meritYear);
    m_ui->minCopiesSpinBox->setValue(c.criteria.minCopies);
    m_ui->rewardSpinBox->setValue(int(c.rewardAmount));
    m_blocs->setBlocs(c.blocs);
    m_rulesTab->load(c);

    m_ui->leadershipPlainTextEdit->setPlainText(c.criteria.leadershipPositions.join(QLatin1Char('\n')));
    m_ui->emulationTitlesPlainTextEdit->setPlainText(c.criteria.emulationTitles.join(QLatin1Char('\n')));
    m_ui->sxkdAllowedPlainTextEdit->setPlainText(c.criteria.sxkdAllowedPositions.join(QLatin1Char('\n')));
    m_ui->sxkdExcludedPlainTextEdit->setPlainText(c.criteria.sxkdExcludedPositions.join(QLatin1Char('\n')));

    QTableWidget *docs = m_ui->documentTypesTableWidget;
    docs->setRowCount(int(c.documentTypes.size()));
    for (int i = 0; i < c.documentTypes.size(); ++i) {
        setCell(docs, i, 0, c.documentTypes.at(i).code);
        setCell(docs, i, 1, c.documentTypes.at(i).name);
        auto *required = new QTableWidgetItem;
        required->setCheckState(c.documentTypes.at(i).required ? Qt::Checked : Qt::Unchecked);
        docs->setItem(i, 2, required);
    }

    m_ui->conferenceDateEdit->setDate(c.conferenceDate);
    // 00:00 (the minimum) shows "chưa định": no start time.
    m_ui->conferenceStartTimeEdit->setTime(c.conferenceStart.isValid() ? c.conferenceStart : QTime(0, 0));
    m_ui->conferenceTimeLineEdit->setText(c.conferenceTime);
    m_ui->conferencePlaceLineEdit->setText(c.conferencePlace);
    m_ui->participantsPlainTextEdit->setPlainText(c.participants.join(QLatin1Char('\n')));
    m_ui->programmePlainTextEdit->setPlainText(c.programme.join(QLatin1Char('\n')));
    m_ui->recipientsPlainTextEdit->setPlainText(c.recipients.join(QLatin1Char('\n')));
    QTableWidget *signers = m_ui->signersTableWidget;
    signers->setRowCount(qMax(4, int(c.signers.size())));
    for (int i = 0; i < c.signers.size(); ++i) {
        // Several authority lines ("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH") are edited with " / ".
        setCell(signers, i, 0, c.signers.at(i).authority.split(QLatin1Char('\n')).join(QStringLiteral(" / ")));
        setCell(signers, i, 1, c.signers.at(i).title);
        setCell(signers, i, 2, c.signers.at(i).name);
    }
}

void CampaignSettingsDialog::updateTotal(int total)
{
    m_ui->totalQuotaLabel->setText(tr("Tổng chỉ tiêu: %1").arg(total));
}

Campaign CampaignSettingsDialog::editedCampaign() const
{
    Campaign c = m_original;
    c.name = normalizeText(m_ui->nameLineEdit->text());
    c.year = m_ui->yearSpinBox->value();
    c.documentNumber = normalizeText(m_ui->documentNumberLineEdit->text());
    c.documentDate = m_ui->documentDateEdit->date();
    c.place = normalizeText(m_ui->placeLineEdit->text());
    c.issuingParent = normalizeText(m_ui->issuingParentLineEdit->text());
    c.issuingBody = normalizeText(m_ui->issuingBodyLineEdit->text());
    c.deadline = m_ui->deadlineDateEdit->date();
    c.deadlineInclusive = m_ui->deadlineInclusiveCheckBox->isChecked();
    c.criteria.meritYear = m_ui->meritYearSpinBox->value();
    c.criteria.minCopies = m_ui->minCopiesSpinBox->value();
    c.rewardAmount = m_ui->rewardSpinBox->value();
    c.blocs = m_blocs->blocs();
    m_rulesTab->apply(c);
    c.criteria.leadershipPositions = linesOf(m_ui->leadershipPlainTextEdit->toPlainText());
    c.criteria.emulationTitles = linesOf(m_ui->emulationTitlesPlainTextEdit->toPlainText());
    c.criteria.sxkdAllowedPositions = linesOf(m_ui->sxkdAllowedPlainTextEdit->toPlainText());
    c.criteria.sxkdExcludedPositions = linesOf(m_ui->sxkdExcludedPlainTextEdit->toPlainText());

    c.documentTypes.clear();
    const QTableWidget *docs = m_ui->documentTypesTableWidget;
    for (int row = 0; row < docs->rowCount(); ++row) {
        DocumentType d;
        d.code = cellText(docs, row, 0).toUpper();
        d.name = cellText(docs, row, 1);
        const QTableWidgetItem *required = docs->item(row, 2);
        d.required = required && required->checkState() == Qt::Checked;
        if (!d.code.isEmpty() || !d.name.isEmpty())
            c.documentTypes.append(d);
    }

    c.conferenceDate = m_ui->conferenceDateEdit->date();
    const QTime start = m_ui->conferenceStartTimeEdit->time();
    c.conferenceStart = start == m_ui->conferenceStartTimeEdit->minimumTime() ? QTime() : start;
    c.conferenceTime = normalizeText(m_ui->conferenceTimeLineEdit->text());
    c.conferencePlace = normalizeText(m_ui->conferencePlaceLineEdit->text());
    c.participants = linesOf(m_ui->participantsPlainTextEdit->toPlainText());
    c.programme = linesOf(m_ui->programmePlainTextEdit->toPlainText());
    c.recipients = linesOf(m_ui->recipientsPlainTextEdit->toPlainText());
    c.signers.clear();
    const QTableWidget *signers = m_ui->signersTableWidget;
    for (int row = 0; row < signers->rowCount(); ++row) {
        Signer s;
        QStringList authority;
        for (const QString &part : cellText(signers, row, 0).split(QLatin1Char('/'))) {
            if (!part.trimmed().isEmpty())
                authority.append(part.trimmed());
        }
        s.authority = authority.join(QLatin1Char('\n'));
        s.title = cellText(signers, row, 1);
        s.name = cellText(signers, row, 2);
        if (!s.authority.isEmpty() || !s.title.isEmpty() || !s.name.isEmpty())
            c.signers.append(s);
    }
    return c;
}

Status CampaignSettingsDialog::save()
{
    Campaign c = editedCampaign();
    QStringList problems;
    if (c.name.isEmpty())
        problems.append(tr("Chưa có tên đợt biểu dương."));
    if (const QString blocProblem = m_blocs->validationError(); !blocProblem.isEmpty())
        problems.append(tr("Khối và chỉ tiêu: %1").arg(blocProblem));
    for (const DocumentType &d : std::as_const(c.documentTypes)) {
        if (d.code.isEmpty() || d.name.isEmpty())
            problems.append(tr("Thành phần hồ sơ: mỗi loại cần cả mã và tên."));
    }
    if (c.programme.isEmpty())
        problems.append(tr("Chương trình hội nghị chưa có nội dung nào."));
    if (!problems.isEmpty()) {
        problems.removeDuplicates();
        return Error::validation(tr("Chưa lưu được thiết lập:"), problems);
    }
    if (auto st = CampaignStore(m_db).update(c); !st)
        return st;
    m_original = c;
    return {};
}

void CampaignSettingsDialog::accept()
{
    Status st = save();
    if (!st) {
        Dialogs::instance().showError(this, tr("Thiết lập đợt biểu dương"), st.error());
        return;
    }
    QDialog::accept();
}

void CampaignSettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("&Lưu"));
        m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Hủy"));
        m_ui->documentTypesTableWidget->setHorizontalHeaderLabels({ tr("Mã"), tr("Tên hồ sơ"), tr("Bắt buộc") });
        m_ui->signersTableWidget->setHorizontalHeaderLabels(
            { tr("Thẩm quyền ký (TM., KT.)"), tr("Chức vụ"), tr("Họ và tên") });
        m_ui->settingsTabWidget->setTabText(m_ui->settingsTabWidget->indexOf(m_rulesTab), tr("Quy tắc xét"));
        announceLanguageChange(m_blocs);
        updateTotal(m_blocs->totalQuota());
    }
    QDialog::changeEvent(event);
}

} // namespace vd::gui
