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
    vd::fuzz::readEveryCell(vd::readDocxTables(path, limits));
    return 0;
}
