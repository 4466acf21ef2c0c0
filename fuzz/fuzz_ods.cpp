// libFuzzer target: vd::readOdsSheets on hostile OpenDocument spreadsheets (.ods): the file itself or its content.xml
// (fuzzfiles.h).
//
// The part limit is lowered to 4 MB so a generated zip bomb is refused quickly.
#include "fuzzfiles.h"
#include "odsreader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = vd::fuzz::scratchPath("ods");
    if (!vd::fuzz::writeInput(path, data, size, { "content.xml" }))
        return 0;
    vd::ReaderLimits limits;
    limits.maxPartBytes = 4 * 1024 * 1024;
    const auto tables = vd::readOdsSheets(path, limits);
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
