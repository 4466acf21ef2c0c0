// Reading the parts of a zip package (XLSX, ODS, DOCX) with minizip, one part
// at a time, as a stream: a part is never held in memory whole, so the XML
// readers stay within bounded memory whatever the file (docs/import-format.md,
// "Giới hạn / Limits").
#pragma once

#include "result.h"

#include <QIODevice>
#include <QString>
#include <QStringList>

#include <memory>

namespace vd {

class ZipReader
{
public:
    // `format` names the file in messages ("XLSX", "ODS", "DOCX").
    ZipReader(const QString &path, const QString &format);
    ~ZipReader();
    ZipReader(const ZipReader &) = delete;
    ZipReader &operator=(const ZipReader &) = delete;

    bool isOpen() const { return m_zip != nullptr; }
    // Compared case-insensitively, as Excel does.
    bool contains(const QString &name);
    // The part as a sequential device. Reading past `maxBytes` uncompressed
    // bytes, or a run of more than `maxRun` bytes without a '<' (a text or tag
    // no cell can need: huge cells are refused before they are buffered),
    // fails the read; partError() then says why. Only one part is open at a time.
    Result<std::unique_ptr<QIODevice>> open(const QString &name, qint64 maxBytes, qint64 maxRun);
    // A small part read whole (at most maxBytes).
    Result<QByteArray> read(const QString &name, qint64 maxBytes);
    // The reason the last opened part's device failed; empty when it did not.
    QString partError() const;

private:
    friend class ZipPartDevice;
    QString m_format;
    void *m_zip = nullptr;
    QString m_partError;
};

} // namespace vd
