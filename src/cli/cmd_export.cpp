#include "commands.h"
#include "docargs.h"
#include "outputs.h"

#include <QCoreApplication>

namespace vd::cli {

int runExport(Context &ctx)
{
    // Only the approved list is exported today: --approved is required so that
    // other lists can be added later without changing what this line means.
    if (!ctx.args.contains(QLatin1String("--approved"))) {
        return ctx.usage(QCoreApplication::translate(
                "vd::cli", "Lệnh export cần --approved (hiện chỉ xuất được danh sách đã duyệt)."));
    }
    return runOutputCommand(ctx, int(docs::OutputKind::ApprovedList),
                            { QStringLiteral("xlsx"), QStringLiteral("csv"), QStringLiteral("pdf"),
                              QStringLiteral("odt"), QStringLiteral("docx") },
                            OptApproved | OptDate);
}

} // namespace vd::cli
