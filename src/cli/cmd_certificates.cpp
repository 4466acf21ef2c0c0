#include "commands.h"
#include "docargs.h"
#include "outputs.h"

namespace vd::cli {

int runCertificates(Context &ctx)
{
    return runOutputCommand(ctx, int(docs::OutputKind::Certificates), { QStringLiteral("pdf") }, OptDate | OptIds | OptTestPage);
}

} // namespace vd::cli
