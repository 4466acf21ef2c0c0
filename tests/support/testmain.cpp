// Catch2 main for every test executable: creates the Qt application the suite
// needs. The offscreen platform is forced when unset, before the application
// exists, so that test discovery and CI (no display) both work.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "backends.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>
#include <QTemporaryDir>

#if defined(VINHDANH_TEST_APP_WIDGETS)
#include <QApplication>
using TestApplication = QApplication;
#elif defined(VINHDANH_TEST_APP_GUI)
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#else
using TestApplication = QCoreApplication;
#endif

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QCoreApplication::setOrganizationName(QStringLiteral("VinhDanhTests"));
    QCoreApplication::setApplicationName(QStringLiteral("VinhDanhTests"));
    TestApplication app(argc, argv);
    // Each test process keeps its settings (language, recent files, window
    // sizes) in a folder of its own: ctest runs test cases of one executable
    // side by side, and one case's saved preference must not change another's.
    QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    const int failed = Catch::Session().run(argc, argv);
    // A PostgreSQL variant skipped for want of a server (backends.h): "Skipped"
    // in ctest, not "Passed".
    if (failed == 0 && vd::test::skippedBackendVariants() > 0)
        return 77;
    return failed;
}
