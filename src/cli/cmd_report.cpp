#include "commands.h"
#include "docargs.h"
#include "docwriters.h"
#include "outputs.h"

namespace vd::cli {

int runReport(Context &ctx)
{
    return runOutputCommand(ctx, int(docs::OutputKind::EligibilityReport), docs::documentFormats(),
                            OptDate);
}

} // namespace vd::cli
