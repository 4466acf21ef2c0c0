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

int runInvitations(Context &ctx)
{
    auto args = parseDocArgs(ctx.command, ctx.args, { QStringLiteral("pdf"), QStringLiteral("odt") },
                             OptDate | OptIds);
    if (!args)
        return ctx.usage(args.error().message);
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto list = loadApprovedList(**db);
    if (!list)
        return ctx.fail(list.error());
    ApprovedList chosen = *list;
    if (!args->ids.isEmpty()) {
        chosen = list->restrictedTo(args->ids);
        if (chosen.count() != args->ids.size())
            return ctx.fail(Error::validation(tr("Có mã số không thuộc danh sách đã duyệt: %1")
                                                      .arg(ctx.args.join(QLatin1Char(' ')))));
    }
    auto written = docs::writeDocument(docs::buildInvitations(chosen, args->date), args->format, args->output);
    if (!written)
        return ctx.fail(written.error());
    ctx.out << tr("Đã ghi %1 giấy mời vào %2").arg(chosen.count()).arg(QDir::toNativeSeparators(args->output))
            << Qt::endl;
    return ExitOk;
}

} // namespace vd::cli
