// vinhdanh-cli: batch import, checks, approvals and exports, with no display.
#include "cliapp.h"
#include "platform.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

int main(int argc, char **argv)
{
    // Every file it writes (database, backups, exports) is the owner's only.
    vd::platform::restrictNewFilesToOwner();
    QCoreApplication::setOrganizationName(QStringLiteral("VinhDanh"));
    QCoreApplication::setApplicationName(QStringLiteral("VinhDanh"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VINHDANH_VERSION));

    // Documents need QtGui (fonts, PDF writer) but never a display.
    const vd::cli::Command *command = vd::cli::commandFromArgv(argc, argv);
    std::unique_ptr<QCoreApplication> app;
    if (command && command->needsGui) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    return vd::cli::run(QCoreApplication::arguments());
}
