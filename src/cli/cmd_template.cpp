// vinhdanh-cli template -o FILE: the import template (danh-sach-trich-ngang.xlsx).
#include "campaignstore.h"
#include "commands.h"
#include "importtemplate.h"

#include <QCoreApplication>

namespace vd::cli {

int runTemplate(Context &ctx)
{
    QString output;
    for (int i = 0; i < ctx.args.size(); ++i) {
        const QString &a = ctx.args.at(i);
        if ((a == QLatin1String("-o") || a == QLatin1String("--output")) && i + 1 < ctx.args.size() && output.isEmpty())
            output = ctx.args.at(++i);
        else
            return ctx.usage(QCoreApplication::translate("vd::cli", "Tham số không hợp lệ cho lệnh template: %1").arg(a));
    }
    if (output.isEmpty())
        return ctx.usage(QCoreApplication::translate("vd::cli", "Lệnh template cần -o TỆP (ví dụ -o %1).").arg(importTemplateFileName()));
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto campaign = CampaignStore(**db).loadActive();
    if (!campaign)
        return ctx.fail(campaign.error());
    if (auto st = writeImportTemplate(output, *campaign); !st)
        return ctx.fail(st.error());
    ctx.out << QCoreApplication::translate("vd::cli", "Đã ghi mẫu danh sách trích ngang: %1").arg(output) << Qt::endl;
    return ExitOk;
}

} // namespace vd::cli
