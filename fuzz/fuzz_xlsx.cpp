// libFuzzer target: vd::readXlsxFile on hostile workbooks. The input is the
// .xlsx itself or its parts xl/workbook.xml, xl/_rels/workbook.xml.rels,
// xl/worksheets/sheet1.xml, xl/sharedStrings.xml, xl/styles.xml separated by
// NUL bytes (fuzzfiles.h).
//
// The part limit is lowered to 4 MB so a generated zip bomb is refused quickly.
//
// Each input is read twice: by the fast reader (XmlScanner, the one imports
// use) and by the general one alone (QXmlStreamReader); any difference in the
// table or the error aborts, so the fuzzer also looks for inputs on which the
// two disagree (src/core/xlsxreader_p.h).
#include "fuzzfiles.h"
#include "xlsxreader.h"
#include "xlsxreader_p.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

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
    const auto general = vd::xlsx::readWorkbook(path, limits, true, vd::xlsx::PartReader::General);
    auto differ = [&](const char *what) {
        std::fprintf(stderr, "fuzz_xlsx: the fast and the general reader differ: %s\n", what);
        std::abort();
    };
    if (table.ok() != general.ok())
        differ(table.ok() ? "only the fast one read it" : "only the general one read it");
    if (!table.ok()) {
        if (table.error().message != general.error().message)
            differ(qPrintable(table.error().message + QStringLiteral(" / ") + general.error().message));
        return 0;
    }
    const vd::SourceTable &other = general->first();
    if (table->rows.size() != other.rows.size() || table->sheet != other.sheet)
        differ("rows");
    for (qsizetype r = 0; r < table->rows.size(); ++r) {
        const vd::TableRow &a = table->rows.at(r);
        const vd::TableRow &b = other.rows.at(r);
        if (a.rowNumber != b.rowNumber || a.cells.size() != b.cells.size())
            differ("row numbers or widths");
        for (qsizetype c = 0; c < a.cells.size(); ++c) {
            const QVariant &x = a.cells.at(c);
            const QVariant &y = b.cells.at(c);
            const bool same
                = x.typeId() == y.typeId()
                  && (x.typeId() == QMetaType::Double ? std::memcmp(x.constData(), y.constData(), sizeof(double)) == 0
                                                      : x == y);
            if (!same)
                differ("cells");
        }
    }
    return 0;
}
