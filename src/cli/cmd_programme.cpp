#include "campaignstore.h"
#include "commands.h"
#include "docargs.h"
#include "documents.h"

#include <QCoreApplication>
#include <QDir>

namespace vd::cli {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("vd::cli", text); }

} // namespace

int runProgramme(Context &ctx)
{
    auto args = parseDocArgs(ctx.command, ctx.args, { QStringLiteral("pdf"), QStringLiteral("odt") }, 0);
    if (!args)
        return ctx.usage(args.error().message);
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto campaign = CampaignStore(**db).loadActive();
    if (!campaign)
        return ctx.fail(campaign.error());
    auto written = docs::writeDocument(docs::buildProgramme(*campaign), args->format, args->output);
    if (!written)
        return ctx.fail(written.error());
    ctx.out << tr("Đã ghi chương trình hội nghị vào %1").arg(QDir::toNativeSeparators(args->output)) << Qt::endl;
    return ExitOk;
}

} // namespace vd::cli
