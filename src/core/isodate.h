// Dates as the database stores them: text "yyyy-MM-dd" (ISO 8601).
#pragma once

#include <QDate>
#include <QString>

namespace vd {

// d.toString(Qt::ISODate), null for an invalid date, written directly:
// QDate::toString goes through a printf (docs/performance.md).
QString isoDateText(const QDate &d);

} // namespace vd
