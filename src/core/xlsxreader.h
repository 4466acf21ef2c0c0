// The worksheets of an XLSX workbook, read with minizip (zlib's zip reader, the one libxlsxwriter uses)
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

using XlsxLimits = ReaderLimits;

// Errors are Storage kind (the file, not its data): not a zip, not a
// workbook, a part too large, broken XML, a DTD or an undeclared entity (named
// with its cell), a limit passed, no rows.
// The first worksheet that has rows.
Result<SourceTable> readXlsxFile(const QString &path, const XlsxLimits &limits = {});
// Every worksheet that has rows, in the workbook's order, each with its name
// (SourceTable::sheet); the limits hold for all of them together.
Result<QList<SourceTable>> readXlsxSheets(const QString &path, const XlsxLimits &limits = {});

// Excel date serial -> date (the day part; the time of day is dropped).
// 1900 system: serial 1 = 1900-01-01, 60 = the non-existent 1900-02-29
// (returns an invalid date), 61 = 1900-03-01. 1904 system: 0 = 1904-01-01.
QDate excelSerialToDate(double serial, bool date1904);

// Whether an Excel number format (built-in id, or custom code) shows a date.
bool isDateNumberFormat(int numFmtId, const QString &formatCode);

} // namespace vd
