// vinhdanh: the desktop application.
#include "application.h"
#include "platform.h"

#include <QApplication>
#include <QIcon>

#include <cstdio>

int main(int argc, char **argv)
{
    // Every file it writes (database, backups, exports) is the owner's only.
    vd::platform::restrictNewFilesToOwner();
    QApplication::setOrganizationName(QStringLiteral("VinhDanh"));
    QApplication::setApplicationName(QStringLiteral("VinhDanh"));
    QApplication::setApplicationVersion(QStringLiteral(VINHDANH_VERSION));
    QApplication app(argc, argv);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/vinhdanh.svg")));

    vd::gui::StartOptions options;
    QString error;
    if (!vd::gui::parseStartOptions(QApplication::arguments(), &options, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    vd::gui::installTranslations(app, options.language);
    return vd::gui::runApplication(app, options);
}
