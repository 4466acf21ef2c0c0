// A minimal zip reader and writer on zlib, enough for ODF packages: stored
// and deflated entries, no zip64, no encryption. Deliberately not QuaZip:
// QuaZip exports minizip's zip* symbols, which libxlsxwriter (linked against
// the system minizip) would then call with the wrong I/O layer.
#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace vd::docs {

struct ZipEntry
{
    QString name;
    QByteArray data;
    bool compress = true; // false: stored (ODF's "mimetype" must be)
};

// Every entry of a zip archive in order; a Storage error if it is not one.
Result<QList<ZipEntry>> readZip(const QByteArray &archive);
// The archive bytes, entries in the given order.
Result<QByteArray> writeZip(const QList<ZipEntry> &entries);

} // namespace vd::docs
