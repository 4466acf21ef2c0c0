// vinhdanh-cli import FILE [--dry-run] [--skip-invalid] [--split-position-unit] (docs/cli.md,
// docs/import-format.md).
#include "clitext.h"
#include "commands.h"
#include "exitleftovers.h"
#include "importer.h"
#include "importwriter.h"
#include "platform.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>

#include <limits>
#include <optional>

namespace vd::cli {

namespace {

// FILE, or FILE[SHEET] when the file has several sheets (tables).
QString place(const QString &file, const QString &sheet)
{
    return sheet.isEmpty() ? file : QStringLiteral("%1[%2]").arg(file, sheet);
}

void printProblems(Context &ctx, const QString &file, const ImportResult &result)
{
    for (const ImportProblem &p : result.problems) {
        ctx.err << place(file, p.sheet) << QLatin1Char(':') << p.row << QLatin1Char(':') << p.column
                << QStringLiteral(": ");
        if (p.severity == ImportSeverity::Warning)
            ctx.err << CliText::tr("cảnh báo: ");
        ctx.err << p.message << QLatin1Char('\n');
    }
    ctx.err.flush();
}

// Which sheet, header and rows were taken, and the footer left out: what the
// wizard shows before anything is written. --dry-run prints every sheet on
// stdout; an import says on stderr only what was left out or read unusually.
void printSheets(Context &ctx, const QString &file, const ImportResult &result, bool dryRun)
{
    for (const ImportSheetInfo &s : result.sheets) {
        const bool notable = !s.recognised || s.footerRows > 0 || s.headerRows == 2 || result.sheets.size() > 1;
        if (!dryRun && !notable)
            continue;
        QTextStream &out = dryRun ? ctx.out : ctx.err;
        out << place(file, s.sheet) << QStringLiteral(": ");
        out << importSheetSummary(s) << Qt::endl;
    }
}

// --split-position-unit --dry-run: each "Chức vụ, đơn vị công tác" cell and
// what it is read as, before anything is written.
void printSplits(Context &ctx, const QString &file, const ImportResult &result)
{
    for (const ImportSplit &s : result.splits) {
        ctx.out << place(file, s.sheet) << QLatin1Char(':') << s.row << QLatin1Char(':') << s.column
                << QStringLiteral(": ")
                << CliText::tr("“%1” → chức vụ “%2”, đơn vị “%3”").arg(s.cell, s.position, s.unit) << QLatin1Char('\n');
    }
    ctx.out.flush();
}

int runImport(Context &ctx)
{
    const QString file = ctx.arguments().constFirst();
    const bool dryRun = ctx.isSet("dry-run");

    ReaderLimits limits;
    limits.maxRows = int(qMin<qint64>(ctx.number("max-rows", limits.maxRows), std::numeric_limits<int>::max()));
    limits.maxCells = ctx.number("max-cells", limits.maxCells);
    // A large file: its cells, rows and records take a few times its size
    // (docs/performance-import.md).
    platform::prepareBulkHeap(QFileInfo(file).size() * 5);
    // This process ends after the import: its big structures (the cells, the
    // people linked) are left to the system instead of being freed one by one
    // (exitleftovers.h, docs/performance-import.md round 7).
    ExitLeftovers::setEnabled(true);
    // The file first: an unreadable file must not even open (or create) the database.
    auto tables = readImportTables(file, limits);
    if (!tables)
        return ctx.fail(tables.error());
    bool anyHeader = false;
    for (const SourceTable &table : std::as_const(*tables))
        anyHeader = anyHeader || importHeaderIndex(table) >= 0;
    if (!anyHeader) {
        if (auto st = checkImportHeader(tables->constFirst()); !st)
            return ctx.fail(Error::storage(CliText::tr("%1: %2").arg(file, st.error().message)));
    }
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    ImportOptions importOptions;
    importOptions.splitPositionUnit = ctx.isSet("split-position-unit");
    ImportWriteOptions options;
    options.fileName = file;
    options.dryRun = dryRun;
    options.skipInvalid = ctx.isSet("skip-invalid");
    options.today = QDate::currentDate(); // the clock the rows are validated with
    options.withdrawBrokenApprovals = ctx.isSet("withdraw-approvals");
    // An import is written while its rows are still being checked
    // (importwriter.h); what is printed, and when it is refused, is the same
    // as for a check followed by a write.
    Result<ImportResult> result = Error::storage(QString());
    std::optional<Result<ImportSummary>> written;
    if (dryRun)
        result = validateImportTables(*tables, *ws->campaign, options.today, importOptions);
    else
        written
            = validateAndWriteImport(*ws->db, *ws->campaign, *tables, options.today, importOptions, options, &result);
    // The records share its text; the cells themselves are no longer needed
    // (left to the system at exit when nothing is to be freed on the way out).
    if (!ExitLeftovers::keep(*tables))
        tables->clear();
    if (!result)
        return ctx.fail(Error::storage(CliText::tr("%1: %2").arg(file, result.error().message)));
    printSheets(ctx, file, *result, dryRun);
    if (dryRun)
        printSplits(ctx, file, *result);
    printProblems(ctx, file, *result);

    if (result->positionUnitUnsplit) {
        ctx.err << CliText::tr("Không nhập gì: cột “%1” của tệp %2 ghi chức vụ và đơn vị trong một ô. "
                               "Thêm --split-position-unit để tách: chức vụ trước dấu phẩy đầu tiên, "
                               "đơn vị sau.")
                       .arg(result->positionUnitHeader, file)
                << Qt::endl;
        return ExitRefused;
    }
    if (!result->headerComplete) {
        ctx.err << CliText::tr("Không nhập gì: tệp %1 thiếu cột bắt buộc.").arg(file) << Qt::endl;
        return ExitRefused;
    }
    auto summary = written ? *written : writeImport(*ws->db, *ws->campaign, *result, options);
    if (!summary)
        return ctx.fail(summary.error());
    for (qint64 id : std::as_const(summary->approvalsWithdrawn)) {
        ctx.out << CliText::tr("Đã bỏ duyệt mã %1: hồ sơ mới trùng với người này.").arg(id) << Qt::endl;
    }
    if (dryRun) {
        ctx.out << CliText::tr("Kiểm tra xong, chưa ghi gì: sẽ nhập %1, bỏ qua %2, cảnh báo %3.")
                       .arg(summary->imported)
                       .arg(summary->skipped)
                       .arg(summary->warnings)
                << Qt::endl;
    } else {
        ctx.out << CliText::tr("Đã nhập %1, bỏ qua %2, cảnh báo %3 (đơn vị mới: %4).")
                       .arg(summary->imported)
                       .arg(summary->skipped)
                       .arg(summary->warnings)
                       .arg(summary->unitsCreated)
                << Qt::endl;
    }
    return ExitOk;
}

} // namespace

Command importCommand()
{
    return { "import",
             QT_TRANSLATE_NOOP("vd::cli",
                               "nhập danh sách trích ngang (CSV hoặc XLSX); mặc định có lỗi thì không nhập gì"),
             { flagOption("dry-run", QT_TRANSLATE_NOOP("vd::cli", "chỉ kiểm tra, không ghi gì")),
               flagOption("skip-invalid",
                          QT_TRANSLATE_NOOP("vd::cli", "nhập các dòng hợp lệ, liệt kê và bỏ qua các dòng lỗi")),
               flagOption("withdraw-approvals",
                          QT_TRANSLATE_NOOP("vd::cli", "nếu dòng mới trùng với người đã duyệt: bỏ duyệt người đó "
                                                       "(mặc định: không nhập gì)")),
               flagOption("split-position-unit",
                          QT_TRANSLATE_NOOP("vd::cli", "tách cột “Chức vụ, đơn vị công tác” (một ô): chức vụ trước "
                                                       "dấu phẩy đầu tiên (hoặc “ - ”), đơn vị sau")),
               valueOption("max-rows", ValueKind::Count, "N",
                           QT_TRANSLATE_NOOP("vd::cli", "đọc tối đa N dòng có dữ liệu (mặc định 150000)")),
               valueOption("max-cells", ValueKind::Count, "N",
                           QT_TRANSLATE_NOOP("vd::cli", "giữ tối đa N ô trong bộ nhớ (mặc định 2500000)")) },
             { QT_TRANSLATE_NOOP("vd::cli", "TỆP"), ValueKind::Text, 1, 1,
               QT_TRANSLATE_NOOP("vd::cli", "tệp danh sách trích ngang (docs/import-format.md)") },
             &runImport };
}

} // namespace vd::cli
