// Screenshots of the import wizard for docs/screenshots (hidden: run by hand,
// e.g. xvfb-run -a -s "-screen 0 1366x768x24" tests_gui "[.screenshots]").
// VINHDANH_SCREENSHOT_DIR overrides the folder.
#include "guifixture.h"
#include "guitesthelpers.h"
#include "importwizard.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QLineEdit>
#include <QScreen>
#include <QTest>

using namespace vd;
using namespace vd::test;

namespace {

QString screenshotDir()
{
    const QString dir = qEnvironmentVariable("VINHDANH_SCREENSHOT_DIR");
    return dir.isEmpty() ? QStringLiteral(VINHDANH_SOURCE_DIR "/docs/screenshots") : dir;
}

void save(QWidget *widget, const QString &name)
{
    QTest::qWait(100);
    QCoreApplication::processEvents();
    const QString path = QDir(screenshotDir()).filePath(name);
    INFO(path.toStdString());
    REQUIRE(widget->grab().save(path, "PNG"));
}

} // namespace

TEST_CASE("screenshots of the import wizard", "[.screenshots]")
{
    QDir().mkpath(screenshotDir());
    GuiFixture f;
    gui::MainWindow &window = f.open();
    window.resize(1366, 768);
    gui::ImportWizard *wizard = window.openImportWizard();
    REQUIRE(wizard != nullptr);
    child<QLineEdit>(wizard, "fileLineEdit")->setText(dataFile(QStringLiteral("import-bad.csv")));
    wizard->next();
    REQUIRE(wizard->currentId() == gui::ImportWizard::MappingPage);
    save(wizard, QStringLiteral("import-mapping.png"));
    wizard->next();
    REQUIRE(wizard->currentId() == gui::ImportWizard::ReportPage);
    save(wizard, QStringLiteral("import-errors.png"));
    wizard->reject();
}
