#include "cliclock.h"

#include <QCoreApplication>

namespace vd::cli {

Result<QDate> cliToday()
{
    const QString value = qEnvironmentVariable("VINHDANH_TODAY").trimmed();
    if (value.isEmpty())
        return QDate::currentDate();
    const QDate date = QDate::fromString(value, QStringLiteral("yyyy-MM-dd"));
    if (!date.isValid()) {
        return Error::usage(QCoreApplication::translate(
                                "vd::cli", "VINHDANH_TODAY không phải ngày dạng yyyy-mm-dd: %1")
                                .arg(value));
    }
    return date;
}

} // namespace vd::cli
