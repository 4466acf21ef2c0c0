// Start-up of the desktop program: options, translations, the database, the window.
#pragma once

#include <QString>
#include <QStringList>

#include <memory>

class QApplication;

namespace vd {
class Database;
}

namespace vd::gui {

struct StartOptions
{
    QString dbPath; // --db, or Database::defaultLocation()
    QString language; // --lang vi|en (default: the saved setting, else vi)
    // Developer switches: save screenshots of the main pages into this folder
    // and quit; print how long loading took and quit.
    QString screenshotDir; // --screenshot DIR
    bool quitAfterLoad = false; // --quit-after-load
};

// Parses the program's arguments; false (with *error set) on a usage error.
bool parseStartOptions(const QStringList &arguments, StartOptions *options, QString *error);
// Installs the translators for "vi" or "en" (our strings and Qt's own).
void installTranslations(QApplication &app, const QString &language);
// Opens the database at start-up. When it cannot be opened (damaged, not a
// VinhDanh file, newer version), says why and offers to open another file,
// to put a backup in its place (the damaged file is kept), or to quit
// (returns null). Every question goes through Dialogs.
std::unique_ptr<Database> openAtStart(const QString &path);

// Runs the program: returns the exit code.
int runApplication(QApplication &app, const StartOptions &options);

} // namespace vd::gui
