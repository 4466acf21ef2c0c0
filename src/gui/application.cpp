#include "application.h"

#include "autobackup.h"
#include "database.h"
#include "dialogs.h"
#include "mainwindow.h"
#include "preferences.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QSettings>
#include <QTranslator>

namespace vd::gui {

bool parseStartOptions(const QStringList &arguments, StartOptions *options, QString *error)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--db") || a == QLatin1String("--lang")) {
            if (i + 1 >= arguments.size()) {
                *error = QApplication::translate("vd::gui", "Thiếu giá trị sau %1.").arg(a);
                return false;
            }
            (a == QLatin1String("--db") ? options->dbPath : options->language) = arguments.at(++i);
        } else if (a.startsWith(QLatin1String("-"))) {
            *error = QApplication::translate("vd::gui", "Tùy chọn không hợp lệ: %1").arg(a);
            return false;
        }
    }
    if (options->language.isEmpty())
        options->language = QStringLiteral("vi");
    if (options->language != QLatin1String("vi") && options->language != QLatin1String("en")) {
        *error = QApplication::translate("vd::gui", "Ngôn ngữ không hỗ trợ: %1").arg(options->language);
        return false;
    }
    return true;
}

void installTranslations(QApplication &app, const QString &language)
{
    static QTranslator ours;
    static QTranslator qtOwn;
    QApplication::removeTranslator(&ours);
    QApplication::removeTranslator(&qtOwn);
    if (language == QLatin1String("en")) {
        if (ours.load(QStringLiteral(":/i18n/vinhdanh_en.qm")))
            QApplication::installTranslator(&ours);
    } else if (qtOwn.load(QStringLiteral(":/i18n/qtbase_vi.qm"))) {
        QApplication::installTranslator(&qtOwn);
    }
    Q_UNUSED(app);
}

int runApplication(QApplication &app, const StartOptions &options)
{
    QString path = options.dbPath;
    if (path.isEmpty()) {
        path = Database::defaultLocation();
        QDir().mkpath(QFileInfo(path).absolutePath());
    }
    auto db = Database::open(path);
    if (!db) {
        Dialogs::instance().warning(nullptr, QApplication::translate("vd::gui", "Không mở được cơ sở dữ liệu"),
                                    db.error().message);
        return 3;
    }
    // First open of the day: a backup copy next to the database (keep the last N).
    const int keep = Preferences::load().backupKeep;
    auto backup = AutoBackup::runDaily(**db, QDate::currentDate(), keep);
    if (!backup) {
        Dialogs::instance().warning(nullptr, QApplication::translate("vd::gui", "Chưa sao lưu được"),
                                    backup.error().message);
    }
    MainWindow window(std::move(db.value()));
    window.show();
    return app.exec();
}

} // namespace vd::gui
