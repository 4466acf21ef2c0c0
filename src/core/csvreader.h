// CSV files as units and Excel save them (docs/import-format.md): UTF-8 with or without
// BOM, UTF-16 LE/BE with BOM (Excel's "Unicode text"), the separator (',' ';'
// or tab) detected from the header row, RFC 4180 quoting (separators, line
// breaks and doubled quotes inside quotes), LF, CRLF or CR line ends.
#pragma once

#include "result.h"
#include "tablesource.h"

#include <QByteArray>
#include <QString>

namespace vd {

// Hostile or broken files are refused before they fill the memory.
struct CsvLimits
{
    // Largest file read (a district's list is well under 10 MB).
    qint64 maxBytes = 100LL * 1024 * 1024;
    // Excel's own limit for the text of one cell.
    int maxCellChars = 32767;
    // Cells kept in memory, empty ones between separators included
    // (100 000 rows of the 23-column list are 2.3 million).
    qint64 maxCells = 5'000'000;
};

// Every cell is a QString. Row numbers count records (a line break inside
// quotes stays in its record); records whose cells are all empty are left out.
// Errors (Storage kind: the file, not its data): undecodable text, a NUL byte
// (a binary file), an unterminated quote, no rows, a limit passed.
// Takes the bytes by value: pass a temporary (or std::move) and they are
// freed as soon as they are decoded, before the table is built.
// A text of at least `splitFrom` bytes (0: none) is read in two parts on two
// threads at once, with the same outcome: rows, row numbers and errors
// (docs/performance-import.md, round 5).
constexpr qsizetype kCsvSplitBytes = 1024 * 1024;
Result<SourceTable> readCsv(QByteArray bytes, const CsvLimits &limits = {}, qsizetype splitFrom = kCsvSplitBytes);
Result<SourceTable> readCsvFile(const QString &path, const CsvLimits &limits = {});

// The error for a file larger than limits.maxBytes (also used before reading it).
Error csvTooLargeError(qint64 size, const CsvLimits &limits = {});

// The separator the header row uses: the most frequent of ';' ',' and tab
// outside quotes (',' when none occurs).
QChar detectCsvSeparator(const QString &text);

} // namespace vd
