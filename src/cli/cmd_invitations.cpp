#include "commands.h"
#include "docargs.h"
#include "docwriters.h"
#include "outputs.h"

namespace vd::cli {

int runInvitations(Context &ctx)
{
    return runOutputCommand(ctx, int(docs::OutputKind::Invitations), docs::documentFormats(),
                            OptDate | OptIds);
}

} // namespace vd::cli
