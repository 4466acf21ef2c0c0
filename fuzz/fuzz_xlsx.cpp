// libFuzzer target: vd::readXlsxFile on hostile workbooks. The input is the
// .xlsx itself or its parts xl/workbook.xml, xl/_rels/workbook.xml.rels,
// xl/worksheets/sheet1.xml, xl/sharedStrings.xml, xl/styles.xml separated by
// NUL bytes (fuzzfiles.h).
//
// The part limit is lowered to 4 MB so a generated zip bomb is refused quickly.
#include "fuzzfiles.h"
#include "xlsxreader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = vd::fuzz::scratchPath("xlsx");
    if (!vd::fuzz::writeInput(path, data, size,
                              { "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml",
                                "xl/sharedStrings.xml", "xl/styles.xml" }))
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
