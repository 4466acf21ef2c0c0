// libFuzzer target: vd::readCsv on arbitrary bytes. It must return a table or
// an error, never crash, hang, leak or trip a sanitizer.
#include "csvreader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto table = vd::readCsv(bytes);
    if (table) {
        for (const vd::TableRow &row : table->rows) {
            for (const QVariant &cell : row.cells)
                (void)vd::cellText(cell);
        }
    }
    return 0;
}
