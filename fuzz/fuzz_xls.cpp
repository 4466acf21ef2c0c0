// libFuzzer target: vd::readXlsSheets on hostile Excel 97-2003 workbooks (the
// BIFF compound file read through FreeXL). The input is the .xls file itself.
#include "fuzzfiles.h"
#include "xlsreader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = vd::fuzz::scratchPath("xls");
    if (!vd::fuzz::writeRaw(path, data, size))
        return 0;
    vd::ReaderLimits limits;
    limits.maxPartBytes = 4 * 1024 * 1024;
    const auto tables = vd::readXlsSheets(path, limits);
    if (tables) {
        for (const vd::SourceTable &table : *tables) {
            for (const vd::TableRow &row : table.rows) {
                for (const QVariant &cell : row.cells)
                    (void)vd::cellText(cell);
            }
        }
    }
    return 0;
}
