#include "commands.h"
#include "docargs.h"
#include "outputs.h"

namespace vd::cli {

int runProgramme(Context &ctx)
{
    return runOutputCommand(ctx, int(docs::OutputKind::Programme), { QStringLiteral("pdf"), QStringLiteral("odt") }, 0);
}

} // namespace vd::cli
