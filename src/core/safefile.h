// Writing the files the program produces (exports, documents, templates): all
// or nothing, private to the user, and never over a database this process has
// open. The one place every such file goes through.
#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace vd {

// Writes `bytes` to `path` atomically (QSaveFile: a failure leaves no
// half-written file and an existing file untouched). The file is owner-only
// (0600) from the moment it exists, also when it replaces an existing file
// (personal data: names, birth dates, CCCD). Refused with a Storage error
// naming the file when `path` is a database this process has open, or one of
// its -wal/-shm files (openfiles.h).
Status writeFileAtomically(const QString &path, const QByteArray &bytes);

} // namespace vd
