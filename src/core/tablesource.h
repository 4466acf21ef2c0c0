// A spreadsheet read into memory, independent of its file format (CSV, XLSX):
// the rows that have at least one cell, each with the row number a spreadsheet
// shows (the header is row 1). Cells are QVariant: QString, double, bool or
// QDate (a real date cell of a workbook); an empty cell is an invalid QVariant.
#pragma once

#include <QList>
#include <QString>
#include <QVariant>

namespace vd {

struct TableRow
{
    int rowNumber = 0; // 1-based, as a spreadsheet shows it
    QVariantList cells; // by column, 0-based; gaps are invalid QVariants

    QVariant cell(int column) const { return column >= 0 && column < cells.size() ? cells.at(column) : QVariant(); }
};

struct SourceTable
{
    QString format; // "CSV", "XLSX", "XLS", "ODS" or "DOCX", for messages
    QString sheet; // the sheet (or "Bảng 2" of a document) in a file of several; empty for CSV
    QList<TableRow> rows; // the first one is the header row

    bool isEmpty() const { return rows.isEmpty(); }
};

// What a reader keeps in memory at most, per file (every sheet together), so
// that any input file is read within bounded memory (docs/import-format.md,
// "Giới hạn"). The defaults fit 100 000 rows of the full template; a real
// unit's list is a few thousand rows. `vinhdanh-cli import --max-rows/--max-cells`
// change them.
struct ReaderLimits
{
    // Largest uncompressed XML part read (worksheet, shared strings, ...):
    // parts are streamed, so this bounds the time, not the memory.
    qint64 maxPartBytes = 400LL * 1024 * 1024;
    // Excel's own limit for the text of one cell.
    int maxCellChars = 32767;
    // Rows that have a value, every sheet together.
    int maxRows = 150'000;
    // Cells kept, the empty ones a row needs up to its last cell included:
    // a sheet of a few cells at column XFD must not take gigabytes.
    qint64 maxCells = 2'500'000;
    // Entries of an XLSX shared-string table.
    qint64 maxSharedStrings = 1'000'000;
    // Characters of text kept, all cells and shared strings together.
    qint64 maxTextChars = 64'000'000;
};

// Text of a cell as a user would read it: numbers without a trailing ".0"
// (whole numbers up to 15 digits print as integers), booleans as TRUE/FALSE,
// dates as dd/MM/yyyy.
QString cellText(const QVariant &cell);

// The letters a spreadsheet shows for a 0-based column: 0 -> "A", 27 -> "AB".
QString spreadsheetColumnName(int column);

} // namespace vd
