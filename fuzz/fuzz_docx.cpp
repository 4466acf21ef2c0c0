// libFuzzer target: vd::readDocxTables on hostile Word tables (.docx): the file itself or its word/document.xml
// (fuzzfiles.h).
//
// The part limit is lowered to 4 MB so a generated zip bomb is refused quickly.
#include "docxreader.h"
#include "fuzzfiles.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = vd::fuzz::scratchPath("docx");
    if (!vd::fuzz::writeInput(path, data, size, { "word/document.xml" }))
        return 0;
    vd::ReaderLimits limits;
    limits.maxPartBytes = 4 * 1024 * 1024;
    const auto tables = vd::readDocxTables(path, limits);
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
