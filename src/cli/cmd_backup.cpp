#include "commands.h"

#include <QCoreApplication>
#include <QDir>

namespace vd::cli {

int runBackup(Context &ctx)
{
    QString target;
    for (int i = 0; i < ctx.args.size(); ++i) {
        const QString &a = ctx.args.at(i);
        if ((a == QLatin1String("-o") || a == QLatin1String("--output")) && i + 1 < ctx.args.size())
            target = ctx.args.at(++i);
        else
            return ctx.usage(QCoreApplication::translate("vd::cli", "Tham số không hợp lệ cho lệnh backup: %1").arg(a));
    }
    if (target.isEmpty())
        return ctx.usage(QCoreApplication::translate("vd::cli", "Lệnh backup cần -o TỆP."));
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    if (auto st = (*db)->backupTo(target); !st)
        return ctx.fail(st.error());
    ctx.out << QCoreApplication::translate("vd::cli", "Đã sao lưu vào %1.").arg(QDir::toNativeSeparators(target))
            << Qt::endl;
    return ExitOk;
}

} // namespace vd::cli
