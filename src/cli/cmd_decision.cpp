#include "commands.h"
#include "docargs.h"
#include "outputs.h"

namespace vd::cli {

int runDecision(Context &ctx)
{
    return runOutputCommand(ctx, int(docs::OutputKind::Decision), { QStringLiteral("pdf"), QStringLiteral("odt") }, OptDate | OptAmount);
}

} // namespace vd::cli
