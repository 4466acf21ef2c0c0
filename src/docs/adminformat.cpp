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

QString placeDateLine(const QString &place, const QDate &date) { return place + QStringLiteral(", ") + longDate(date); }

QString clockTime(const QTime &time)
{
    if (!time.isValid())
        return {};
    if (time.minute() == 0)
        return QStringLiteral("%1 giờ").arg(time.hour());
    return QStringLiteral("%1 giờ %2 phút").arg(time.hour()).arg(time.minute(), 2, 10, QLatin1Char('0'));
}

QString formatAmount(qint64 amount)
{
    const bool negative = amount < 0;
    QString digits = QString::number(negative ? -amount : amount);
    for (int i = int(digits.size()) - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char('.'));
    return negative ? QLatin1Char('-') + digits : digits;
}

QString romanNumeral(int n)
{
    static const char *tens[] = { "", "X", "XX", "XXX" };
    static const char *units[] = { "", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX" };
    if (n <= 0 || n >= 40)
        return QString::number(n);
    return QLatin1String(tens[n / 10]) + QLatin1String(units[n % 10]);
}

} // namespace vd::docs
