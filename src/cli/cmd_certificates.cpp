#include "approvedlist.h"
#include "certificates.h"
#include "commands.h"
#include "docargs.h"
#include "settingsstore.h"

#include <QCoreApplication>
#include <QDir>

namespace vd::cli {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("vd::cli", text); }

} // namespace

int runCertificates(Context &ctx)
{
    auto args = parseDocArgs(ctx.command, ctx.args, { QStringLiteral("pdf") }, OptDate | OptIds | OptTestPage);
    if (!args)
        return ctx.usage(args.error().message);
    if (args->testPage && !args->ids.isEmpty())
        return ctx.usage(tr("--test-page không đi cùng --ids."));
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    SettingsStore settings(**db);
    auto layout = docs::loadCertificateLayout(settings);
    if (!layout)
        return ctx.fail(layout.error());

    if (args->testPage) {
        auto written = docs::writePdf(docs::buildCertificateTestPage(*layout), args->output);
        if (!written)
            return ctx.fail(written.error());
        ctx.out << tr("Đã ghi trang in thử giấy khen vào %1").arg(QDir::toNativeSeparators(args->output))
                << Qt::endl;
        return ExitOk;
    }

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
    auto written = docs::writePdf(docs::buildCertificates(chosen, *layout, args->date), args->output);
    if (!written)
        return ctx.fail(written.error());
    ctx.out << tr("Đã ghi %1 giấy khen vào %2").arg(chosen.count()).arg(QDir::toNativeSeparators(args->output))
            << Qt::endl;
    return ExitOk;
}

} // namespace vd::cli
