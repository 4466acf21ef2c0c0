#include "commands.h"
#include "docargs.h"
#include "docwriters.h"
#include "outputs.h"

namespace vd::cli {

int runProgramme(Context &ctx)
{
    return runOutputCommand(ctx, int(docs::OutputKind::Programme), docs::documentFormats(), 0);
}

} // namespace vd::cli
