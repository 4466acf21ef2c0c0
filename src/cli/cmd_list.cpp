// vinhdanh-cli list [--json]: every nominee of the active campaign, with its id.
#include "clitext.h"
#include "commands.h"
#include "nomineestore.h"
#include "privacy.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vd::cli {

namespace {

QJsonObject nomineeJson(const Nominee &n, const Campaign &c, bool showPersonal)
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
    // Personal data: the last 4 digits unless --show-personal (docs/cli.md).
    o.insert(QStringLiteral("citizen_id"), n.citizenId.isEmpty()
                                               ? QJsonValue()
                                               : QJsonValue(showPersonal ? n.citizenId : maskCitizenId(n.citizenId)));
    o.insert(QStringLiteral("birth_date"),
             n.birthDate.isValid() ? QJsonValue(n.birthDate.toString(Qt::ISODate)) : QJsonValue());
    // Also when only the year is known (birth_date null then).
    o.insert(QStringLiteral("birth_year"), n.knownBirthYear() > 0 ? QJsonValue(n.knownBirthYear()) : QJsonValue());
    o.insert(QStringLiteral("received_date"),
             n.receivedDate.isValid() ? QJsonValue(n.receivedDate.toString(Qt::ISODate)) : QJsonValue());
    o.insert(QStringLiteral("approved"), n.approved);
    return o;
}

int runList(Context &ctx)
{
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    const Campaign *campaign = ws->campaign;
    auto nominees = NomineeStore(*ws->db).loadAll(campaign->id);
    if (!nominees)
        return ctx.fail(nominees.error());

    if (ctx.isSet("json")) {
        QJsonArray array;
        for (const Nominee &n : std::as_const(*nominees))
            array.append(nomineeJson(n, *campaign, ctx.isSet("show-personal")));
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

    ctx.out << CliText::tr("%1 — %2 người được đề nghị").arg(campaign->name).arg(nominees->size()) << Qt::endl;
    for (const Nominee &n : std::as_const(*nominees)) {
        const Bloc *bloc = campaign->blocById(n.blocId);
        ctx.out << QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
                       .arg(n.id)
                       .arg(n.fullName, bloc ? bloc->code : QString(), n.unitName, n.position,
                            n.approved ? CliText::tr("đã duyệt") : QString())
                << Qt::endl;
    }
    return ExitOk;
}

} // namespace

Command listCommand()
{
    return { "list",
             QT_TRANSLATE_NOOP("vd::cli", "liệt kê mọi người được đề nghị, kèm mã số"),
             { flagOption("json", QT_TRANSLATE_NOOP("vd::cli", "in dạng JSON")),
               flagOption("show-personal",
                          QT_TRANSLATE_NOOP("vd::cli", "in đủ số CCCD trong JSON (mặc định: chỉ 4 số cuối)")) },
             {},
             &runList };
}

} // namespace vd::cli
