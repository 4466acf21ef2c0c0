#include "commands.h"
#include "docargs.h"
#include "docwriters.h"
#include "outputs.h"

namespace vd::cli {

int runDecision(Context &ctx)
{
    return runOutputCommand(ctx, int(docs::OutputKind::Decision), docs::documentFormats(),
                            OptDate | OptAmount);
}

} // namespace vd::cli
