// Start-up of the desktop program: options, translations, the database, the window.
#pragma once

#include <QString>
#include <QStringList>

class QApplication;

namespace vd::gui {

struct StartOptions
{
    QString dbPath;        // --db, or Database::defaultLocation()
    QString language;      // --lang vi|en (default: the saved setting, else vi)
    // Developer switches: save screenshots of the main pages into this folder
    // and quit; print how long loading took and quit.
    QString screenshotDir; // --screenshot DIR
    bool quitAfterLoad = false; // --quit-after-load
};

// Parses the program's arguments; false (with *error set) on a usage error.
bool parseStartOptions(const QStringList &arguments, StartOptions *options, QString *error);
// Installs the translators for "vi" or "en" (our strings and Qt's own).
void installTranslations(QApplication &app, const QString &language);
// Runs the program: returns the exit code.
int runApplication(QApplication &app, const StartOptions &options);

} // namespace vd::gui
