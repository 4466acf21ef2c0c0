// OpenDocument spreadsheets (.ods, LibreOffice Calc): content.xml of the zip
// package, streamed like XLSX (zipreader.h) with the same per-file limits.
// Repeated rows and columns (table:number-rows-repeated / -columns-repeated)
// are expanded only up to the last value; covered cells of a merge are empty;
// date cells are QDate, numbers double, booleans bool, text with its
// line breaks, tabs and runs of spaces (text:s).
#pragma once

#include "result.h"
#include "tablesource.h"

#include <QList>
#include <QString>

namespace vd {

// Every sheet that has rows, in order, each with its name. Storage errors as
// for XLSX: not a zip, not a spreadsheet, broken XML, a DTD, an undeclared
// entity (named with its cell), a limit passed, no rows.
Result<QList<SourceTable>> readOdsSheets(const QString &path, const ReaderLimits &limits = {});

} // namespace vd
