#include "importer.h"

#include "csvreader.h"
#include "docxreader.h"
#include "importlayout.h"
#include "importrows.h"
#include "importvalues.h"
#include "odsreader.h"
#include "openfiles.h"
#include "xlsreader.h"
#include "xlsxreader.h"
#include "zipreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <algorithm>

namespace vd {

namespace {

// This file's translations, lupdate context "vd::Importer".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vd::Importer)
};

} // namespace

namespace {

bool startsWith(const QByteArray &bytes, const char *magic, int size)
{
    return bytes.size() >= size && memcmp(bytes.constData(), magic, size) == 0;
}

// An OLE compound file holding an "EncryptedPackage" stream: how Excel (and
// LibreOffice) save an XLSX, DOCX or ODS... with a password ([MS-OFFCRYPTO]
// 2.3.4.1). The name is in the directory, read in bounded chunks.
bool isEncryptedPackage(QFile &file)
{
    static const QByteArray name = QByteArray("E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0", 32);
    file.seek(0);
    QByteArray tail;
    while (!file.atEnd()) {
        const QByteArray chunk = tail + file.read(1 << 20);
        if (chunk.size() == tail.size())
            break;
        if (chunk.contains(name))
            return true;
        tail = chunk.right(name.size());
    }
    return false;
}

} // namespace

int ImportResult::validCount() const
{
    return takenValid
           + int(std::count_if(records.cbegin(), records.cend(), [](const ImportRecord &r) { return r.valid; }));
}

int ImportResult::invalidCount() const { return int(records.size()) + takenValid + takenInvalid - validCount(); }

int ImportResult::errorCount() const
{
    return int(std::count_if(problems.cbegin(), problems.cend(),
                             [](const ImportProblem &p) { return p.severity == ImportSeverity::Error; }));
}

int ImportResult::warningCount() const { return int(problems.size()) - errorCount(); }

QString importSheetSummary(const ImportSheetInfo &s)
{
    if (!s.recognised)
        return Tr::tr("bỏ qua trang này: không có dòng tiêu đề của mẫu.");
    QString text = s.headerRows == 2 ? Tr::tr("tiêu đề dòng %1–%2").arg(s.headerRow).arg(s.headerRow + 1)
                                     : Tr::tr("tiêu đề dòng %1").arg(s.headerRow);
    if (s.dataRows > 0) {
        text += Tr::tr(", dữ liệu dòng %1–%2 (%3 dòng)").arg(s.firstRow).arg(s.lastRow).arg(s.dataRows);
    } else {
        text += Tr::tr(", không có dòng dữ liệu");
    }
    if (s.footerRows > 0) {
        text += Tr::tr(", bỏ qua %1 dòng ký tên ở cuối bảng (từ dòng %2)").arg(s.footerRows).arg(s.footerFirstRow);
    }
    return text + QLatin1Char('.');
}

Result<SourceTable> readImportTable(const QString &path, const ReaderLimits &limits)
{
    auto tables = readImportTables(path, limits);
    if (!tables)
        return tables.error();
    // The first sheet with a recognisable header (an instructions sheet may come first).
    for (const SourceTable &table : std::as_const(*tables)) {
        if (importHeaderIndex(table) >= 0)
            return table;
    }
    return tables->constFirst();
}

Result<QList<SourceTable>> readImportTables(const QString &path, const ReaderLimits &limits)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error::storage(Tr::tr("Không có tệp %1.").arg(path));
    if (!info.isFile())
        return Error::storage(Tr::tr("%1 không phải một tệp.").arg(path));
    if (auto st = ensureNotOpenDatabase(path); !st)
        return st.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::storage(Tr::tr("Không đọc được tệp %1: %2").arg(path, file.errorString()));
    const QByteArray head = file.peek(8);
    if (head.isEmpty())
        return Error::storage(Tr::tr("Tệp %1 rỗng.").arg(path));
    if (startsWith(head, "PK\x03\x04", 4)) {
        file.close();
        // A zip package: which one is told by its parts.
        bool ods = false, docx = false;
        {
            ZipReader zip(path, QStringLiteral("ZIP"));
            const bool xlsx = zip.contains(QStringLiteral("xl/workbook.xml"));
            ods = !xlsx && zip.contains(QStringLiteral("content.xml"));
            docx = !xlsx && zip.contains(QStringLiteral("word/document.xml"));
        }
        if (ods)
            return readOdsSheets(path, limits);
        if (docx) {
            // The first table whose header matches (a document has many tables).
            auto tables = readDocxTables(path, limits);
            if (!tables)
                return tables;
            for (const SourceTable &table : std::as_const(*tables)) {
                if (importHeaderIndex(table) >= 0)
                    return QList<SourceTable> { table };
            }
            return QList<SourceTable> { tables->constFirst() };
        }
        return readXlsxSheets(path, limits);
    }
    if (startsWith(head, "\xD0\xCF\x11\xE0", 4) && isEncryptedPackage(file)) {
        return Error::storage(
            Tr::tr("Tệp %1 được đặt mật khẩu (mã hóa), không đọc được: "
                   "hãy mở bằng Excel, bỏ mật khẩu (Tệp ▸ Thông tin ▸ Bảo vệ sổ làm việc) rồi lưu lại.")
                .arg(path));
    }
    if (startsWith(head, "\xD0\xCF\x11\xE0", 4)) {
        file.close();
        return readXlsSheets(path, limits); // Excel 97-2003 (.xls)
    }
    if (startsWith(head, "%PDF", 4)) {
        return Error::storage(Tr::tr("Tệp %1 là tệp PDF, không phải danh sách CSV hay XLSX.").arg(path));
    }
    CsvLimits csvLimits;
    csvLimits.maxCells = limits.maxCells;
    csvLimits.maxCellChars = limits.maxCellChars;
    if (file.size() > csvLimits.maxBytes) { // refused before it is read into memory
        Error e = csvTooLargeError(file.size(), csvLimits);
        e.message = Tr::tr("%1: %2").arg(path, e.message);
        return e;
    }
    auto table = readCsv(file.readAll(), csvLimits);
    if (!table) {
        Error e = table.error();
        e.message = Tr::tr("%1: %2").arg(path, e.message);
        return e;
    }
    if (table->rows.size() > limits.maxRows) {
        return Error::storage(Tr::tr("%1: tệp CSV bị từ chối: hơn %2 dòng có dữ liệu, "
                                     "quá lớn cho một danh sách (giới hạn đổi được, xem docs/import-format.md).")
                                  .arg(path)
                                  .arg(limits.maxRows));
    }
    return QList<SourceTable> { std::move(*table) };
}

int importHeaderIndex(const SourceTable &table) { return findImportHeader(table).headerIndex; }

Status checkImportHeader(const SourceTable &table)
{
    if (table.rows.isEmpty())
        return Error::storage(Tr::tr("Tệp không có dòng nào."));
    if (importHeaderIndex(table) >= 0)
        return {};
    return Error::storage(Tr::tr("Đây không phải danh sách trích ngang: dòng %1 không có cột nào của mẫu "
                                 "(Họ và tên, Chức vụ, Đơn vị, Khối, ...).")
                              .arg(table.rows.first().rowNumber));
}

Result<ImportResult> validateImport(const SourceTable &table, const Campaign &campaign, const QDate &today)
{
    return validateImport(table, campaign, today, {});
}

namespace {

// The "Chức vụ, đơn vị công tác" column of a sheet (-1: none): ignored with a
// warning when "Chức vụ" and "Đơn vị" both have their own column; otherwise
// read split when the user chose it, else the file is refused naming it.
PositionUnitSplit positionUnitSplit(ImportResult &result, int column, const QString &header,
                                    const ImportOptions &options, const QString &sheet, int headerRow)
{
    if (column < 0)
        return {};
    PositionUnitSplit split;
    split.givesPosition = !result.columns.contains(ImportField::Position);
    split.givesUnit = !result.columns.contains(ImportField::Unit);
    if (!split.givesPosition && !split.givesUnit) {
        result.problems.append({ sheet, headerRow, header, column, ImportSeverity::Warning,
                                 Tr::tr("Cột “%1” bỏ qua: tệp đã có cột Chức vụ và cột Đơn vị riêng.").arg(header) });
        return {};
    }
    result.positionUnitColumn = column;
    result.positionUnitHeader = header;
    if (!options.splitPositionUnit) {
        result.positionUnitUnsplit = true;
        result.headerComplete = false;
        result.problems.append(
            { sheet, headerRow, header, column, ImportSeverity::Error,
              Tr::tr("Cột “%1” ghi chức vụ và đơn vị trong cùng một ô; chương trình không tự tách. "
                     "Để nhập, hãy chọn “Tách ô ‘Chức vụ, đơn vị’” ở bước Đối chiếu cột của trình nhập, "
                     "hoặc thêm --split-position-unit vào lệnh vinhdanh-cli import: chức vụ là phần trước "
                     "dấu phẩy đầu tiên, đơn vị là phần sau.")
                  .arg(header) });
        return {};
    }
    split.column = column;
    return split;
}

// Reads one sheet into `result` (columns, problems, records, sheet info).
void validateSheet(ImportResult &result, const SourceTable &table, const ImportHeaderLayout &layout,
                   const Campaign &campaign, const QDate &today, const ImportColumnChoices &choices,
                   const ImportOptions &options, const QString &sheet, const ImportRecordFeed *feed)
{
    const TableRow &header = table.rows.at(layout.headerIndex);
    const int headerRow = header.rowNumber;
    QHash<int, QString> headers; // column -> header text as in the file
    QList<ImportProblem> unknown;
    int combined = -1; // "Chức vụ, đơn vị công tác" in one column
    int columnCount = int(layout.labels.size());
    if (!choices.isEmpty())
        columnCount = qMax(columnCount, choices.lastKey() + 1);
    for (int column = 0; column < columnCount; ++column) {
        const auto choice = choices.constFind(column);
        const bool chosen = choice != choices.constEnd();
        QString text = importText(layout.labels.value(column));
        const QString group = layout.groups.value(column);
        if (chosen && !choice.value())
            continue; // the user skips this column
        if (text.isEmpty() && !chosen)
            continue;
        if (!chosen && isPositionUnitHeader(text)) {
            headers.insert(column, text);
            if (combined < 0)
                combined = column;
            else
                unknown.append(
                    { sheet, headerRow, text, column, ImportSeverity::Warning,
                      Tr::tr("Cột “%1” trùng với cột “%2” đã có: bỏ qua.").arg(text, headers.value(combined)) });
            continue;
        }
        if (!chosen) {
            const Gender birthGender = birthColumnGender(group, text);
            if (birthGender != Gender::Unknown) {
                headers.insert(column, QStringLiteral("%1 / %2").arg(importText(group), text));
                result.birthColumns.insert(column, birthGender);
                continue;
            }
        }
        if (text.isEmpty())
            text = importColumn(*choice.value()).headerText();
        headers.insert(column, text);
        ImportField field {};
        bool ignored = false;
        const bool matched = chosen ? (field = *choice.value(), true) : matchImportHeader(text, &field, &ignored);
        if (matched) {
            if (result.columns.contains(field)) {
                result.problems.append(
                    { sheet, headerRow, text, column, ImportSeverity::Error,
                      Tr::tr("Cột “%1” trùng với cột “%2” đã có: chỉ được có một cột %3.")
                          .arg(text, headers.value(result.columns.value(field)), importColumn(field).headerText()) });
            } else {
                result.columns.insert(field, column);
            }
        } else if (!ignored) {
            unknown.append({ sheet, headerRow, text, column, ImportSeverity::Warning,
                             Tr::tr("Cột “%1” không thuộc mẫu danh sách trích ngang: bỏ qua.").arg(text) });
        }
    }
    result.problems += unknown;
    const PositionUnitSplit split
        = positionUnitSplit(result, combined, headers.value(combined), options, sheet, headerRow);
    QList<int> requiredColumns;
    const bool combinedUsed = combined >= 0 && result.positionUnitColumn == combined; // not ignored
    if (combinedUsed)
        requiredColumns.append(combined);
    for (const ImportColumnSpec &spec : importColumns()) {
        if (!spec.required)
            continue;
        if (result.columns.contains(spec.field)) {
            requiredColumns.append(result.columns.value(spec.field));
        } else if (combinedUsed && (spec.field == ImportField::Position || spec.field == ImportField::Unit)) {
            // given by the combined column (or refused above when not split)
        } else {
            result.headerComplete = false;
            result.problems.append({ sheet, headerRow, spec.headerText(), -1, ImportSeverity::Error,
                                     Tr::tr("Thiếu cột bắt buộc “%1” (%2).").arg(spec.headerText(), spec.keyText()) });
        }
    }

    const int end = findImportFooter(table, layout.firstDataIndex, requiredColumns,
                                     result.columns.value(ImportField::FullName, -1));
    ImportSheetInfo info;
    info.sheet = sheet;
    info.recognised = true;
    info.headerRow = headerRow;
    info.headerRows = layout.subHeaderIndex >= 0 ? 2 : 1;
    info.titleRows = layout.headerIndex;
    info.dataRows = qMax(0, end - layout.firstDataIndex);
    if (info.dataRows > 0) {
        info.firstRow = table.rows.at(layout.firstDataIndex).rowNumber;
        info.lastRow = table.rows.at(end - 1).rowNumber;
    }
    info.footerRows = int(table.rows.size()) - end;
    if (info.footerRows > 0)
        info.footerFirstRow = table.rows.at(end).rowNumber;
    result.sheets.append(info);

    RowReader reader(result, headers, campaign, today, sheet, split, feed);
    if (!feed || !*feed)
        result.records.reserve(result.records.size() + info.dataRows);
    if (layout.headerIndex > 0) {
        result.problems.append({ sheet, headerRow, Tr::tr("(tiêu đề)"), -1, ImportSeverity::Warning,
                                 Tr::tr("Dòng tiêu đề là dòng %1: bỏ qua %2 dòng phía trên (tên bảng).")
                                     .arg(headerRow)
                                     .arg(layout.headerIndex) });
    }
    for (int i = layout.firstDataIndex; i < end; ++i)
        reader.read(table.rows.at(i));
}

void sortProblems(ImportResult &result)
{
    // Sheets keep their file order; inside one, by row then column.
    QHash<QString, int> sheetOrder;
    for (const ImportSheetInfo &info : std::as_const(result.sheets))
        sheetOrder.insert(info.sheet, int(sheetOrder.size()));
    std::stable_sort(result.problems.begin(), result.problems.end(),
                     [&sheetOrder](const ImportProblem &a, const ImportProblem &b) {
                         const int sa = sheetOrder.value(a.sheet), sb = sheetOrder.value(b.sheet);
                         if (sa != sb)
                             return sa < sb;
                         return a.row != b.row ? a.row < b.row : a.columnIndex < b.columnIndex;
                     });
}

Result<ImportResult> validateOne(const SourceTable &table, const Campaign &campaign, const QDate &today,
                                 const ImportColumnChoices &choices, const ImportOptions &options,
                                 const ImportRecordFeed *feed)
{
    ImportResult result;
    result.format = table.format;
    if (auto st = checkImportHeader(table); !st)
        return st.error();
    validateSheet(result, table, findImportHeader(table), campaign, today, choices, options, QString(), feed);
    result.sheets.last().sheet = table.sheet; // shown (which sheet or table), not in every message
    sortProblems(result);
    return result;
}

} // namespace

Result<ImportResult> validateImport(const SourceTable &table, const Campaign &campaign, const QDate &today,
                                    const ImportColumnChoices &choices, const ImportOptions &options)
{
    return validateOne(table, campaign, today, choices, options, nullptr);
}

Result<ImportResult> validateImportTables(const QList<SourceTable> &tables, const Campaign &campaign,
                                          const QDate &today, const ImportOptions &options)
{
    return validateImportTables(tables, campaign, today, options, ImportRecordFeed());
}

Result<ImportResult> validateImportTables(const QList<SourceTable> &tables, const Campaign &campaign,
                                          const QDate &today, const ImportOptions &options,
                                          const ImportRecordFeed &feed)
{
    if (tables.size() == 1)
        return validateOne(tables.constFirst(), campaign, today, {}, options, &feed);
    ImportResult result;
    bool any = false;
    for (const SourceTable &table : tables) {
        result.format = table.format;
        const ImportHeaderLayout layout = findImportHeader(table);
        if (layout.headerIndex < 0) {
            ImportSheetInfo info;
            info.sheet = table.sheet;
            result.sheets.append(info);
            continue;
        }
        any = true;
        // Each sheet matches its own header; the columns of the last one are kept for display.
        ImportResult sheetResult;
        sheetResult.records.swap(result.records);
        sheetResult.problems.swap(result.problems);
        sheetResult.sheets.swap(result.sheets);
        sheetResult.splits.swap(result.splits);
        validateSheet(sheetResult, table, layout, campaign, today, {}, options, table.sheet, &feed);
        result.records.swap(sheetResult.records);
        result.problems.swap(sheetResult.problems);
        result.sheets.swap(sheetResult.sheets);
        result.splits.swap(sheetResult.splits);
        if (sheetResult.positionUnitColumn >= 0) {
            result.positionUnitColumn = sheetResult.positionUnitColumn;
            result.positionUnitHeader = sheetResult.positionUnitHeader;
        }
        result.takenValid += sheetResult.takenValid;
        result.takenInvalid += sheetResult.takenInvalid;
        result.positionUnitUnsplit = result.positionUnitUnsplit || sheetResult.positionUnitUnsplit;
        result.columns = sheetResult.columns;
        result.birthColumns = sheetResult.birthColumns;
        result.headerComplete = result.headerComplete && sheetResult.headerComplete;
    }
    if (!any) {
        return Error::storage(Tr::tr("Đây không phải danh sách trích ngang: không trang tính nào có dòng tiêu đề "
                                     "với các cột của mẫu (Họ và tên, Chức vụ, Đơn vị, Khối, ...)."));
    }
    sortProblems(result);
    return result;
}

Result<ImportResult> parseImportFile(const QString &path, const Campaign &campaign, const QDate &today)
{
    auto table = readImportTable(path);
    if (!table)
        return table.error();
    return validateImport(*table, campaign, today);
}

} // namespace vd
