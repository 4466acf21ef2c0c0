#include "campaignstore.h"
#include "commands.h"

#include <QCoreApplication>
#include <QDir>

namespace vd::cli {

int runInit(Context &ctx)
{
    if (!ctx.args.isEmpty())
        return ctx.usage(QCoreApplication::translate("vd::cli", "Lệnh init không nhận tham số: %1")
                                 .arg(ctx.args.join(QLatin1Char(' '))));
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto campaign = CampaignStore(**db).loadActive();
    if (!campaign)
        return ctx.fail(campaign.error());
    ctx.out << QCoreApplication::translate("vd::cli", "Cơ sở dữ liệu %1 sẵn sàng: %2, %3 khối, chỉ tiêu %4.")
                       .arg(QDir::toNativeSeparators((*db)->location()), campaign->name)
                       .arg(campaign->blocs.size())
                       .arg(campaign->totalQuota())
            << Qt::endl;
    return ExitOk;
}

} // namespace vd::cli
