#include "stats.h"

#include "campaignstore.h"
#include "database.h"
#include "domain.h"

#include <QCoreApplication>

namespace vd {

namespace {

// This file's translations, lupdate context "vd::Stats".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vd::Stats)
};

Result<QList<YearStatsRow>> rows(Database &db, const QString &sql, const QVariantList &values)
{
    auto q = db.run(sql, values, Tr::tr("tính số liệu"));
    if (!q)
        return q.error();
    QList<YearStatsRow> out;
    while (q->next()) {
        YearStatsRow r;
        r.key = q->value(0).toString();
        r.name = q->value(1).toString();
        r.nominees = q->value(2).toInt();
        r.approved = q->value(3).toInt();
        out.append(r);
    }
    if (auto rowsEnd = db.endOfRows(*q, Tr::tr("tính số liệu")); !rowsEnd)
        return rowsEnd.error();
    return out;
}

Result<int> number(Database &db, const QString &sql, const QVariantList &values)
{
    auto q = db.run(sql, values, Tr::tr("tính số liệu"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

// An approval of the same person in a campaign before n's (docs/history.md).
const QString kEarlierApproval
    = QStringLiteral("EXISTS (SELECT 1 FROM nominee p JOIN campaign pc ON pc.id = p.campaign_id "
                     "WHERE p.person_id = n.person_id AND p.approved = 1 AND p.campaign_id <> n.campaign_id "
                     "AND (pc.year < c.year OR (pc.year = c.year AND pc.id < c.id)))");

} // namespace

Result<CampaignStats> campaignStats(Database &db, qint64 campaignId)
{
    auto campaign = CampaignStore(db).load(campaignId);
    if (!campaign)
        return campaign.error();
    CampaignStats s;
    s.campaignId = campaign->id;
    s.name = campaign->name;
    s.year = campaign->year;
    s.closed = campaign->closed;
    const QVariantList id { campaignId };

    auto blocs = rows(db,
                      QStringLiteral("SELECT b.code, b.name, count(n.id), COALESCE(sum(n.approved), 0) "
                                     "FROM bloc b LEFT JOIN nominee n ON n.bloc_id = b.id "
                                     "WHERE b.campaign_id = ? GROUP BY b.id, b.code, b.name, b.display_order "
                                     "ORDER BY b.display_order, b.id"),
                      id);
    if (!blocs)
        return blocs.error();
    s.blocs = *blocs;
    auto units = rows(db,
                      QStringLiteral("SELECT u.name, u.name, count(n.id), COALESCE(sum(n.approved), 0) "
                                     "FROM unit u JOIN nominee n ON n.unit_id = u.id "
                                     "WHERE u.campaign_id = ? GROUP BY u.id, u.name "
                                     "ORDER BY count(n.id) DESC, u.name"),
                      id);
    if (!units)
        return units.error();
    s.units = *units;
    auto genders = rows(db,
                        QStringLiteral("SELECT gender, gender, count(*), COALESCE(sum(approved), 0) "
                                       "FROM nominee WHERE campaign_id = ? GROUP BY gender ORDER BY gender"),
                        id);
    if (!genders)
        return genders.error();
    s.genders = *genders;
    for (YearStatsRow &r : s.genders)
        r.name = genderName(parseGenderCode(r.key));
    auto categories = rows(db,
                           QStringLiteral("SELECT category, category, count(*), COALESCE(sum(approved), 0) "
                                          "FROM nominee WHERE campaign_id = ? GROUP BY category "
                                          "ORDER BY category"),
                           id);
    if (!categories)
        return categories.error();
    s.categories = *categories;
    for (YearStatsRow &r : s.categories) {
        Category c = Category::Ldg;
        if (parseCategoryCode(r.key, &c))
            r.name = categoryName(c);
    }
    for (const YearStatsRow &b : std::as_const(s.blocs)) {
        s.nominees += b.nominees;
        s.approved += b.approved;
    }
    s.participatingUnits = int(s.units.size());

    auto repeatNominees
        = number(db,
                 QStringLiteral("SELECT count(*) FROM nominee n JOIN campaign c ON c.id = n.campaign_id "
                                "WHERE n.campaign_id = ? AND ")
                     + kEarlierApproval,
                 id);
    if (!repeatNominees)
        return repeatNominees.error();
    s.repeatNominees = *repeatNominees;
    auto repeatHonorees
        = number(db,
                 QStringLiteral("SELECT count(*) FROM nominee n JOIN campaign c ON c.id = n.campaign_id "
                                "WHERE n.campaign_id = ? AND n.approved = 1 AND ")
                     + kEarlierApproval,
                 id);
    if (!repeatHonorees)
        return repeatHonorees.error();
    s.repeatHonorees = *repeatHonorees;
    auto initiatives = rows(db,
                            QStringLiteral("SELECT '', '', count(*), COALESCE(sum(approved), 0) FROM nominee "
                                           "WHERE campaign_id = ? AND initiative <> '' AND initiative_decision <> ''"),
                            id);
    if (!initiatives)
        return initiatives.error();
    if (!initiatives->isEmpty()) {
        s.initiatives = initiatives->constFirst().nominees;
        s.approvedInitiatives = initiatives->constFirst().approved;
    }
    return s;
}

Result<QList<CampaignStats>> statsByYear(Database &db)
{
    auto q = db.run(QStringLiteral("SELECT id FROM campaign ORDER BY year, id"), {},
                    Tr::tr("đọc danh sách đợt biểu dương"));
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q->next())
        ids.append(q->value(0).toLongLong());
    if (auto rowsEnd = db.endOfRows(*q, Tr::tr("tính số liệu")); !rowsEnd)
        return rowsEnd.error();
    QList<CampaignStats> out;
    for (qint64 id : std::as_const(ids)) {
        auto one = campaignStats(db, id);
        if (!one)
            return one.error();
        out.append(*one);
    }
    return out;
}

} // namespace vd
