#include "screenshots.h"

#include "mainwindow.h"
#include "nomineeeditor.h"
#include "session.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPixmap>
#include <QTextStream>

#include <cstdio>

namespace vd::gui {

namespace {
bool save(QWidget *widget, const QString &path)
{
    QApplication::processEvents();
    const bool ok = widget->grab().save(path, "PNG");
    std::fprintf(ok ? stdout : stderr, "%s %s\n", ok ? "saved" : "could not save", qPrintable(path));
    return ok;
}
} // namespace

bool saveScreenshots(MainWindow &window, const QString &dir)
{
    QDir().mkpath(dir);
    const QDir out(dir);
    window.resize(1366, 768);
    window.move(0, 0);
    bool ok = true;
    const struct { MainWindow::Page page; const char *name; } pages[] = {
        { MainWindow::NomineesPage, "nominee-list.png" },
        { MainWindow::UnitsPage, "units.png" },
        { MainWindow::ApprovalPage, "approval.png" },
        { MainWindow::ConferencePage, "conference.png" },
    };
    for (const auto &p : pages) {
        window.showPage(p.page);
        ok = save(&window, out.filePath(QLatin1String(p.name))) && ok;
    }
    // The editor on the dossier with the most findings (something to show).
    window.showPage(MainWindow::NomineesPage);
    const Session &session = window.session();
    qint64 id = 0;
    int most = -1;
    for (const Nominee &n : session.nominees()) {
        const int findings = int(session.check(n).size());
        if (findings > most) {
            most = findings;
            id = n.id;
        }
    }
    NomineeEditor *editor = id ? window.editNominee(id) : window.newNominee();
    if (editor) {
        editor->resize(1340, 720);
        QApplication::processEvents();
        if (auto *name = editor->findChild<QLineEdit *>(QStringLiteral("fullNameLineEdit")))
            name->deselect(); // selected text hides the marks above capitals (Á) in white on white
        ok = save(editor, out.filePath(QStringLiteral("editor.png"))) && ok;
        editor->close();
    }
    return ok;
}

} // namespace vd::gui
