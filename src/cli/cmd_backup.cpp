// vinhdanh-cli backup -o FILE: a consistent copy while the database is in use.
#include "clitext.h"
#include "commands.h"

#include <QCoreApplication>
#include <QDir>

namespace vd::cli {

namespace {

int runBackup(Context &ctx)
{
    const QString target = ctx.text("output");
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    if (auto st = (*db)->backupTo(target); !st)
        return ctx.fail(st.error());
    ctx.out << CliText::tr("Đã sao lưu vào %1.").arg(QDir::toNativeSeparators(target)) << Qt::endl;
    return ExitOk;
}

} // namespace

Command backupCommand()
{
    return { "backup",
             QT_TRANSLATE_NOOP("vd::cli", "sao lưu toàn bộ cơ sở dữ liệu (nhất quán, kể cả khi đang được dùng)"),
             { outputOption() },
             {},
             &runBackup };
}

} // namespace vd::cli
