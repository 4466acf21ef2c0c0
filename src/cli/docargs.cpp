#include "docargs.h"

#include "cliapp.h"
#include "cliclock.h"
#include "outputs.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace vd::cli {

Result<DocArgs> parseDocArgs(const QString &command, const QStringList &args, const QStringList &formats,
                             int options)
{
    DocArgs out;
    auto valueAfter = [&args](int &i) -> std::optional<QString> {
        if (i + 1 >= args.size())
            return std::nullopt;
        return args.at(++i);
    };
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        auto missing = [&]() { return Error::usage(QCoreApplication::translate("vd::cli", "Thiếu giá trị sau %1 (lệnh %2).").arg(a, command)); };
        if (a == QLatin1String("--format")) {
            auto v = valueAfter(i);
            if (!v)
                return missing();
            out.format = v->toLower();
        } else if (a == QLatin1String("-o") || a == QLatin1String("--output")) {
            auto v = valueAfter(i);
            if (!v)
                return missing();
            out.output = *v;
        } else if (a == QLatin1String("--approved") && (options & OptApproved)) {
            out.approved = true;
        } else if (a == QLatin1String("--date") && (options & OptDate)) {
            auto v = valueAfter(i);
            if (!v)
                return missing();
            out.date = QDate::fromString(*v, Qt::ISODate);
            if (!out.date.isValid())
                out.date = QDate::fromString(*v, QStringLiteral("d/M/yyyy"));
            if (!out.date.isValid())
                return Error::usage(QCoreApplication::translate("vd::cli", "Ngày không hợp lệ: %1 (dùng YYYY-MM-DD hoặc dd/mm/yyyy).").arg(*v));
        } else if (a == QLatin1String("--amount") && (options & OptAmount)) {
            auto v = valueAfter(i);
            if (!v)
                return missing();
            QString digits = *v;
            digits.remove(QLatin1Char('.'));
            bool ok = false;
            out.amount = digits.toLongLong(&ok);
            if (!ok || out.amount <= 0)
                return Error::usage(QCoreApplication::translate("vd::cli", "Số tiền không hợp lệ: %1").arg(*v));
        } else if (a == QLatin1String("--ids") && (options & OptIds)) {
            auto v = valueAfter(i);
            if (!v)
                return missing();
            for (const QString &part : v->split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                bool ok = false;
                const qint64 id = part.trimmed().toLongLong(&ok);
                if (!ok || id <= 0)
                    return Error::usage(QCoreApplication::translate("vd::cli", "Mã số không hợp lệ: %1").arg(part));
                out.ids.append(id);
            }
        } else if (a == QLatin1String("--test-page") && (options & OptTestPage)) {
            out.testPage = true;
        } else {
            return Error::usage(QCoreApplication::translate("vd::cli", "Tham số không hợp lệ cho lệnh %1: %2").arg(command, a));
        }
    }
    if (out.output.isEmpty())
        return Error::usage(QCoreApplication::translate("vd::cli", "Lệnh %1 cần -o TỆP.").arg(command));
    if (out.format.isEmpty()) {
        const QString suffix = QFileInfo(out.output).suffix().toLower();
        if (formats.contains(suffix))
            out.format = suffix;
        else
            return Error::usage(QCoreApplication::translate("vd::cli", "Lệnh %1 cần --format %2.").arg(command, formats.join(QLatin1Char('|'))));
    }
    if (!formats.contains(out.format)) {
        return Error::usage(QCoreApplication::translate("vd::cli", "Định dạng không hỗ trợ cho lệnh %1: %2 (chọn %3).")
                                    .arg(command, out.format, formats.join(QLatin1Char('|'))));
    }
    return out;
}

int runOutputCommand(Context &ctx, int outputKind, const QStringList &formats, int options)
{
    auto kind = docs::OutputKind(outputKind);
    auto args = parseDocArgs(ctx.command, ctx.args, formats, options);
    if (!args)
        return ctx.usage(args.error().message);
    if (args->testPage && !args->ids.isEmpty())
        return ctx.usage(QCoreApplication::translate("vd::cli", "--test-page không đi cùng --ids."));
    if (args->testPage)
        kind = docs::OutputKind::CertificateTestPage;
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    docs::OutputOptions opts;
    opts.date = args->date;
    if (!opts.date.isValid()) { // the CLI's clock (VINHDANH_TODAY), as for check
        auto today = cliToday();
        if (!today)
            return ctx.usage(today.error().message);
        opts.date = *today;
    }
    opts.rewardAmount = args->amount;
    opts.ids = args->ids;
    auto output = docs::buildOutput(**db, kind, opts);
    if (!output)
        return ctx.fail(output.error());
    auto written = output->write(args->output, args->format);
    if (!written)
        return ctx.fail(written.error());
    const QString path = QDir::toNativeSeparators(args->output);
    const int count = output->honoreeCount();
    switch (kind) {
    case docs::OutputKind::ApprovedList:
        ctx.out << QCoreApplication::translate("vd::cli", "Đã xuất %1 người được biểu dương vào %2").arg(count).arg(path);
        break;
    case docs::OutputKind::Programme:
        ctx.out << QCoreApplication::translate("vd::cli", "Đã ghi chương trình hội nghị vào %1").arg(path);
        break;
    case docs::OutputKind::Decision:
        ctx.out << QCoreApplication::translate("vd::cli", "Đã ghi dự thảo quyết định khen thưởng %1 người vào %2").arg(count).arg(path);
        break;
    case docs::OutputKind::Invitations:
        ctx.out << QCoreApplication::translate("vd::cli", "Đã ghi %1 giấy mời vào %2").arg(count).arg(path);
        break;
    case docs::OutputKind::Certificates:
        ctx.out << QCoreApplication::translate("vd::cli", "Đã ghi %1 giấy khen vào %2").arg(count).arg(path);
        break;
    case docs::OutputKind::CertificateTestPage:
        ctx.out << QCoreApplication::translate("vd::cli", "Đã ghi trang in thử giấy khen vào %1").arg(path);
        break;
    case docs::OutputKind::EligibilityReport:
        ctx.out << QCoreApplication::translate("vd::cli", "Đã ghi báo cáo thẩm định hồ sơ vào %1").arg(path);
        break;
    }
    ctx.out << Qt::endl;
    return ExitOk;
}

} // namespace vd::cli
