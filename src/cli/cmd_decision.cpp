// vinhdanh-cli decision: a document command (docargs.h).
#include "commands.h"
#include "docargs.h"
#include "outputs.h"

namespace vd::cli {

namespace {

int runDecision(Context &ctx) { return runOutputCommand(ctx, int(docs::OutputKind::Decision)); }

} // namespace

Command decisionCommand()
{
    return { "decision",
             QT_TRANSLATE_NOOP("vd::cli", "ghi dự thảo quyết định khen thưởng kèm danh sách và tổng tiền thưởng"),
             documentOptions("docx|pdf|odt", OptDate | OptAmount),
             {},
             &runDecision,
             true };
}

} // namespace vd::cli
