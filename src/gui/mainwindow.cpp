#include "mainwindow.h"

#include "ui_mainwindow.h"

#include "campaignstore.h"
#include "dialogs.h"
#include "nomineestore.h"
#include "nomineetablemodel.h"

#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>

namespace vd::gui {

MainWindow::MainWindow(std::unique_ptr<Database> db, QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_db(std::move(db))
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/vinhdanh.svg")));
    m_model = new NomineeTableModel(this);
    m_ui->nomineeTableView->setModel(m_model);
    m_ui->nomineeTableView->horizontalHeader()->setStretchLastSection(true);
    m_ui->nomineeTableView->verticalHeader()->setVisible(false);

    connect(m_ui->openAction, &QAction::triggered, this, &MainWindow::openDatabase);
    connect(m_ui->quitAction, &QAction::triggered, this, &QMainWindow::close);

    if (auto st = reload(); !st)
        Dialogs::instance().warning(this, tr("VinhDanh"), st.error().message);
}

MainWindow::~MainWindow() = default;

Status MainWindow::reload()
{
    auto campaign = CampaignStore(*m_db).loadActive();
    if (!campaign)
        return campaign.error();
    auto nominees = NomineeStore(*m_db).loadAll(campaign->id);
    if (!nominees)
        return nominees.error();
    m_campaign = *campaign;
    m_model->setNominees(m_campaign, *nominees);
    m_ui->campaignLabel->setText(
            tr("<b>%1</b> — hạn nhận hồ sơ: %2 %3 — tổng chỉ tiêu: %4")
                    .arg(m_campaign.name.toHtmlEscaped(),
                         m_campaign.deadlineInclusive ? tr("đến hết ngày") : tr("trước ngày"),
                         m_campaign.deadline.toString(QStringLiteral("dd/MM/yyyy")))
                    .arg(m_campaign.totalQuota()));
    setWindowTitle(tr("VinhDanh — %1").arg(QFileInfo(m_db->location()).fileName()));
    updateStatus();
    return {};
}

void MainWindow::updateStatus()
{
    statusBar()->showMessage(tr("%1 người được đề nghị — %2")
                                     .arg(m_model->rowCount())
                                     .arg(QDir::toNativeSeparators(m_db->location())));
}

void MainWindow::openDatabase()
{
    const QString path = Dialogs::instance().openFileName(
            this, tr("Mở cơ sở dữ liệu VinhDanh"), QFileInfo(m_db->location()).absolutePath(),
            tr("Cơ sở dữ liệu VinhDanh (*.sqlite *.db);;Mọi tệp (*)"));
    if (path.isEmpty())
        return;
    auto opened = Database::open(path);
    if (!opened) {
        Dialogs::instance().warning(this, tr("Không mở được cơ sở dữ liệu"), opened.error().message);
        return;
    }
    m_db = std::move(opened.value());
    if (auto st = reload(); !st)
        Dialogs::instance().warning(this, tr("VinhDanh"), st.error().message);
}

} // namespace vd::gui
