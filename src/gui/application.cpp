#include "application.h"

#include "autobackup.h"
#include "database.h"
#include "databasecontroller.h"
#include "dialogs.h"
#include "mainwindow.h"
#include "preferences.h"
#include "restore.h"
#include "retranslate.h"

#include "nomineelistview.h"
#include "screenshots.h"
#include "session.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QIcon>

#include <cstdio>

namespace vd::gui {

namespace {

// This file's translations, lupdate context "vd::gui".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vd::gui)
};

} // namespace

bool parseStartOptions(const QStringList &arguments, StartOptions *options, QString *error)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--db") || a == QLatin1String("--lang") || a == QLatin1String("--screenshot")) {
            if (i + 1 >= arguments.size()) {
                *error = Tr::tr("Thiếu giá trị sau %1.").arg(a);
                return false;
            }
            (a == QLatin1String("--db")     ? options->dbPath
             : a == QLatin1String("--lang") ? options->language
                                            : options->screenshotDir)
                = arguments.at(++i);
        } else if (a == QLatin1String("--quit-after-load")) {
            options->quitAfterLoad = true;
        } else if (a.startsWith(QLatin1String("-"))) {
            *error = Tr::tr("Tùy chọn không hợp lệ: %1").arg(a);
            return false;
        }
    }
    if (options->language.isEmpty())
        options->language = Preferences::load().language; // the saved preference (QSettings)
    if (options->language != QLatin1String("vi") && options->language != QLatin1String("en")) {
        *error = Tr::tr("Ngôn ngữ không hỗ trợ: %1").arg(options->language);
        return false;
    }
    return true;
}

void installTranslations(QApplication &app, const QString &language)
{
    Q_UNUSED(app);
    setLanguage(language);
}

std::unique_ptr<Database> openAtStart(const QString &path)
{
    QString current = path;
    for (;;) {
        // At start-up the whole file is checked (PRAGMA quick_check): a damaged
        // page anywhere ends here, where a backup can take the file's place.
        OpenOptions options;
        options.checkIntegrity = true;
        auto db = Database::open(current, options);
        if (db)
            return std::move(db.value());
        const QString title = Tr::tr("Không mở được cơ sở dữ liệu");
        const QStringList actions = {
            Tr::tr("Mở tệp cơ sở dữ liệu khác…"),
            Tr::tr("Khôi phục từ bản sao lưu (tệp hỏng được giữ lại)…"),
            Tr::tr("Thoát"),
        };
        const int choice = Dialogs::instance().chooseItem(
            nullptr, title, db.error().message + QStringLiteral("\n\n") + Tr::tr("Bạn muốn làm gì?"), actions, 0);
        if (choice == 0) {
            const QString other = DatabaseController::askDatabaseFile(nullptr, QFileInfo(current).absolutePath());
            if (!other.isEmpty())
                current = other;
            continue;
        }
        if (choice == 1) {
            const QString backup = DatabaseController::askBackupFile(nullptr, Tr::tr("Chọn bản sao lưu"), current);
            if (backup.isEmpty())
                continue;
            auto replaced = replaceWithBackup(current, backup);
            if (!replaced) {
                Dialogs::instance().warning(nullptr, title, replaced.error().message);
            } else {
                Dialogs::instance().information(
                    nullptr, Tr::tr("Đã khôi phục"),
                    Tr::tr("Đã thay bằng bản sao lưu %1. Tệp cũ được giữ ở %2.")
                        .arg(QDir::toNativeSeparators(backup), QDir::toNativeSeparators(replaced->safetyCopy)));
            }
            continue;
        }
        return nullptr;
    }
}

int runApplication(QApplication &app, const StartOptions &options)
{
    QString path = options.dbPath;
    if (path.isEmpty())
        path = DatabaseController::lastFile();
    if (!path.isEmpty() && options.dbPath.isEmpty() && !QFileInfo::exists(path))
        path.clear(); // the remembered file is gone: start on the default one
    if (path.isEmpty()) {
        path = Database::defaultLocation();
        QDir().mkpath(QFileInfo(path).absolutePath());
    }
    std::unique_ptr<Database> db = openAtStart(path);
    if (!db)
        return 3;
    QElapsedTimer timer;
    timer.start();
    // First open of the day: a backup copy next to the database (keep the last N).
    const int keep = Preferences::load().backupKeep;
    auto backup = AutoBackup::runDaily(*db, QDate::currentDate(), keep);
    if (!backup) {
        Dialogs::instance().warning(nullptr, Tr::tr("Chưa sao lưu được"), backup.error().message);
    }
    MainWindow window(std::move(db));
    // When the list first shows the campaign's rows (before their verdicts, for a large one).
    qint64 listReadyMs = -1;
    const auto listReady = [&] {
        if (listReadyMs < 0)
            listReadyMs = timer.elapsed();
    };
    QObject::connect(&window.session(), &Session::rowsLoaded, &window, listReady);
    QObject::connect(&window.session(), &Session::reloaded, &window, listReady);
    // Other PCs' and programs' changes show up without pressing F5.
    window.session().setLiveRefresh(true);
    window.show();
    while (window.session().isLoading())
        QApplication::processEvents(QEventLoop::WaitForMoreEvents);
    if (options.quitAfterLoad) {
        QApplication::processEvents();
        std::printf("%s\n",
                    qPrintable(QStringLiteral("nominees=%1 window_ready_ms=%2 snapshot_load_ms=%3 model_load_ms=%4 "
                                              "list_ready_ms=%5")
                                   .arg(window.session().nominees().size())
                                   .arg(timer.elapsed())
                                   .arg(window.session().lastLoadMs())
                                   .arg(window.nomineeList()->lastModelLoadMs())
                                   .arg(listReadyMs < 0 ? timer.elapsed() : listReadyMs)));
        return 0;
    }
    if (!options.screenshotDir.isEmpty())
        return saveScreenshots(window, options.screenshotDir) ? 0 : 1;
    return app.exec();
}

} // namespace vd::gui
