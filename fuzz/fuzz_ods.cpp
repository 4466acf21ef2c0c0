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
    vd::fuzz::readEveryCell(vd::readOdsSheets(path, limits));
    return 0;
}
