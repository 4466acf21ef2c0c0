// MainWindow: Công cụ ▸ Tạo đợt mới từ đợt này… and Qua các năm…
// (docs/history.md, docs/gui.md).
#include "mainwindow.h"

#include "ui_mainwindow.h"

#include "dialogs.h"
#include "newcampaigndialog.h"
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
    m_ui->toolsMenu->insertActions(m_ui->preferencesAction, { m_newCampaignAction, m_yearsAction });
    m_ui->toolsMenu->insertSeparator(m_ui->preferencesAction);
    connect(m_newCampaignAction, &QAction::triggered, this, &MainWindow::newCampaignFromCurrent);
    connect(m_yearsAction, &QAction::triggered, this, &MainWindow::showYears);
    retranslateHistoryActions();
}

void MainWindow::retranslateHistoryActions()
{
    if (!m_newCampaignAction)
        return;
    m_newCampaignAction->setText(tr("Tạo đợt &mới từ đợt này…"));
    m_yearsAction->setText(tr("&Qua các năm…"));
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
    statusBar()->showMessage(tr("Đã tạo đợt mới “%1”; đợt cũ đã khóa (chỉ xem).")
                                 .arg(m_session->campaign().name),
                             8000);
}

void MainWindow::showYears()
{
    YearsDialog dialog(*m_session, this);
    dialog.resize(960, 820);
    dialog.exec();
}

} // namespace vd::gui
