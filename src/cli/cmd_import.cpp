// vinhdanh-cli import FILE [--dry-run] [--skip-invalid] (CONTRACT §1, §3).
#include "campaignstore.h"
#include "commands.h"
#include "importer.h"
#include "importwriter.h"

#include <QCoreApplication>
#include <QDate>

namespace vd::cli {

namespace {


void printProblems(Context &ctx, const QString &file, const ImportResult &result)
{
    for (const ImportProblem &p : result.problems) {
        ctx.err << file << QLatin1Char(':') << p.row << QLatin1Char(':') << p.column << QStringLiteral(": ");
        if (p.severity == ImportSeverity::Warning)
            ctx.err << QCoreApplication::translate("vd::cli", "cảnh báo: ");
        ctx.err << p.message << QLatin1Char('\n');
    }
    ctx.err.flush();
}

} // namespace

int runImport(Context &ctx)
{
    QString file;
    bool dryRun = false, skipInvalid = false;
    for (const QString &a : std::as_const(ctx.args)) {
        if (a == QLatin1String("--dry-run"))
            dryRun = true;
        else if (a == QLatin1String("--skip-invalid"))
            skipInvalid = true;
        else if (a.startsWith(QLatin1String("--")) || !file.isEmpty())
            return ctx.usage(QCoreApplication::translate("vd::cli", "Tham số không hợp lệ cho lệnh import: %1").arg(a));
        else
            file = a;
    }
    if (file.isEmpty())
        return ctx.usage(QCoreApplication::translate("vd::cli", "Lệnh import cần tên tệp: vinhdanh-cli import TỆP [--dry-run] [--skip-invalid]"));

    // The file first: an unreadable file must not even open (or create) the database.
    auto table = readImportTable(file);
    if (!table)
        return ctx.fail(table.error());
    if (auto st = checkImportHeader(*table); !st)
        return ctx.fail(Error::storage(QCoreApplication::translate("vd::cli", "%1: %2").arg(file, st.error().message)));
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto campaign = CampaignStore(**db).loadActive();
    if (!campaign)
        return ctx.fail(campaign.error());
    auto result = validateImport(*table, *campaign, QDate::currentDate());
    *table = SourceTable();  // the records share its text; the cells themselves are no longer needed
    if (!result)
        return ctx.fail(Error::storage(QCoreApplication::translate("vd::cli", "%1: %2").arg(file, result.error().message)));
    printProblems(ctx, file, *result);

    if (!result->headerComplete) {
        ctx.err << QCoreApplication::translate("vd::cli", "Không nhập gì: tệp %1 thiếu cột bắt buộc.").arg(file) << Qt::endl;
        return ExitRefused;
    }
    ImportWriteOptions options;
    options.fileName = file;
    options.dryRun = dryRun;
    options.skipInvalid = skipInvalid;
    auto summary = writeImport(**db, *campaign, *result, options);
    if (!summary)
        return ctx.fail(summary.error());
    if (dryRun) {
        ctx.out << QCoreApplication::translate("vd::cli", "Kiểm tra xong, chưa ghi gì: sẽ nhập %1, bỏ qua %2, cảnh báo %3.")
                           .arg(summary->imported)
                           .arg(summary->skipped)
                           .arg(summary->warnings)
                << Qt::endl;
    } else {
        ctx.out << QCoreApplication::translate("vd::cli", "Đã nhập %1, bỏ qua %2, cảnh báo %3 (đơn vị mới: %4).")
                           .arg(summary->imported)
                           .arg(summary->skipped)
                           .arg(summary->warnings)
                           .arg(summary->unitsCreated)
                << Qt::endl;
    }
    return ExitOk;
}

} // namespace vd::cli
