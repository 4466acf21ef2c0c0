// Shared by the libFuzzer targets of the zip-based readers (XLSX, ODS, DOCX):
// the fuzzer's bytes become a file on disk, in one of two modes.
//
// - Input starting with "PK": the bytes are the file itself (a hostile zip
//   container: bad directories, lying sizes, bad compressed data).
// - Anything else: the XML parts of the document, separated by NUL bytes, in the
//   order the target names them. They are zipped with correct CRCs so that the
//   mutations reach the XML parsing (a mutated stored zip would only ever fail
//   its CRC check).
#pragma once

#include "tablesource.h"

#include <minizip/zip.h>

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QList>

#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <initializer_list>

namespace vd::fuzz {

// One scratch file per process and target, rewritten for every input.
inline QString scratchPath(const char *suffix)
{
    static const QString path
        = QDir::temp().filePath(QStringLiteral("vinhdanh-fuzz-%1.%2").arg(::getpid()).arg(QLatin1String(suffix)));
    return path;
}

inline bool writeRaw(const QString &path, const uint8_t *data, size_t size)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(reinterpret_cast<const char *>(data), qint64(size)) == qint64(size);
}

inline bool writeZipped(const QString &path, const uint8_t *data, size_t size,
                        std::initializer_list<const char *> partNames)
{
    const QList<QByteArray> parts
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)).split('\0');
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    if (!zip)
        return false;
    bool ok = true;
    int i = 0;
    for (const char *name : partNames) {
        if (i >= parts.size() || !ok)
            break;
        const QByteArray part = parts.at(i++); // a deep copy: fromRawData's buffer is libFuzzer's
        zip_fileinfo info = {};
        ok = zipOpenNewFileInZip64(zip, name, &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED, 1, 0) == ZIP_OK
             && zipWriteInFileInZip(zip, part.constData(), unsigned(part.size())) == ZIP_OK
             && zipCloseFileInZip(zip) == ZIP_OK;
    }
    return zipClose(zip, nullptr) == ZIP_OK && ok;
}

// Writes the input as a file in either mode (see above).
inline bool writeInput(const QString &path, const uint8_t *data, size_t size,
                       std::initializer_list<const char *> partNames)
{
    const bool raw = size >= 2 && data[0] == 'P' && data[1] == 'K';
    return raw ? writeRaw(path, data, size) : writeZipped(path, data, size, partNames);
}

// The table readers' common last step: every cell of what was read is turned
// into text, as the importer does (a reader's result is only half of the work).
template<typename Tables> void readEveryCell(const Tables &tables)
{
    if (!tables)
        return;
    for (const SourceTable &table : *tables) {
        for (const TableRow &row : table.rows) {
            for (const QVariant &cell : row.cells)
                (void)cellText(cell);
        }
    }
}

} // namespace vd::fuzz
