#include "adminformat.h"

namespace vd::docs {

QString longDate(const QDate &date)
{
    if (!date.isValid())
        return QStringLiteral("ngày … tháng … năm …");
    const QString day = QStringLiteral("%1").arg(date.day(), 2, 10, QLatin1Char('0'));
    const QString month = date.month() <= 2 ? QStringLiteral("%1").arg(date.month(), 2, 10, QLatin1Char('0'))
                                            : QString::number(date.month());
    return QStringLiteral("ngày %1 tháng %2 năm %3").arg(day, month).arg(date.year());
}

QString placeDateLine(const QString &place, const QDate &date)
{
    return place + QStringLiteral(", ") + longDate(date);
}

} // namespace vd::docs
