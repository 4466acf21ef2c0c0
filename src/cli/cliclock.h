// The clock of vinhdanh-cli: today's date, which rules take as a parameter.
// VINHDANH_TODAY=yyyy-mm-dd overrides it (tests, re-running a past check).
#pragma once

#include "result.h"

#include <QDate>

namespace vd::cli {

// Today, or the date in VINHDANH_TODAY; a malformed value is a usage error.
Result<QDate> cliToday();

} // namespace vd::cli
