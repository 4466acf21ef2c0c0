// The dossier form's attachments (docs/gui.md, "The dossier form"): adding
// scanned files (button or drag and drop), listing, opening and removing them.
#include "nomineeeditor.h"

#include "ui_nomineeeditor.h"

#include "attachmentstore.h"
#include "dialogs.h"
#include "openfiles.h"
#include "safefile.h"
#include "session.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileInfo>
#include <QMimeData>

namespace vd::gui {

namespace {
const int kAttachmentIdRole = Qt::UserRole + 1;
const int kAttachmentNameRole = Qt::UserRole + 2;
} // namespace

void NomineeEditor::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void NomineeEditor::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    addAttachmentFiles(paths);
    event->acceptProposedAction();
}

void NomineeEditor::addAttachmentFiles(const QStringList &paths)
{
    QStringList refused;
    QStringList stored; // written to an existing dossier at once (docs/gui.md, "Tệp đính kèm")
    for (const QString &path : paths) {
        if (auto st = ensureNotOpenDatabase(path); !st) { // reading it would drop SQLite's locks
            refused.append(st.error().message);
            continue;
        }
        QFile f(path);
        if (QFileInfo(path).size() > AttachmentStore::maxFileSize) {
            refused.append(tr("Tệp %1 quá giới hạn %2 MB.")
                               .arg(QFileInfo(path).fileName())
                               .arg(AttachmentStore::maxFileSize / (1024 * 1024)));
            continue;
        }
        if (!f.open(QIODevice::ReadOnly)) {
            refused.append(tr("Không đọc được tệp %1: %2").arg(path, f.errorString()));
            continue;
        }
        const QByteArray bytes = f.readAll();
        const QString name = QFileInfo(path).fileName();
        if (m_original.id == 0) {
            if (auto ok = AttachmentStore::check(name, bytes); !ok)
                refused.append(ok.error().message);
            else
                m_pendingFiles.append({ name, bytes });
        } else if (auto added = AttachmentStore(m_session.database()).add(m_original.id, name, bytes); !added) {
            refused.append(added.error().message);
        } else {
            stored.append(name);
        }
    }
    refreshAttachments();
    if (!stored.isEmpty()) {
        // Said where the eye is: these are not part of Lưu/Hủy or of Ctrl+Z.
        m_ui->saveStatusLabel->setText(
            tr("Đã lưu ngay %1 vào hồ sơ: tệp đính kèm không chờ nút Lưu, Hủy không bỏ tệp này "
               "và Ctrl+Z không hoàn tác; muốn bỏ thì chọn tệp rồi Gỡ.")
                .arg(stored.join(QStringLiteral(", "))));
    }
    if (!refused.isEmpty())
        Dialogs::instance().warning(this, tr("Không thêm được tệp"), refused.join(QLatin1Char('\n')));
}

void NomineeEditor::refreshAttachments()
{
    QListWidget *list = m_ui->attachmentListWidget;
    list->clear();
    if (m_original.id == 0) {
        for (int i = 0; i < m_pendingFiles.size(); ++i) {
            auto *item = new QListWidgetItem(tr("%1 (lưu cùng hồ sơ)").arg(m_pendingFiles.at(i).first), list);
            item->setData(kAttachmentIdRole, -1 - i);
        }
    } else if (auto files = AttachmentStore(m_session.database()).list(m_original.id); files) {
        for (const Attachment &a : *files) {
            auto *item = new QListWidgetItem(tr("%1 (%2 KB)").arg(a.fileName).arg((a.size + 1023) / 1024), list);
            item->setData(kAttachmentIdRole, a.id);
            item->setData(kAttachmentNameRole, a.fileName);
            item->setToolTip(a.mimeType);
        }
    }
    const bool any = list->count() > 0;
    m_ui->openAttachmentButton->setEnabled(any);
    m_ui->removeAttachmentButton->setEnabled(any);
}

void NomineeEditor::openAttachment()
{
    QListWidgetItem *item = m_ui->attachmentListWidget->currentItem();
    if (!item)
        return;
    const qint64 id = item->data(kAttachmentIdRole).toLongLong();
    QByteArray bytes;
    QString name;
    if (id < 0) {
        if (-1 - id >= m_pendingFiles.size())
            return;
        const auto &pending = m_pendingFiles.at(int(-1 - id));
        name = pending.first;
        bytes = pending.second;
    } else {
        auto data = AttachmentStore(m_session.database()).data(id);
        if (!data) {
            Dialogs::instance().warning(this, tr("Không mở được tệp"), data.error().message);
            return;
        }
        bytes = *data;
        name = item->data(kAttachmentNameRole).toString();
    }
    // A copy in the temporary folder, opened with the desktop's viewer.
    const QString dir = QDir::temp().filePath(QStringLiteral("vinhdanh-attachments"));
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(QFileInfo(name).fileName());
    if (auto st = writeFileAtomically(path, bytes); !st) { // owner-only, like every file written
        Dialogs::instance().warning(this, tr("Không mở được tệp"), st.error().message);
        return;
    }
    Dialogs::instance().openExternally(path);
}

void NomineeEditor::removeAttachment()
{
    QListWidgetItem *item = m_ui->attachmentListWidget->currentItem();
    if (!item)
        return;
    const qint64 id = item->data(kAttachmentIdRole).toLongLong();
    const QString text = id < 0 ? tr("Bỏ tệp %1 khỏi danh sách lưu cùng hồ sơ?").arg(item->text())
                                : tr("Gỡ tệp %1 khỏi hồ sơ? Tệp bị xóa khỏi cơ sở dữ liệu ngay, "
                                     "không chờ nút Lưu và không hoàn tác được.")
                                      .arg(item->text());
    if (!Dialogs::instance().confirm(this, tr("Gỡ tệp đính kèm"), text, tr("Gỡ tệp"), tr("Không gỡ")))
        return;
    if (id < 0) {
        if (-1 - id < m_pendingFiles.size())
            m_pendingFiles.removeAt(int(-1 - id));
    } else if (auto st = AttachmentStore(m_session.database()).remove(id); !st) {
        Dialogs::instance().warning(this, tr("Không gỡ được tệp"), st.error().message);
    }
    refreshAttachments();
}

} // namespace vd::gui
