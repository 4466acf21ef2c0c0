// vinhdanh-cli programme: a document command (docargs.h).
#include "commands.h"
#include "docargs.h"
#include "outputs.h"

namespace vd::cli {

namespace {

int runProgramme(Context &ctx) { return runOutputCommand(ctx, int(docs::OutputKind::Programme)); }

} // namespace

Command programmeCommand()
{
    return { "programme",
             QT_TRANSLATE_NOOP("vd::cli", "ghi chương trình hội nghị biểu dương"),
             documentOptions("docx|pdf|odt", 0),
             {},
             &runProgramme,
             true };
}

} // namespace vd::cli
