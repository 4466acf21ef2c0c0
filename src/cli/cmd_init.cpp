// vinhdanh-cli init: creates the database with the built-in campaign; running
// it again changes nothing.
#include "clitext.h"
#include "commands.h"

#include <QCoreApplication>
#include <QDir>

namespace vd::cli {

namespace {

int runInit(Context &ctx)
{
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    ctx.out << CliText::tr("Cơ sở dữ liệu %1 sẵn sàng: %2, %3 khối, chỉ tiêu %4.")
                   .arg(QDir::toNativeSeparators(ws->db->location()), ws->campaign->name)
                   .arg(ws->campaign->blocs.size())
                   .arg(ws->campaign->totalQuota())
            << Qt::endl;
    return ExitOk;
}

} // namespace

Command initCommand()
{
    return { "init",
             QT_TRANSLATE_NOOP("vd::cli", "tạo cơ sở dữ liệu với đợt biểu dương có sẵn (chạy lại không sao)"),
             {},
             {},
             &runInit };
}

} // namespace vd::cli
