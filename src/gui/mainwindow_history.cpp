// MainWindow: Công cụ ▸ Tạo đợt mới từ đợt này…, Qua các năm…, Tìm trong mọi đợt… and Người có thể trùng…
// (docs/history.md, docs/gui.md).
#include "mainwindow.h"

#include "ui_mainwindow.h"

#include "dialogs.h"
#include "newcampaigndialog.h"
#include "peopledialog.h"
#include "searchalldialog.h"
#include "session.h"
#include "yearsdialog.h"

#include <QAction>
#include <QMenu>
#include <QStatusBar>
#include <QUndoStack>

namespace vd::gui {

void MainWindow::setUpHistoryActions()
{
    m_newCampaignAction = new QAction(this);
    m_newCampaignAction->setObjectName(QStringLiteral("newCampaignAction"));
    m_yearsAction = new QAction(this);
    m_yearsAction->setObjectName(QStringLiteral("yearsAction"));
    m_peopleAction = new QAction(this);
    m_peopleAction->setObjectName(QStringLiteral("peopleAction"));
    m_searchAllAction = new QAction(this);
    m_searchAllAction->setObjectName(QStringLiteral("searchAllAction"));
    m_ui->toolsMenu->insertActions(m_ui->preferencesAction,
                                   { m_newCampaignAction, m_yearsAction, m_searchAllAction, m_peopleAction });
    m_ui->toolsMenu->insertSeparator(m_ui->preferencesAction);
    connect(m_newCampaignAction, &QAction::triggered, this, &MainWindow::newCampaignFromCurrent);
    connect(m_yearsAction, &QAction::triggered, this, &MainWindow::showYears);
    connect(m_peopleAction, &QAction::triggered, this, &MainWindow::showPeopleConflicts);
    connect(m_searchAllAction, &QAction::triggered, this, &MainWindow::searchAllCampaigns);
    retranslateHistoryActions();
}

void MainWindow::retranslateHistoryActions()
{
    if (!m_newCampaignAction)
        return;
    m_newCampaignAction->setText(tr("Tạo đợt &mới từ đợt này…"));
    m_yearsAction->setText(tr("&Qua các năm…"));
    m_peopleAction->setText(tr("Người có thể t&rùng…"));
    m_searchAllAction->setText(tr("Tìm tr&ong mọi đợt…"));
}

void MainWindow::newCampaignFromCurrent()
{
    NewCampaignDialog dialog(*m_session, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The old campaign is closed now: its undo steps cannot apply any more.
    m_session->undoStack()->clear();
    if (auto st = reload(); !st) {
        Dialogs::instance().warning(this, tr("Không tải lại được"), st.error().message);
        return;
    }
    statusBar()->showMessage(tr("Đã tạo đợt mới “%1”; đợt cũ đã khóa (chỉ xem).").arg(m_session->campaign().name),
                             8000);
}

void MainWindow::showYears()
{
    YearsDialog dialog(*m_session, this);
    dialog.resize(1200, 680);
    dialog.exec();
}

void MainWindow::searchAllCampaigns()
{
    SearchAllDialog dialog(*m_session, this);
    dialog.exec();
}

void MainWindow::showPeopleConflicts()
{
    PeopleDialog dialog(*m_session, this);
    dialog.exec();
}

} // namespace vd::gui
