#include "retranslate.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QTranslator>

namespace vd::gui {

namespace {
QString g_language = QStringLiteral("vi");
}

QString currentLanguage() { return g_language; }

void setLanguage(const QString &language)
{
    static QTranslator ours;
    static QTranslator qtOwn;
    QCoreApplication::removeTranslator(&ours);
    QCoreApplication::removeTranslator(&qtOwn);
    g_language = language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("vi");
    if (g_language == QLatin1String("en")) {
        if (ours.load(QStringLiteral(":/i18n/vinhdanh_en.qm")))
            QCoreApplication::installTranslator(&ours);
    } else if (qtOwn.load(QStringLiteral(":/i18n/qtbase_vi.qm"))) {
        QCoreApplication::installTranslator(&qtOwn);
    }
}

void announceLanguageChange(QAbstractItemModel *model)
{
    if (!model)
        return;
    const int columns = model->columnCount();
    const int rows = model->rowCount();
    if (columns > 0)
        emit model->headerDataChanged(Qt::Horizontal, 0, columns - 1);
    if (rows > 0)
        emit model->headerDataChanged(Qt::Vertical, 0, rows - 1);
    if (rows > 0 && columns > 0)
        emit model->dataChanged(model->index(0, 0), model->index(rows - 1, columns - 1),
                                { Qt::DisplayRole, Qt::ToolTipRole });
}

} // namespace vd::gui
