// Import of a "danh sách trích ngang" (docs/import-format.md): reading the file (CSV or
// XLSX, recognised by content), matching the header row, reading and checking
// every cell. Nothing is written here: see ImportWriter.
//
// For the GUI wizard: readImportTable() (file errors), validateImport()
// (preview: records and problems), then writeImport() in importwriter.h.
#pragma once

#include "domain.h"
#include "importmapping.h"
#include "result.h"
#include "tablesource.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <functional>
#include <optional>

namespace vd {

enum class ImportSeverity { Warning, Error };

struct ImportProblem
{
    QString sheet; // the sheet (or table) in a file of several; empty otherwise
    int row = 0; // spreadsheet row (header = 1)
    QString column; // the header text as in the file (or the missing column's name)
    int columnIndex = -1; // 0-based, -1 when not one column
    ImportSeverity severity = ImportSeverity::Error;
    QString message;
};

struct ImportRecord
{
    QString sheet;
    int row = 0;
    Nominee nominee; // unitName and blocId set; unitId resolved on write
    bool valid = true; // no error in this row
};

// What was taken from one sheet (or table): shown by the wizard and
// `import --dry-run` before anything is written.
struct ImportSheetInfo
{
    QString sheet; // empty for CSV
    bool recognised = false; // false: no header of the template, sheet skipped
    int headerRow = 0; // spreadsheet row of the header (its first row when two deep)
    int headerRows = 0; // 1 or 2
    int titleRows = 0; // rows above the header left out
    int firstRow = 0; // first and last data row read
    int lastRow = 0;
    int dataRows = 0;
    int footerRows = 0; // signature block after the data, left out
    int footerFirstRow = 0;
};

// "tiêu đề dòng 4, dữ liệu dòng 5–16 (12 dòng), bỏ qua 5 dòng ký tên ở cuối
// bảng (từ dòng 18)." — or why the sheet was skipped. Translated.
QString importSheetSummary(const ImportSheetInfo &info);

// A "Chức vụ, đơn vị công tác" cell as it was split (ImportOptions::splitPositionUnit):
// listed by the wizard and `import --dry-run` before anything is written.
struct ImportSplit
{
    QString sheet;
    int row = 0;
    QString column; // the column's header as in the file
    QString cell; // the cell as in the file
    QString position; // what was read into each field
    QString unit;
};

// Choices the user makes about the file as a whole.
struct ImportOptions
{
    // A column holding "Chức vụ, đơn vị công tác" in one cell is split:
    // position before the first comma (or " - "), unit after it. Without it such
    // a column refuses the file (ImportResult::positionUnitUnsplit): never split silently.
    bool splitPositionUnit = false;
};

struct ImportResult
{
    QString format; // "CSV" / "XLSX"
    QList<ImportSheetInfo> sheets; // in file order, skipped ones included
    QMap<ImportField, int> columns; // field -> 0-based column of the file
    QList<ImportRecord> records; // every data row, in file order
    QList<ImportProblem> problems; // in row order, then column order
    bool headerComplete = true; // false: a required column is missing
    QMap<int, Gender> birthColumns; // "Năm sinh" over "Nam"/"Nữ": column -> the gender it gives
    int positionUnitColumn = -1; // "Chức vụ, đơn vị công tác" in one column (the last sheet's), -1: none
    QString positionUnitHeader; // its header as in the file
    // Such a column gives a required field but ImportOptions::splitPositionUnit
    // was not chosen: nothing can be written (headerComplete is false too).
    bool positionUnitUnsplit = false;
    QList<ImportSplit> splits; // every cell split, in file order
    // Records an ImportRecordFeed took instead of leaving them in `records`
    // (validateImportTables() with a feed); counted by validCount() and
    // invalidCount() all the same.
    int takenValid = 0;
    int takenInvalid = 0;

    int validCount() const;
    int invalidCount() const;
    int errorCount() const;
    int warningCount() const;
    // Nothing can be written as a whole (any error) / at all (header incomplete).
    bool hasErrors() const { return errorCount() > 0; }
};

// Reads CSV or XLSX (decided by the bytes: a zip is XLSX; an old binary .xls,
// or any other binary file, is refused). Storage errors: missing, unreadable,
// empty, not CSV/XLSX, broken.
// Every reader holds to `limits` (bounded memory for any file).
Result<SourceTable> readImportTable(const QString &path, const ReaderLimits &limits = {});

// Every sheet of the file (one for CSV); a sheet without rows is left out.
Result<QList<SourceTable>> readImportTables(const QString &path, const ReaderLimits &limits = {});

// Storage error when the first row names no column of the template at all
// (this file is not a "danh sách trích ngang"). Needs no campaign: callers can
// refuse such a file before opening the database. validateImport() checks it too.
Status checkImportHeader(const SourceTable &table);
// Index in table.rows of the header row: the first row if it names a column
// of the template; otherwise (title rows above it) the first of the next rows,
// up to the tenth, naming at least two; -1 when there is none.
int importHeaderIndex(const SourceTable &table);

// Matches the header row (importHeaderIndex(); title rows above it give a
// warning) and reads every row against `campaign`. Dates after
// `today` are refused (pass the current date; core never reads the clock).
// A header row in which no column is recognised is a Storage error (this is
// not a "danh sách trích ngang"); everything else becomes problems.
Result<ImportResult> validateImport(const SourceTable &table, const Campaign &campaign, const QDate &today);

// The user's choice per column of the header row (0-based), as the import
// wizard lets one adjust the automatic match: a listed column is read as that
// field, or skipped without a warning when mapped to std::nullopt; columns not
// listed are matched from their header text as usual.
using ImportColumnChoices = QMap<int, std::optional<ImportField>>;
Result<ImportResult> validateImport(const SourceTable &table, const Campaign &campaign, const QDate &today,
                                    const ImportColumnChoices &choices, const ImportOptions &options = {});

// Every sheet with a recognisable header, validated and gathered into one
// result (problems and records name their sheet when there are several);
// sheets without one are listed as skipped. Storage error when no sheet has one.
Result<ImportResult> validateImportTables(const QList<SourceTable> &tables, const Campaign &campaign,
                                          const QDate &today, const ImportOptions &options = {});

// Called with every record as its row is read, in file order, before it is
// added to ImportResult::records: a writer that starts on the first rows while
// the rest is still being checked (importwriter.h). It may move the nominee
// out; returning true takes the record (ImportResult::records leaves it out,
// the counts keep it). Runs on the thread that validates.
using ImportRecordFeed = std::function<bool(ImportRecord &record)>;
Result<ImportResult> validateImportTables(const QList<SourceTable> &tables, const Campaign &campaign,
                                          const QDate &today, const ImportOptions &options,
                                          const ImportRecordFeed &feed);

// readImportTable() + validateImport().
Result<ImportResult> parseImportFile(const QString &path, const Campaign &campaign, const QDate &today);

} // namespace vd
