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
    vd::fuzz::readEveryCell(vd::readXlsSheets(path, limits));
    return 0;
}
