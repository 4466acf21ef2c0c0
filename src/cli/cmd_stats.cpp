// vinhdanh-cli stats: the figures of the movement report (movementstats.h) as
// text or JSON. docs/conference.md.
#include "clitext.h"
#include "commands.h"
#include "docargs.h"
#include "movementstats.h"
#include "outputs.h"
#include "stats.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vd::cli {

namespace {

QJsonArray rowsJson(const QList<StatsRow> &rows)
{
    QJsonArray out;
    for (const StatsRow &r : rows) {
        QJsonObject o;
        o.insert(QStringLiteral("key"), r.key);
        o.insert(QStringLiteral("label"), r.label);
        o.insert(QStringLiteral("nominees"), r.nominees);
        o.insert(QStringLiteral("honorees"), r.honorees);
        out.append(o);
    }
    return out;
}

void printRows(QTextStream &out, const QString &title, const QList<StatsRow> &rows)
{
    out << title << Qt::endl;
    for (const StatsRow &r : rows)
        out << QStringLiteral("  %1\t%2\t%3").arg(r.label).arg(r.nominees).arg(r.honorees) << Qt::endl;
}

// --years: every campaign, oldest first (docs/history.md), same vocabulary.
QJsonArray yearRowsJson(const QList<YearStatsRow> &rows)
{
    QJsonArray out;
    for (const YearStatsRow &r : rows) {
        QJsonObject o;
        o.insert(QStringLiteral("key"), r.key);
        o.insert(QStringLiteral("label"), r.name);
        o.insert(QStringLiteral("nominees"), r.nominees);
        o.insert(QStringLiteral("honorees"), r.approved);
        out.append(o);
    }
    return out;
}

int runYears(Context &ctx, Database &db)
{
    auto all = statsByYear(db);
    if (!all)
        return ctx.fail(all.error());
    QJsonArray years;
    for (const CampaignStats &s : std::as_const(*all)) {
        if (!ctx.isSet("json")) {
            ctx.out << CliText::tr("%1 (năm %2): %3 hồ sơ, %4 được biểu dương, %5 đơn vị tham gia, "
                                   "%6 người được biểu dương lại")
                           .arg(s.name, QString::number(s.year), QString::number(s.nominees),
                                QString::number(s.approved), QString::number(s.participatingUnits),
                                QString::number(s.repeatHonorees))
                    << Qt::endl;
            continue;
        }
        QJsonObject initiatives;
        initiatives.insert(QStringLiteral("nominees"), s.initiatives);
        initiatives.insert(QStringLiteral("honorees"), s.approvedInitiatives);
        QJsonObject o;
        o.insert(QStringLiteral("campaign_id"), s.campaignId);
        o.insert(QStringLiteral("campaign"), s.name);
        o.insert(QStringLiteral("year"), s.year);
        o.insert(QStringLiteral("closed"), s.closed);
        o.insert(QStringLiteral("nominees"), s.nominees);
        o.insert(QStringLiteral("honorees"), s.approved);
        o.insert(QStringLiteral("units_participating"), s.participatingUnits);
        o.insert(QStringLiteral("repeat_nominees"), s.repeatNominees);
        o.insert(QStringLiteral("repeat_honorees"), s.repeatHonorees);
        o.insert(QStringLiteral("initiatives"), initiatives);
        o.insert(QStringLiteral("by_bloc"), yearRowsJson(s.blocs));
        o.insert(QStringLiteral("by_unit"), yearRowsJson(s.units));
        o.insert(QStringLiteral("by_gender"), yearRowsJson(s.genders));
        o.insert(QStringLiteral("by_category"), yearRowsJson(s.categories));
        years.append(o);
    }
    if (ctx.isSet("json")) {
        QJsonObject root;
        root.insert(QStringLiteral("years"), years);
        ctx.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        ctx.out.flush();
    }
    return ExitOk;
}

int runStats(Context &ctx)
{
    if (const auto settled = runOutputOrUsage(ctx, int(docs::OutputKind::MovementAnnex)))
        return *settled;
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    if (ctx.isSet("years"))
        return runYears(ctx, **db);
    auto stats = loadMovementStats(**db);
    if (!stats)
        return ctx.fail(stats.error());
    const MovementStats &s = *stats;
    if (ctx.isSet("json")) {
        QJsonObject initiatives;
        initiatives.insert(QStringLiteral("nominees"), s.initiatives);
        initiatives.insert(QStringLiteral("honorees"), s.honoreeInitiatives);
        QJsonObject root;
        root.insert(QStringLiteral("campaign"), s.campaign.name);
        root.insert(QStringLiteral("nominees"), s.nominees);
        root.insert(QStringLiteral("honorees"), s.honorees);
        root.insert(QStringLiteral("initiatives"), initiatives);
        root.insert(QStringLiteral("by_bloc"), rowsJson(s.byBloc));
        root.insert(QStringLiteral("by_unit"), rowsJson(s.byUnit));
        root.insert(QStringLiteral("by_gender"), rowsJson(s.byGender));
        root.insert(QStringLiteral("by_worker"), rowsJson(s.byWorker));
        root.insert(QStringLiteral("by_category"), rowsJson(s.byCategory));
        ctx.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        ctx.out.flush();
        return ExitOk;
    }
    ctx.out << CliText::tr("Số liệu phong trào — %1").arg(s.campaign.name) << Qt::endl
            << CliText::tr("Hồ sơ đề nghị: %1; được biểu dương: %2; có sáng kiến: "
                           "%3 (được biểu dương %4)")
                   .arg(s.nominees)
                   .arg(s.honorees)
                   .arg(s.initiatives)
                   .arg(s.honoreeInitiatives)
            << Qt::endl
            << CliText::tr("(cột: đề nghị, được biểu dương)") << Qt::endl;
    printRows(ctx.out, CliText::tr("Theo khối:"), s.byBloc);
    printRows(ctx.out, CliText::tr("Theo giới tính:"), s.byGender);
    printRows(ctx.out, CliText::tr("Công nhân / cán bộ:"), s.byWorker);
    printRows(ctx.out, CliText::tr("Theo loại:"), s.byCategory);
    printRows(ctx.out, CliText::tr("Theo đơn vị:"), s.byUnit);
    return ExitOk;
}

} // namespace

Command statsCommand()
{
    return { "stats",
             QT_TRANSLATE_NOOP("vd::cli", "số liệu cho báo cáo phong trào: hồ sơ đề nghị và người được biểu "
                                          "dương theo khối, đơn vị, giới tính, công nhân/cán bộ, LĐG/LĐST, "
                                          "sáng kiến"),
             QList<Option> { flagOption("years", QT_TRANSLATE_NOOP("vd::cli", "mọi đợt, theo năm (qua các năm)")),
                             flagOption("json", QT_TRANSLATE_NOOP("vd::cli", "in dạng JSON")) }
                 + documentOptions("docx|pdf|odt", OptDate, Presence::Optional, Presence::Optional),
             {},
             &runStats,
             true };
}

} // namespace vd::cli
