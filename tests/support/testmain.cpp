// Catch2 main for every test executable: creates the Qt application the suite
// needs. The offscreen platform is forced when unset, before the application
// exists, so that test discovery and CI (no display) both work.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QLocale>

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
    return Catch::Session().run(argc, argv);
}
