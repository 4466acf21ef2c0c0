// The first worksheet of an XLSX workbook, read with minizip (zlib's zip reader, the one libxlsxwriter uses)
// and QXmlStreamReader (the XML parts): shared strings (rich text runs too),
// inline strings, numbers, booleans and real date cells (styles with a date
// number format; the 1900 date system with Excel's 1900-02-29 quirk, and the
// 1904 system). Rows without any value are left out; cells keep their column
// from their reference ("C7"), so gaps stay gaps.
#pragma once

#include "result.h"
#include "tablesource.h"

#include <QDate>
#include <QString>

namespace vd {

struct XlsxLimits
{
    // Largest uncompressed XML part we read (worksheet, shared strings, ...):
    // refuses zip bombs before they fill the memory.
    qint64 maxPartBytes = 200LL * 1024 * 1024;
    // Excel's own limit for the text of one cell.
    int maxCellChars = 32767;
    // Cells kept in memory, the empty ones a row needs up to its last cell
    // included: a sheet of a few cells at column XFD must not take gigabytes.
    qint64 maxCells = 5'000'000;
};

// Errors are Storage kind (the file, not its data): not a zip, not a
// workbook, a part too large, broken XML, no rows.
Result<SourceTable> readXlsxFile(const QString &path, const XlsxLimits &limits = {});

// Excel date serial -> date (the day part; the time of day is dropped).
// 1900 system: serial 1 = 1900-01-01, 60 = the non-existent 1900-02-29
// (returns an invalid date), 61 = 1900-03-01. 1904 system: 0 = 1904-01-01.
QDate excelSerialToDate(double serial, bool date1904);

// Whether an Excel number format (built-in id, or custom code) shows a date.
bool isDateNumberFormat(int numFmtId, const QString &formatCode);

} // namespace vd
