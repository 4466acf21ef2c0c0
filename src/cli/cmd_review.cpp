// vinhdanh-cli review ID --note TEXT / unreview ID: "đã xem xét" for a nominee
// whose findings are warnings only (docs/rules.md "Review", docs/cli.md).
// A refusal exits 1 with the database unchanged.
#include "clitext.h"
#include "commands.h"
#include "review.h"

#include <QCoreApplication>

namespace vd::cli {

namespace {

int runReview(Context &ctx)
{
    auto today = ctx.today();
    if (!today)
        return ctx.usage(today.error().message);
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    const qint64 id = ctx.argumentIds().constFirst();
    auto saved = ReviewService(**db).review(id, ctx.text("note"), *today);
    if (!saved)
        return ctx.fail(saved.error());
    ctx.out << CliText::tr("Đã ghi “đã xem xét” cho %1 (mã %2): %3. Cảnh báo đã xem xét: %4.")
                   .arg(saved->fullName, QString::number(id), saved->review.note,
                        saved->review.codes.join(QStringLiteral(", ")))
            << Qt::endl;
    return ExitOk;
}

int runUnreview(Context &ctx)
{
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    const qint64 id = ctx.argumentIds().constFirst();
    auto saved = ReviewService(**db).unreview(id);
    if (!saved)
        return ctx.fail(saved.error());
    ctx.out << CliText::tr("Đã bỏ “đã xem xét” của %1 (mã %2).").arg(saved->fullName).arg(id) << Qt::endl;
    return ExitOk;
}

const Arguments oneNominee { QT_TRANSLATE_NOOP("vd::cli", "MÃ"), ValueKind::Id, 1, 1,
                             QT_TRANSLATE_NOOP("vd::cli", "mã số người được đề nghị (xem lệnh list)") };

} // namespace

Command reviewCommand()
{
    return { "review",
             QT_TRANSLATE_NOOP("vd::cli", "ghi “đã xem xét” cho người chỉ có cảnh báo (Cần xem xét), kèm lý do; "
                                          "sau đó người này được tính là đủ điều kiện để duyệt"),
             { valueOption("note", ValueKind::Text, QT_TRANSLATE_NOOP("vd::cli", "LÝ_DO"),
                           QT_TRANSLATE_NOOP("vd::cli", "vì sao vẫn đề nghị duyệt (bắt buộc)"), Presence::Required) },
             oneNominee,
             &runReview };
}

Command unreviewCommand()
{
    return { "unreview",
             QT_TRANSLATE_NOOP("vd::cli", "bỏ “đã xem xét” (người đã duyệt thì bỏ duyệt trước)"),
             {},
             oneNominee,
             &runUnreview };
}

} // namespace vd::cli
