// libFuzzer target: vd::readXlsxFile on hostile workbooks, in two modes.
//
// - Input starting with "PK": the bytes are the .xlsx file itself (a hostile
//   zip container: bad directories, lying sizes, bad compressed data).
// - Anything else: the XML parts of a workbook, separated by NUL bytes, in the
//   order xl/workbook.xml, xl/_rels/workbook.xml.rels, xl/worksheets/sheet1.xml,
//   xl/sharedStrings.xml, xl/styles.xml. They are zipped with correct CRCs so
//   the mutations reach the XML parsing (a mutated stored zip would only ever
//   fail its CRC check).
//
// The part limit is lowered to 4 MB so a generated zip bomb is refused quickly.
#include "xlsxreader.h"

#include <minizip/zip.h>

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QList>

#include <unistd.h>

#include <cstddef>
#include <cstdint>

namespace {

const char *const kPartNames[] = {
    "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml",
    "xl/sharedStrings.xml", "xl/styles.xml",
};

QString scratchPath()
{
    static const QString path = QDir::temp().filePath(
        QStringLiteral("vinhdanh-fuzz-xlsx-%1.xlsx").arg(::getpid()));
    return path;
}

bool writeRaw(const QString &path, const uint8_t *data, size_t size)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(reinterpret_cast<const char *>(data), qint64(size)) == qint64(size);
}

bool writeZipped(const QString &path, const uint8_t *data, size_t size)
{
    const QList<QByteArray> parts =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)).split('\0');
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    if (!zip)
        return false;
    bool ok = true;
    for (int i = 0; i < parts.size() && i < int(std::size(kPartNames)) && ok; ++i) {
        const QByteArray part = parts.at(i);   // a deep copy: fromRawData's buffer is libFuzzer's
        zip_fileinfo info = {};
        ok = zipOpenNewFileInZip64(zip, kPartNames[i], &info, nullptr, 0, nullptr, 0, nullptr,
                                   Z_DEFLATED, 1, 0) == ZIP_OK
            && zipWriteInFileInZip(zip, part.constData(), unsigned(part.size())) == ZIP_OK
            && zipCloseFileInZip(zip) == ZIP_OK;
    }
    return zipClose(zip, nullptr) == ZIP_OK && ok;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = scratchPath();
    const bool raw = size >= 2 && data[0] == 'P' && data[1] == 'K';
    if (!(raw ? writeRaw(path, data, size) : writeZipped(path, data, size)))
        return 0;
    vd::XlsxLimits limits;
    limits.maxPartBytes = 4 * 1024 * 1024;
    const auto table = vd::readXlsxFile(path, limits);
    if (table) {
        for (const vd::TableRow &row : table->rows) {
            for (const QVariant &cell : row.cells)
                (void)vd::cellText(cell);
        }
    }
    return 0;
}
