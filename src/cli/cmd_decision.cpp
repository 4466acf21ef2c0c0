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

int runDecision(Context &ctx)
{
    auto args = parseDocArgs(ctx.command, ctx.args, { QStringLiteral("pdf"), QStringLiteral("odt") },
                             OptDate | OptAmount);
    if (!args)
        return ctx.usage(args.error().message);
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto list = loadApprovedList(**db);
    if (!list)
        return ctx.fail(list.error());
    auto doc = docs::buildDecision(*list, args->date, args->amount);
    if (!doc)
        return ctx.fail(doc.error());
    auto written = docs::writeDocument(*doc, args->format, args->output);
    if (!written)
        return ctx.fail(written.error());
    ctx.out << tr("Đã ghi dự thảo quyết định khen thưởng (%1 người) vào %2")
                       .arg(list->count())
                       .arg(QDir::toNativeSeparators(args->output))
            << Qt::endl;
    return ExitOk;
}

} // namespace vd::cli
