#include "approvedexport.h"
#include "approvedlist.h"
#include "commands.h"
#include "docargs.h"
#include "documents.h"

#include <QCoreApplication>
#include <QDir>

namespace vd::cli {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("vd::cli", text); }

} // namespace

int runExport(Context &ctx)
{
    const QStringList formats = { QStringLiteral("xlsx"), QStringLiteral("csv"), QStringLiteral("pdf"),
                                  QStringLiteral("odt") };
    auto args = parseDocArgs(ctx.command, ctx.args, formats, OptApproved | OptDate);
    if (!args)
        return ctx.usage(args.error().message);
    if (!args->approved)
        return ctx.usage(tr("Lệnh export cần --approved (hiện chỉ xuất được danh sách đã duyệt)."));

    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto list = loadApprovedList(**db);
    if (!list)
        return ctx.fail(list.error());

    Status written;
    if (args->format == QLatin1String("csv"))
        written = writeApprovedListCsv(*list, args->output);
    else if (args->format == QLatin1String("xlsx"))
        written = writeApprovedListXlsx(*list, args->output);
    else
        written = docs::writeDocument(docs::buildApprovedListDocument(*list, args->date), args->format,
                                      args->output);
    if (!written)
        return ctx.fail(written.error());
    ctx.out << tr("Đã xuất %1 người được biểu dương vào %2")
                       .arg(list->count())
                       .arg(QDir::toNativeSeparators(args->output))
            << Qt::endl;
    return ExitOk;
}

} // namespace vd::cli
