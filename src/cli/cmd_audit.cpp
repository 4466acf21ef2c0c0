// vinhdanh-cli audit [--json] [--limit N] and purge-campaign ID --yes.
#include "auditlog.h"
#include "clitext.h"
#include "commands.h"
#include "privacy.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

namespace vd::cli {

namespace {

int runAudit(Context &ctx)
{
    const int limit = int(qMin<qint64>(ctx.number("limit", 0), std::numeric_limits<int>::max()));
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto entries = AuditLog(**db).entries(limit);
    if (!entries)
        return ctx.fail(entries.error());
    if (ctx.isSet("json")) {
        QJsonArray array;
        for (const AuditEntry &e : std::as_const(*entries)) {
            array.append(QJsonObject { { QStringLiteral("id"), e.id },
                                       { QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs) },
                                       { QStringLiteral("user"), e.user },
                                       { QStringLiteral("action"), e.action },
                                       { QStringLiteral("entity"), e.entity },
                                       { QStringLiteral("entity_id"), e.entityId },
                                       { QStringLiteral("details"), e.details } });
        }
        ctx.out << QString::fromUtf8(QJsonDocument(QJsonObject { { QStringLiteral("audit"), array } }).toJson());
        return ExitOk;
    }
    for (const AuditEntry &e : std::as_const(*entries)) {
        ctx.out << e.at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm:ss")) << '\t' << e.user << '\t'
                << e.action << '\t' << e.entity << ' ' << e.entityId << '\t' << e.details << Qt::endl;
    }
    return ExitOk;
}

int runPurgeCampaign(Context &ctx)
{
    const qint64 id = ctx.argumentIds().constFirst();
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto removed = purgeCampaignPersonalData(**db, id);
    if (!removed)
        return ctx.fail(removed.error());
    ctx.out << CliText::tr("Đã xóa dữ liệu cá nhân của %1 người được đề nghị thuộc đợt %2.").arg(*removed).arg(id)
            << Qt::endl;
    return ExitOk;
}

} // namespace

Command auditCommand()
{
    return { "audit",
             QT_TRANSLATE_NOOP("vd::cli", "nhật ký thay đổi: ai đã sửa gì, lúc nào (mới nhất trước)"),
             { flagOption("json", QT_TRANSLATE_NOOP("vd::cli", "in dạng JSON")),
               valueOption("limit", ValueKind::Count, "N",
                           QT_TRANSLATE_NOOP("vd::cli", "chỉ in N dòng mới nhất (0: tất cả)")) },
             {},
             &runAudit };
}

Command purgeCampaignCommand()
{
    return { "purge-campaign",
             QT_TRANSLATE_NOOP("vd::cli", "xóa hẳn dữ liệu cá nhân của một đợt biểu dương đã kết thúc"),
             { { "yes", nullptr, ValueKind::Flag, nullptr,
                 QT_TRANSLATE_NOOP("vd::cli", "xác nhận xóa hẳn (các bản sao lưu cũ vẫn còn dữ liệu này)"),
                 Presence::Required } },
             { QT_TRANSLATE_NOOP("vd::cli", "MÃ_ĐỢT"), ValueKind::Id, 1, 1,
               QT_TRANSLATE_NOOP("vd::cli", "mã số của đợt biểu dương") },
             &runPurgeCampaign };
}

} // namespace vd::cli
