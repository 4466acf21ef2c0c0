#include "databasecontroller.h"

#include "autobackup.h"
#include "connectserverdialog.h"
#include "dialogs.h"
#include "restore.h"
#include "session.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QUndoStack>

namespace vd::gui {

namespace {
const QString kRecentKey = QStringLiteral("recentDatabases");
const QString kLastKey = QStringLiteral("lastDatabase");
const QString kServerKey = QStringLiteral("lastServerUrl");
} // namespace

DatabaseController::DatabaseController(Session &session, QWidget *dialogParent)
    : QObject(dialogParent), m_session(session), m_dialogParent(dialogParent)
{
}

bool DatabaseController::openFile(const QString &path, bool create)
{
    OpenOptions options;
    options.createIfMissing = create;
    options.checkIntegrity = true; // as at start-up: a damaged file is refused before use
    return switchTo(Database::open(path, options), path);
}

bool DatabaseController::openServer(const QString &url, const QString &password)
{
    OpenOptions options;
    options.password = password;
    if (!switchTo(Database::open(url, options), url))
        return false;
    QSettings().setValue(kServerKey, m_session.database().location());
    return true;
}

bool DatabaseController::switchTo(Result<std::unique_ptr<Database>> opened, const QString &location)
{
    if (!opened) {
        Dialogs::instance().showError(m_dialogParent, tr("Không mở được cơ sở dữ liệu"), opened.error());
        return false;
    }
    emit replacingData();
    if (auto st = m_session.setDatabase(std::move(opened.value())); !st) {
        Dialogs::instance().warning(m_dialogParent, tr("VinhDanh"), st.error().message);
        return false;
    }
    emit databaseChanged();
    if (m_session.database().dialect() == Dialect::Sqlite)
        remember(location);
    return true;
}

QString DatabaseController::folder() const { return QFileInfo(m_session.database().location()).absolutePath(); }

QString DatabaseController::askDatabaseFile(QWidget *parent, const QString &folder)
{
    return Dialogs::instance().openFileName(parent, tr("Mở cơ sở dữ liệu VinhDanh"), folder,
                                            tr("Cơ sở dữ liệu VinhDanh (*.sqlite *.db);;Mọi tệp (*)"));
}

QString DatabaseController::askBackupFile(QWidget *parent, const QString &caption, const QString &databasePath)
{
    const QString backups = AutoBackup::folderFor(databasePath);
    return Dialogs::instance().openFileName(parent, caption,
                                            QDir(backups).exists() ? backups : QFileInfo(databasePath).absolutePath(),
                                            tr("Cơ sở dữ liệu VinhDanh (*.sqlite *.bak);;Mọi tệp (*)"));
}

void DatabaseController::askOpen()
{
    const QString path = askDatabaseFile(m_dialogParent, folder());
    if (!path.isEmpty())
        openFile(path);
}

void DatabaseController::askNew()
{
    const QString path = Dialogs::instance().saveFileName(m_dialogParent, tr("Tạo cơ sở dữ liệu VinhDanh mới"),
                                                          folder(), tr("Cơ sở dữ liệu VinhDanh (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        Dialogs::instance().warning(
            m_dialogParent, tr("Tạo cơ sở dữ liệu mới"),
            tr("Đã có tệp %1. Hãy chọn tên khác; tệp cũ không bị ghi đè.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    openFile(path, true);
}

void DatabaseController::askConnectServer()
{
    ConnectServerDialog dialog(m_dialogParent);
    dialog.setUrl(QSettings().value(kServerKey).toString());
    while (dialog.exec() == QDialog::Accepted) {
        if (openServer(dialog.url(), dialog.password()))
            break;
    }
}

void DatabaseController::askBackup()
{
    const QFileInfo current(m_session.database().location());
    const QString suggested = current.absoluteDir().filePath(
        tr("%1-sao-luu-%2.sqlite")
            .arg(current.completeBaseName(), QDate::currentDate().toString(QStringLiteral("yyyyMMdd"))));
    const QString path = Dialogs::instance().saveFileName(m_dialogParent, tr("Sao lưu cơ sở dữ liệu"), suggested,
                                                          tr("Cơ sở dữ liệu VinhDanh (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (auto st = m_session.database().backupTo(path); !st) {
        Dialogs::instance().warning(m_dialogParent, tr("Không sao lưu được"), st.error().message);
        return;
    }
    emit statusMessage(tr("Đã sao lưu vào %1").arg(QDir::toNativeSeparators(path)), 6000);
}

void DatabaseController::askRestore()
{
    Database &db = m_session.database();
    const QString path = askBackupFile(m_dialogParent, tr("Khôi phục từ bản sao lưu"), db.location());
    if (path.isEmpty())
        return;
    const auto answer = Dialogs::instance().question(
        m_dialogParent, tr("Khôi phục từ bản sao lưu"),
        tr("Thay toàn bộ dữ liệu đang mở bằng bản sao lưu %1?\n\nDữ liệu hiện tại được giữ lại thành một tệp "
           "riêng bên cạnh cơ sở dữ liệu; không thể hoàn tác bằng Ctrl+Z.")
            .arg(QDir::toNativeSeparators(path)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    emit replacingData();
    auto restored = restoreFromBackup(db, path);
    if (!restored) {
        Dialogs::instance().warning(m_dialogParent, tr("Không khôi phục được"), restored.error().message);
        return;
    }
    m_session.undoStack()->clear();
    if (auto st = m_session.refresh(); !st)
        return; // the session reports a failed load
    emit statusMessage(tr("Đã khôi phục từ %1; dữ liệu trước đó giữ ở %2")
                           .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(restored->safetyCopy)),
                       10000);
}

QStringList DatabaseController::withFirst(QStringList recent, const QString &path)
{
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > maxRecent)
        recent.removeLast();
    return recent;
}

QString DatabaseController::lastFile() { return QSettings().value(kLastKey).toString(); }

QStringList DatabaseController::recentFiles() { return QSettings().value(kRecentKey).toStringList(); }

void DatabaseController::remember(const QString &path)
{
    QSettings settings;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    settings.setValue(kLastKey, absolute);
    const QStringList recent = withFirst(settings.value(kRecentKey).toStringList(), absolute);
    settings.setValue(kRecentKey, recent);
    emit recentFilesChanged(recent);
}

} // namespace vd::gui
