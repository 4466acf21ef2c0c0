// vinhdanh-cli export: a document command (docargs.h).
#include "commands.h"
#include "docargs.h"
#include "outputs.h"

namespace vd::cli {

namespace {

int runExport(Context &ctx) { return runOutputCommand(ctx, int(docs::OutputKind::ApprovedList)); }

} // namespace

Command exportCommand()
{
    return { "export",
             QT_TRANSLATE_NOOP("vd::cli", "xuất danh sách người được duyệt biểu dương"),
             documentOptions("docx|xlsx|csv|pdf|odt", OptApproved | OptDate),
             {},
             &runExport,
             true };
}

} // namespace vd::cli
