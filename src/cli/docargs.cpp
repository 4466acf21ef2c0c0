#include "docargs.h"
#include "clitext.h"

#include "outputs.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace vd::cli {

namespace {

// The formats the command's --format option lists ("pdf|odt").
QStringList allowedFormats(const Command &command)
{
    for (const Option &o : command.options) {
        if (qstrcmp(o.name, "format") == 0)
            return QString::fromLatin1(o.valueName).split(QLatin1Char('|'));
    }
    return {};
}

Result<QString> chosenFormat(const Context &ctx)
{
    const QStringList formats = allowedFormats(*ctx.command);
    QString format = ctx.text("format").toLower();
    if (format.isEmpty()) {
        const QString suffix = QFileInfo(ctx.text("output")).suffix().toLower();
        if (!formats.contains(suffix)) {
            return Error::usage(
                CliText::tr("Lệnh %1 cần --format %2.").arg(ctx.name(), formats.join(QLatin1Char('|'))));
        }
        format = suffix;
    }
    if (!formats.contains(format)) {
        return Error::usage(CliText::tr("Định dạng không hỗ trợ cho lệnh %1: %2 (chọn %3).")
                                .arg(ctx.name(), format, formats.join(QLatin1Char('|'))));
    }
    return format;
}

QString doneMessage(docs::OutputKind kind, int count, const QString &path)
{
    switch (kind) {
    case docs::OutputKind::ApprovedList:
        return CliText::tr("Đã xuất %1 người được biểu dương vào %2").arg(count).arg(path);
    case docs::OutputKind::Programme:
        return CliText::tr("Đã ghi chương trình hội nghị vào %1").arg(path);
    case docs::OutputKind::Decision:
        return CliText::tr("Đã ghi dự thảo quyết định khen thưởng %1 người vào %2").arg(count).arg(path);
    case docs::OutputKind::Invitations:
        return CliText::tr("Đã ghi %1 giấy mời vào %2").arg(count).arg(path);
    case docs::OutputKind::Certificates:
        return CliText::tr("Đã ghi %1 giấy khen vào %2").arg(count).arg(path);
    case docs::OutputKind::CertificateTestPage:
        return CliText::tr("Đã ghi trang in thử giấy khen vào %1").arg(path);
    case docs::OutputKind::EligibilityReport:
        return CliText::tr("Đã ghi báo cáo thẩm định hồ sơ vào %1").arg(path);
    case docs::OutputKind::Budget:
        return CliText::tr("Đã ghi dự toán kinh phí vào %1").arg(path);
    case docs::OutputKind::CouncilBallots:
        return CliText::tr("Đã ghi phiếu bầu vào %1").arg(path);
    case docs::OutputKind::CouncilMinutes:
        return CliText::tr("Đã ghi biên bản họp Hội đồng vào %1").arg(path);
    case docs::OutputKind::DelegateInvitations:
        return CliText::tr("Đã ghi giấy mời đại biểu vào %1").arg(path);
    case docs::OutputKind::DelegateLabels:
        return CliText::tr("Đã ghi nhãn phong bì vào %1").arg(path);
    case docs::OutputKind::DelegateCheckinList:
        return CliText::tr("Đã ghi danh sách đón tiếp đại biểu vào %1").arg(path);
    case docs::OutputKind::RunningScript:
        return CliText::tr("Đã ghi kịch bản điều hành hội nghị vào %1").arg(path);
    case docs::OutputKind::SlideDeck:
        return CliText::tr("Đã ghi các trang trình chiếu vào %1").arg(path);
    case docs::OutputKind::MovementAnnex:
        return CliText::tr("Đã ghi phụ lục số liệu phong trào vào %1").arg(path);
    }
    return path;
}

} // namespace

QList<Option> documentOptions(const char *formats, int extra, Presence format, Presence output)
{
    QList<Option> options {
        valueOption("format", ValueKind::Text, formats,
                    QT_TRANSLATE_NOOP("vd::cli", "định dạng tệp (bỏ trống: theo đuôi tên tệp)"), format),
        outputOption(output),
    };
    if (extra & OptApproved) {
        options.prepend({ "approved", nullptr, ValueKind::Flag, nullptr,
                          QT_TRANSLATE_NOOP("vd::cli", "danh sách người đã được duyệt (hiện là danh sách duy nhất)"),
                          Presence::Required });
    }
    if (extra & OptDate) {
        options.append(valueOption("date", ValueKind::Date, QT_TRANSLATE_NOOP("vd::cli", "YYYY-MM-DD"),
                                   QT_TRANSLATE_NOOP("vd::cli", "ngày ghi trên văn bản (mặc định: hôm nay)")));
    }
    if (extra & OptAmount) {
        options.append(valueOption("amount", ValueKind::Amount, QT_TRANSLATE_NOOP("vd::cli", "SỐ_TIỀN"),
                                   QT_TRANSLATE_NOOP("vd::cli", "tiền thưởng mỗi người, đồng (mặc định: theo đợt)")));
    }
    if (extra & OptIds) {
        options.append(valueOption("ids", ValueKind::IdList, "1,2,...",
                                   QT_TRANSLATE_NOOP("vd::cli", "chỉ những người được biểu dương có các mã này")));
    }
    if (extra & OptTestPage) {
        options.append(
            flagOption("test-page", QT_TRANSLATE_NOOP("vd::cli", "trang in thử có lưới milimét để căn chỉnh phôi")));
    }
    return options;
}

int runOutputCommand(Context &ctx, int outputKind)
{
    auto kind = docs::OutputKind(outputKind);
    auto format = chosenFormat(ctx);
    if (!format)
        return ctx.usage(format.error().message);
    if (ctx.isSet("test-page") && ctx.isSet("ids"))
        return ctx.usage(CliText::tr("--test-page không đi cùng --ids."));
    if (ctx.isSet("test-page"))
        kind = docs::OutputKind::CertificateTestPage;
    docs::OutputOptions opts;
    opts.date = ctx.date("date");
    if (!opts.date.isValid()) { // the CLI's clock (VINHDANH_TODAY), as for check
        auto today = ctx.today();
        if (!today)
            return ctx.usage(today.error().message);
        opts.date = *today;
    }
    opts.rewardAmount = ctx.number("amount");
    opts.ids = ctx.ids("ids");
    opts.timing.itemMinutes = int(qMin<qint64>(ctx.number("item-minutes", opts.timing.itemMinutes), 600));
    opts.timing.batchMinutes = int(qMin<qint64>(ctx.number("batch-minutes", opts.timing.batchMinutes), 600));
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto output = docs::buildOutput(**db, kind, opts);
    if (!output)
        return ctx.fail(output.error());
    const QString file = ctx.text("output");
    if (auto written = output->write(file, *format); !written)
        return ctx.fail(written.error());
    ctx.out << doneMessage(kind, output->honoreeCount(), QDir::toNativeSeparators(file)) << Qt::endl;
    return ExitOk;
}

std::optional<int> runOutputOrUsage(Context &ctx, int outputKind)
{
    if (ctx.isSet("output")) {
        if (ctx.isSet("json"))
            return ctx.usage(CliText::tr("--json không đi cùng -o."));
        return runOutputCommand(ctx, outputKind);
    }
    if (ctx.isSet("format") || ctx.isSet("date"))
        return ctx.usage(CliText::tr("--format và --date cần -o TỆP."));
    return std::nullopt;
}

} // namespace vd::cli
