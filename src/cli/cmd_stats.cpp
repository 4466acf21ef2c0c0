// vinhdanh-cli stats [--years] [--json]: counts of the active campaign by bloc,
// unit, gender and category (honorees included), or of every campaign by year
// (docs/cli.md, docs/history.md).
#include "commands.h"
#include "stats.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vd::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vd::cli", text);
}

QJsonArray rowsJson(const QList<StatsRow> &rows, const char *keyName)
{
    QJsonArray out;
    for (const StatsRow &r : rows) {
        QJsonObject o;
        o.insert(QLatin1String(keyName), r.key);
        if (r.name != r.key)
            o.insert(QStringLiteral("name"), r.name);
        o.insert(QStringLiteral("nominated"), r.nominees);
        o.insert(QStringLiteral("approved"), r.approved);
        out.append(o);
    }
    return out;
}

QJsonObject statsJson(const CampaignStats &s)
{
    QJsonObject o;
    o.insert(QStringLiteral("campaign_id"), s.campaignId);
    o.insert(QStringLiteral("campaign"), s.name);
    o.insert(QStringLiteral("year"), s.year);
    o.insert(QStringLiteral("closed"), s.closed);
    o.insert(QStringLiteral("nominated"), s.nominees);
    o.insert(QStringLiteral("approved"), s.approved);
    o.insert(QStringLiteral("units_participating"), s.participatingUnits);
    o.insert(QStringLiteral("repeat_nominees"), s.repeatNominees);
    o.insert(QStringLiteral("repeat_honorees"), s.repeatHonorees);
    o.insert(QStringLiteral("initiatives"), s.initiatives);
    o.insert(QStringLiteral("approved_initiatives"), s.approvedInitiatives);
    o.insert(QStringLiteral("blocs"), rowsJson(s.blocs, "code"));
    o.insert(QStringLiteral("units"), rowsJson(s.units, "unit"));
    o.insert(QStringLiteral("genders"), rowsJson(s.genders, "gender"));
    o.insert(QStringLiteral("categories"), rowsJson(s.categories, "category"));
    return o;
}

void writeText(QTextStream &out, const CampaignStats &s)
{
    out << tr("%1 (năm %2): %3 hồ sơ, %4 đã duyệt, %5 đơn vị tham gia")
               .arg(s.name, QString::number(s.year), QString::number(s.nominees),
                    QString::number(s.approved), QString::number(s.participatingUnits))
        << Qt::endl;
    out << tr("  đã được biểu dương ở đợt trước: %1 người được đề nghị, %2 người được duyệt")
               .arg(s.repeatNominees)
               .arg(s.repeatHonorees)
        << Qt::endl;
    out << tr("  sáng kiến có quyết định công nhận: %1 (%2 được duyệt)")
               .arg(s.initiatives)
               .arg(s.approvedInitiatives)
        << Qt::endl;
    for (const StatsRow &b : s.blocs)
        out << QStringLiteral("  %1\t%2\t%3\t%4").arg(b.key, b.name).arg(b.nominees).arg(b.approved)
            << Qt::endl;
}

int runStats(Context &ctx)
{
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    QList<CampaignStats> list;
    if (ctx.isSet("years")) {
        auto all = statsByYear(**db);
        if (!all)
            return ctx.fail(all.error());
        list = *all;
    } else {
        auto ws = ctx.workspace();
        if (!ws)
            return ctx.fail(ws.error());
        auto one = campaignStats(**db, ws->campaign->id);
        if (!one)
            return ctx.fail(one.error());
        list.append(*one);
    }
    if (ctx.isSet("json")) {
        QJsonDocument doc;
        if (ctx.isSet("years")) {
            QJsonArray years;
            for (const CampaignStats &s : std::as_const(list))
                years.append(statsJson(s));
            QJsonObject root;
            root.insert(QStringLiteral("years"), years);
            doc.setObject(root);
        } else {
            doc.setObject(statsJson(list.constFirst()));
        }
        ctx.out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
        ctx.out.flush();
        return ExitOk;
    }
    for (const CampaignStats &s : std::as_const(list))
        writeText(ctx.out, s);
    return ExitOk;
}

} // namespace

Command statsCommand()
{
    return { "stats",
             QT_TRANSLATE_NOOP("vd::cli",
                               "số liệu: người được đề nghị và được duyệt theo khối, đơn vị, giới tính, loại"),
             { flagOption("years", QT_TRANSLATE_NOOP("vd::cli", "mọi đợt, theo năm (qua các năm)")),
               flagOption("json", QT_TRANSLATE_NOOP("vd::cli", "in dạng JSON")) },
             {},
             &runStats };
}

} // namespace vd::cli
