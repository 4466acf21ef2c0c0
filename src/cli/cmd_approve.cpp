// vinhdanh-cli approve ID... / unapprove ID...: all or nothing (docs/cli.md).
// A refusal prints one line per problem on stderr and exits 1 with the
// database unchanged.
#include "approvalservice.h"
#include "clitext.h"
#include "commands.h"

#include <QCoreApplication>
#include <QSet>

namespace vd::cli {

namespace {

// Refusals: one line per problem (the headline only when there is no detail).
int refuse(Context &ctx, const Error &error)
{
    if (error.kind != ErrorKind::Validation || error.details.isEmpty())
        return ctx.fail(error);
    for (const QString &line : error.details)
        ctx.err << line << Qt::endl;
    return ExitRefused;
}

void printSummary(Context &ctx, const ApprovalSummary &s, bool approving)
{
    auto names = [&](const QList<qint64> &ids) {
        QStringList out;
        for (qint64 id : ids)
            out.append(CliText::tr("%1 (mã %2)").arg(s.nominees.value(id).fullName).arg(id));
        return out.join(QStringLiteral(", "));
    };
    if (!s.changed.isEmpty()) {
        ctx.out << (approving ? CliText::tr("Đã duyệt %1 người: %2.") : CliText::tr("Đã bỏ duyệt %1 người: %2."))
                       .arg(s.changed.size())
                       .arg(names(s.changed))
                << '\n';
    }
    if (!s.unchanged.isEmpty()) {
        ctx.out << (approving ? CliText::tr("Đã được duyệt từ trước, không tính lại: %1.")
                              : CliText::tr("Chưa được duyệt, không có gì để bỏ: %1."))
                       .arg(names(s.unchanged))
                << '\n';
    }
    QSet<qint64> blocs;
    for (const Nominee &n : s.nominees)
        blocs.insert(n.blocId);
    for (const BlocTally &t : s.blocs) {
        if (blocs.contains(t.blocId)) {
            ctx.out << CliText::tr("Khối %1: chỉ tiêu %2, đã duyệt %3, còn %4.")
                           .arg(t.name)
                           .arg(t.quota)
                           .arg(t.approved)
                           .arg(t.remaining())
                    << '\n';
        }
    }
    ctx.out.flush();
}

int runApproval(Context &ctx, bool approving)
{
    const QList<qint64> &ids = ctx.argumentIds();
    auto today = ctx.today();
    if (!today)
        return ctx.usage(today.error().message);
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    ApprovalService service(**db);
    auto result = approving ? service.approveWithSummary(ids, *today) : service.unapproveWithSummary(ids);
    if (!result)
        return refuse(ctx, result.error());
    printSummary(ctx, *result, approving);
    return ExitOk;
}

int runApprove(Context &ctx) { return runApproval(ctx, true); }

int runUnapprove(Context &ctx) { return runApproval(ctx, false); }

const Arguments nomineeIds { QT_TRANSLATE_NOOP("vd::cli", "MÃ"), ValueKind::Id, 1, -1,
                             QT_TRANSLATE_NOOP("vd::cli", "mã số người được đề nghị (xem lệnh list)") };

} // namespace

Command approveCommand()
{
    return { "approve",
             QT_TRANSLATE_NOOP("vd::cli", "duyệt biểu dương; từ chối tất cả nếu có người chưa đủ điều kiện "
                                          "hoặc khối vượt chỉ tiêu"),
             {},
             nomineeIds,
             &runApprove };
}

Command unapproveCommand()
{
    return { "unapprove", QT_TRANSLATE_NOOP("vd::cli", "bỏ duyệt"), {}, nomineeIds, &runUnapprove };
}

} // namespace vd::cli
