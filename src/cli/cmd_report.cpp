// vinhdanh-cli report: a document command (docargs.h).
#include "commands.h"
#include "docargs.h"
#include "outputs.h"

namespace vd::cli {

namespace {

int runReport(Context &ctx) { return runOutputCommand(ctx, int(docs::OutputKind::EligibilityReport)); }

} // namespace

Command reportCommand()
{
    return { "report",
             QT_TRANSLATE_NOOP("vd::cli", "ghi báo cáo thẩm định hồ sơ cho Hội đồng: số liệu theo khối, kết luận "
                                          "từng người, chi tiết các điểm chưa đạt"),
             documentOptions("docx|pdf|odt", OptDate),
             {},
             &runReport,
             true };
}

} // namespace vd::cli
