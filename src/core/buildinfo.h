// Version and revision of this build (for --version and the About dialog).
#pragma once

#include <QString>

namespace vd {

QString applicationVersion(); // "0.1.0"
QString buildRevision(); // `git describe` at configure time, or empty
QString versionLine(); // "0.1.0 (abc1234567)" or "0.1.0"

} // namespace vd
