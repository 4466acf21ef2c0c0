#include "screenshots.h"

#include "helpdialogs.h"
#include "mainwindow.h"
#include "nomineeeditor.h"
#include "outputsview.h"
#include "retranslate.h"
#include "session.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPixmap>
#include <QTabWidget>
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
    if (currentLanguage() == QLatin1String("en")) {
        // --lang en: only the main window, for the guide and the README.
        window.showPage(MainWindow::NomineesPage);
        return save(&window, out.filePath(QStringLiteral("main-window-en.png")));
    }
    window.showPage(MainWindow::NomineesPage);
    ok = save(&window, out.filePath(QStringLiteral("main-window.png"))) && ok;
    const struct
    {
        MainWindow::Page page;
        const char *name;
    } pages[] = {
        { MainWindow::NomineesPage, "nominee-list.png" }, { MainWindow::UnitsPage, "units.png" },
        { MainWindow::ApprovalPage, "approval.png" },     { MainWindow::ConferencePage, "conference.png" },
        { MainWindow::OutputsPage, "outputs.png" },
    };
    for (const auto &p : pages) {
        window.showPage(p.page);
        ok = save(&window, out.filePath(QLatin1String(p.name))) && ok;
    }
    // Hội nghị ▸ Tổng hợp: the movement report's figures by bloc, with the chart.
    window.showPage(MainWindow::ConferencePage);
    if (auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("conferenceTabWidget"))) {
        QWidget *previous = tabs->currentWidget();
        if (auto *stats = window.findChild<QWidget *>(QStringLiteral("statsView"))) {
            tabs->setCurrentWidget(stats);
            ok = save(&window, out.filePath(QStringLiteral("statistics.png"))) && ok;
        }
        tabs->setCurrentWidget(previous);
    }
    // The certificates' preview draws the pages.
    window.outputsView()->setCurrentKind(docs::OutputKind::Certificates);
    ok = save(&window, out.filePath(QStringLiteral("outputs-certificates.png"))) && ok;
    window.outputsView()->setCurrentKind(docs::OutputKind::ApprovedList);
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
    // Help ▸ Hướng dẫn sử dụng (F1), at the install section with its picture.
    UserGuideDialog *guide = showUserGuide(&window);
    guide->resize(1000, 720);
    ok = save(guide, out.filePath(QStringLiteral("user-guide.png"))) && ok;
    guide->close();
    return ok;
}

} // namespace vd::gui
