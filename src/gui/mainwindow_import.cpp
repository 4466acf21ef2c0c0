// MainWindow: Tệp ▸ Nhập danh sách trích ngang… and what an import does to the
// undo history (docs/gui.md, "Undo").
#include "mainwindow.h"

#include "ui_mainwindow.h"

#include "dialogs.h"
#include "importwizard.h"
#include "nomineelistview.h"
#include "session.h"

#include <QAction>
#include <QStatusBar>
#include <QUndoStack>

namespace vd::gui {

ImportWizard *MainWindow::importWizard() const { return m_importWizard.data(); }

ImportWizard *MainWindow::openImportWizard()
{
    if (m_importWizard) {
        m_importWizard->raise();
        m_importWizard->activateWindow();
        return m_importWizard;
    }
    m_importWizard = new ImportWizard(*m_session, this);
    m_importWizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_importWizard, &ImportWizard::imported, this, &MainWindow::afterImport);
    m_importWizard->open();
    return m_importWizard;
}

void MainWindow::afterImport(const ImportSummary &summary)
{
    if (auto st = m_session->refresh(); !st)
        Dialogs::instance().warning(this, tr("Không tải lại được"), st.error().message);
    showPage(NomineesPage);
    if (!summary.nomineeIds.isEmpty())
        m_list->selectId(summary.nomineeIds.first());
    if (summary.imported == 0 && summary.approvalsWithdrawn.isEmpty()) {
        statusBar()->showMessage(tr("Đã nhập %1 hồ sơ.").arg(summary.imported), 6000);
        return;
    }
    // An import is not an undo step: it may have created units and withdrawn
    // approvals, and its rows may be edited at once. The steps before it would
    // undo around it (Ctrl+Z would remove the dossier entered before it), so the
    // history is cleared and the person is told, here and on the undo action.
    m_session->undoStack()->clear();
    // The stack's next step sets the action's text again.
    if (auto *undo = findChild<QAction *>(QStringLiteral("undoAction"), Qt::FindDirectChildrenOnly))
        undo->setText(tr("Hoàn tá&c (không có: vừa nhập từ tệp)"));
    statusBar()->showMessage(tr("Đã nhập %1 hồ sơ. Không hoàn tác được việc nhập bằng Ctrl+Z: lịch sử hoàn tác "
                                "đã được xóa, các hồ sơ đã có vẫn giữ nguyên. Bỏ hồ sơ vừa nhập: chọn rồi Xóa.")
                                 .arg(summary.imported),
                             15000);
}

} // namespace vd::gui
