// vinhdanh-cli template -o FILE: the import template (danh-sach-trich-ngang.xlsx).
#include "clitext.h"
#include "commands.h"
#include "importtemplate.h"

#include <QCoreApplication>

namespace vd::cli {

namespace {

int runTemplate(Context &ctx)
{
    const QString output = ctx.text("output");
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    if (auto st = writeImportTemplate(output, *ws->campaign); !st)
        return ctx.fail(st.error());
    ctx.out << CliText::tr("Đã ghi mẫu danh sách trích ngang: %1").arg(output) << Qt::endl;
    return ExitOk;
}

} // namespace

Command templateCommand()
{
    return { "template",
             QT_TRANSLATE_NOOP("vd::cli", "ghi tệp mẫu danh sách trích ngang (XLSX) để các đơn vị điền"),
             { outputOption() },
             {},
             &runTemplate };
}

} // namespace vd::cli
