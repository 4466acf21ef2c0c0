// vinhdanh-cli approve ID... / unapprove ID...: all or nothing (CONTRACT §1,
// §4.4). A refusal prints one line per problem on stderr and exits 1 with the
// database unchanged.
#include "approvalservice.h"
#include "cliclock.h"
#include "commands.h"

#include <QCoreApplication>
#include <QSet>

namespace vd::cli {

namespace {


// Every argument must be a nominee id (a positive integer).
bool parseIds(Context &ctx, QList<qint64> *ids, int *exitCode)
{
    if (ctx.args.isEmpty()) {
        *exitCode = ctx.usage(
            QCoreApplication::translate("vd::cli", "Lệnh %1 cần ít nhất một mã người được đề nghị (xem lệnh list).").arg(ctx.command));
        return false;
    }
    for (const QString &a : std::as_const(ctx.args)) {
        bool ok = false;
        const qint64 id = a.toLongLong(&ok);
        if (!ok || id <= 0) {
            *exitCode = ctx.usage(
                QCoreApplication::translate("vd::cli", "Mã người được đề nghị không hợp lệ: %1 (cần một số nguyên dương).").arg(a));
            return false;
        }
        ids->append(id);
    }
    return true;
}

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
            out.append(QCoreApplication::translate("vd::cli", "%1 (mã %2)").arg(s.nominees.value(id).fullName).arg(id));
        return out.join(QStringLiteral(", "));
    };
    if (!s.changed.isEmpty()) {
        ctx.out << (approving ? QCoreApplication::translate("vd::cli", "Đã duyệt %1 người: %2.") : QCoreApplication::translate("vd::cli", "Đã bỏ duyệt %1 người: %2."))
                       .arg(s.changed.size())
                       .arg(names(s.changed))
                << '\n';
    }
    if (!s.unchanged.isEmpty()) {
        ctx.out << (approving ? QCoreApplication::translate("vd::cli", "Đã được duyệt từ trước, không tính lại: %1.")
                              : QCoreApplication::translate("vd::cli", "Chưa được duyệt, không có gì để bỏ: %1."))
                       .arg(names(s.unchanged))
                << '\n';
    }
    QSet<qint64> blocs;
    for (const Nominee &n : s.nominees)
        blocs.insert(n.blocId);
    for (const BlocTally &t : s.blocs) {
        if (blocs.contains(t.blocId)) {
            ctx.out << QCoreApplication::translate("vd::cli", "Khối %1: chỉ tiêu %2, đã duyệt %3, còn %4.")
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
    QList<qint64> ids;
    int exitCode = ExitOk;
    if (!parseIds(ctx, &ids, &exitCode))
        return exitCode;
    auto today = cliToday();
    if (!today)
        return ctx.usage(today.error().message);
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    ApprovalService service(**db);
    auto result = approving ? service.approveWithSummary(ids, *today)
                            : service.unapproveWithSummary(ids);
    if (!result)
        return refuse(ctx, result.error());
    printSummary(ctx, *result, approving);
    return ExitOk;
}

} // namespace

int runApprove(Context &ctx)
{
    return runApproval(ctx, true);
}
int runUnapprove(Context &ctx)
{
    return runApproval(ctx, false);
}

} // namespace vd::cli
