// vinhdanh-cli certificates: a document command (docargs.h).
#include "commands.h"
#include "docargs.h"
#include "outputs.h"

namespace vd::cli {

namespace {

int runCertificates(Context &ctx) { return runOutputCommand(ctx, int(docs::OutputKind::Certificates)); }

} // namespace

Command certificatesCommand()
{
    return { "certificates",
             QT_TRANSLATE_NOOP("vd::cli", "in giấy khen lên phôi theo mẫu đã căn chỉnh (--test-page: trang lưới mm)"),
             documentOptions("pdf", OptDate | OptIds | OptTestPage, Presence::Optional),
             {},
             &runCertificates,
             true };
}

} // namespace vd::cli
