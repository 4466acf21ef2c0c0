#include "campaignstore.h"
#include "commands.h"
#include "nomineestore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vd::cli {

namespace {


QJsonObject nomineeJson(const Nominee &n, const Campaign &c)
{
    const Bloc *bloc = c.blocById(n.blocId);
    QJsonObject o;
    o.insert(QStringLiteral("id"), n.id);
    o.insert(QStringLiteral("full_name"), n.fullName);
    o.insert(QStringLiteral("bloc"), bloc ? bloc->code : QString());
    o.insert(QStringLiteral("unit"), n.unitName);
    o.insert(QStringLiteral("position"), n.position);
    o.insert(QStringLiteral("category"), categoryCode(n.category));
    o.insert(QStringLiteral("gender"), genderName(n.gender));
    o.insert(QStringLiteral("birth_date"),
             n.birthDate.isValid() ? QJsonValue(n.birthDate.toString(Qt::ISODate)) : QJsonValue());
    o.insert(QStringLiteral("received_date"),
             n.receivedDate.isValid() ? QJsonValue(n.receivedDate.toString(Qt::ISODate)) : QJsonValue());
    o.insert(QStringLiteral("approved"), n.approved);
    return o;
}

} // namespace

int runList(Context &ctx)
{
    bool json = false;
    for (const QString &a : std::as_const(ctx.args)) {
        if (a == QLatin1String("--json"))
            json = true;
        else
            return ctx.usage(QCoreApplication::translate("vd::cli", "Tham số không hợp lệ cho lệnh list: %1").arg(a));
    }
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto campaign = CampaignStore(**db).loadActive();
    if (!campaign)
        return ctx.fail(campaign.error());
    auto nominees = NomineeStore(**db).loadAll(campaign->id);
    if (!nominees)
        return ctx.fail(nominees.error());

    if (json) {
        QJsonArray array;
        for (const Nominee &n : std::as_const(*nominees))
            array.append(nomineeJson(n, *campaign));
        QJsonObject root;
        QJsonObject campaignObject;
        campaignObject.insert(QStringLiteral("name"), campaign->name);
        campaignObject.insert(QStringLiteral("year"), campaign->year);
        root.insert(QStringLiteral("campaign"), campaignObject);
        root.insert(QStringLiteral("nominees"), array);
        ctx.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        ctx.out.flush();
        return ExitOk;
    }

    ctx.out << QCoreApplication::translate("vd::cli", "%1 — %2 người được đề nghị").arg(campaign->name).arg(nominees->size()) << Qt::endl;
    for (const Nominee &n : std::as_const(*nominees)) {
        const Bloc *bloc = campaign->blocById(n.blocId);
        ctx.out << QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
                           .arg(n.id)
                           .arg(n.fullName, bloc ? bloc->code : QString(), n.unitName, n.position,
                                n.approved ? QCoreApplication::translate("vd::cli", "đã duyệt") : QString())
                << Qt::endl;
    }
    return ExitOk;
}

} // namespace vd::cli
