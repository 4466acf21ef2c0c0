// vinhdanh-cli template -o FILE: the import template (danh-sach-trich-ngang.xlsx).
#include "campaignstore.h"
#include "commands.h"
#include "importtemplate.h"

#include <QCoreApplication>

namespace vd::cli {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("vd::cli", text); }
} // namespace

int runTemplate(Context &ctx)
{
    QString output;
    for (int i = 0; i < ctx.args.size(); ++i) {
        const QString &a = ctx.args.at(i);
        if ((a == QLatin1String("-o") || a == QLatin1String("--output")) && i + 1 < ctx.args.size() && output.isEmpty())
            output = ctx.args.at(++i);
        else
            return ctx.usage(tr("Tham số không hợp lệ cho lệnh template: %1").arg(a));
    }
    if (output.isEmpty())
        return ctx.usage(tr("Lệnh template cần -o TỆP (ví dụ -o %1).").arg(importTemplateFileName()));
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto campaign = CampaignStore(**db).loadActive();
    if (!campaign)
        return ctx.fail(campaign.error());
    if (auto st = writeImportTemplate(output, *campaign); !st)
        return ctx.fail(st.error());
    ctx.out << tr("Đã ghi mẫu danh sách trích ngang: %1").arg(output) << Qt::endl;
    return ExitOk;
}

} // namespace vd::cli
