#include "auditlog.h"
#include "campaignstore.h"
#include "commands.h"
#include "privacy.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vd::cli {

int runAudit(Context &ctx)
{
    bool json = false;
    int limit = 0;
    for (int i = 0; i < ctx.args.size(); ++i) {
        const QString &a = ctx.args.at(i);
        bool ok = true;
        if (a == QLatin1String("--json"))
            json = true;
        else if (a == QLatin1String("--limit") && i + 1 < ctx.args.size())
            limit = ctx.args.at(++i).toInt(&ok);
        else
            ok = false;
        if (!ok || limit < 0)
            return ctx.usage(QCoreApplication::translate("vd::cli", "Tham số không hợp lệ cho lệnh audit: %1").arg(a));
    }
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto entries = AuditLog(**db).entries(limit);
    if (!entries)
        return ctx.fail(entries.error());
    if (json) {
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
    bool ok = false;
    const qint64 id = ctx.args.value(0).toLongLong(&ok);
    if (ctx.args.size() != 2 || !ok || ctx.args.at(1) != QLatin1String("--yes")) {
        return ctx.usage(QCoreApplication::translate("vd::cli", "Cách dùng: purge-campaign MÃ_ĐỢT --yes (xóa hẳn dữ liệu cá nhân của một đợt đã kết thúc; "
                            "các bản sao lưu cũ vẫn còn dữ liệu này)."));
    }
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto removed = purgeCampaignPersonalData(**db, id);
    if (!removed)
        return ctx.fail(removed.error());
    ctx.out << QCoreApplication::translate("vd::cli", "Đã xóa dữ liệu cá nhân của %1 người được đề nghị thuộc đợt %2.").arg(*removed).arg(id) << Qt::endl;
    return ExitOk;
}

} // namespace vd::cli
