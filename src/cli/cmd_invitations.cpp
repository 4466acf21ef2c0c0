// vinhdanh-cli invitations: a document command (docargs.h).
#include "commands.h"
#include "docargs.h"
#include "outputs.h"

namespace vd::cli {

namespace {

int runInvitations(Context &ctx) { return runOutputCommand(ctx, int(docs::OutputKind::Invitations)); }

} // namespace

Command invitationsCommand()
{
    return { "invitations",
             QT_TRANSLATE_NOOP("vd::cli", "ghi giấy mời người được biểu dương, mỗi người một trang"),
             documentOptions("docx|pdf|odt", OptDate | OptIds),
             {},
             &runInvitations,
             true };
}

} // namespace vd::cli
