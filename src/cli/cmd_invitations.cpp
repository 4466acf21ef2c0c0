#include "commands.h"
#include "docargs.h"
#include "outputs.h"

namespace vd::cli {

int runInvitations(Context &ctx)
{
    return runOutputCommand(ctx, int(docs::OutputKind::Invitations), { QStringLiteral("pdf"), QStringLiteral("odt") }, OptDate | OptIds);
}

} // namespace vd::cli
