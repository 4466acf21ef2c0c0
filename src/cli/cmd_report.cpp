#include "commands.h"
#include "docargs.h"
#include "outputs.h"

namespace vd::cli {

int runReport(Context &ctx)
{
    return runOutputCommand(ctx, int(docs::OutputKind::EligibilityReport),
                            { QStringLiteral("pdf"), QStringLiteral("odt") }, OptDate);
}

} // namespace vd::cli
