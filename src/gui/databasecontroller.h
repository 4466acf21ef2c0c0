// Which database the window works on: Tệp ▸ Tạo mới, Mở, Mở gần đây, Kết nối
// máy chủ, Sao lưu and Khôi phục (docs/gui.md, "Language, help, server"). It asks through
// Dialogs, so tests answer it, and tells the window through signals; it holds
// no widget of its own. The window keeps the menus and the editor.
#pragma once

#include "database.h"

#include <QObject>
#include <QStringList>

#include <memory>

class QWidget;

namespace vd::gui {

class Session;

class DatabaseController : public QObject
{
    Q_OBJECT

public:
    // How many files File ▸ Mở gần đây lists.
    static constexpr int maxRecent = 8;

    // `dialogParent` owns the controller and parents its questions.
    DatabaseController(Session &session, QWidget *dialogParent);

    // Opens a SQLite file, checked whole as at start-up; `create` makes a new one.
    bool openFile(const QString &path, bool create = false);
    // Opens a PostgreSQL database; the password stays in memory only.
    bool openServer(const QString &url, const QString &password);

    // The File menu's actions: each asks first (a file, a confirmation).
    void askOpen();
    void askNew();
    void askConnectServer();
    void askBackup();
    void askRestore();

    // The file dialogs of Mở and Khôi phục, also used at start-up (application.cpp):
    // a database file near `folder`; a backup of `databasePath`, from its
    // automatic backups' folder when there is one. Empty when cancelled.
    static QString askDatabaseFile(QWidget *parent, const QString &folder);
    static QString askBackupFile(QWidget *parent, const QString &caption, const QString &databasePath);

    // Puts `path` first in the recent list (and as the file to open next time).
    void remember(const QString &path);
    // The file opened last (start-up opens it again when no --db is given).
    static QString lastFile();
    // The recent files, newest first, as saved in the settings.
    static QStringList recentFiles();
    // `recent` with `path` first, once, and at most maxRecent entries.
    static QStringList withFirst(QStringList recent, const QString &path);

signals:
    // The editor must close: the data under it is about to be replaced.
    void replacingData();
    // Another database is now open (the window title follows).
    void databaseChanged();
    void recentFilesChanged(const QStringList &paths);
    void statusMessage(const QString &text, int timeoutMs);

private:
    bool switchTo(Result<std::unique_ptr<Database>> opened, const QString &location);
    QString folder() const;

    Session &m_session;
    QWidget *m_dialogParent;
};

} // namespace vd::gui
