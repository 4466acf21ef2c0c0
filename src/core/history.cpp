#include "history.h"

#include "campaignstore.h"
#include "database.h"
#include "nomineestore.h"

#include <QCoreApplication>

namespace vd {

namespace {

// This file's translations, lupdate context "vd::PersonStore".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vd::PersonStore)
};

// The nominees of a campaign that may duplicate `n` (same CCCD or folded name):
// enough for DUPLICATE_NOMINEE without reading the whole campaign.
Result<QList<Nominee>> namesakesIn(Database &db, const Nominee &n)
{
    auto q = db.run(QStringLiteral("SELECT id FROM nominee WHERE campaign_id = ? AND "
                                   "((citizen_id <> '' AND citizen_id = ?) OR name_key = "
                                   "(SELECT name_key FROM nominee WHERE id = ?))"),
                    { n.campaignId, n.citizenId, n.id }, Tr::tr("đọc lịch sử đề nghị"));
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q->next())
        ids.append(q->value(0).toLongLong());
    if (auto rowsEnd = db.endOfRows(*q, Tr::tr("đọc lịch sử đề nghị")); !rowsEnd)
        return rowsEnd.error();
    QList<Nominee> out;
    for (qint64 id : std::as_const(ids)) {
        auto one = NomineeStore(db).load(id);
        if (!one)
            return one.error();
        out.append(*one);
    }
    return out;
}

} // namespace

Result<QList<HistoryEntry>> personHistory(Database &db, qint64 personId, const QDate &today)
{
    auto nominations = PersonStore(db).history(personId);
    if (!nominations)
        return nominations.error();
    QHash<qint64, Campaign> campaigns;
    QList<HistoryEntry> out;
    for (const PersonNomination &p : std::as_const(*nominations)) {
        if (!campaigns.contains(p.campaignId)) {
            auto c = CampaignStore(db).load(p.campaignId);
            if (!c)
                return c.error();
            campaigns.insert(p.campaignId, *c);
        }
        auto namesakes = namesakesIn(db, p.nominee);
        if (!namesakes)
            return namesakes.error();
        const RulesEngine engine(campaigns.value(p.campaignId));
        HistoryEntry e;
        e.nomination = p;
        e.findings = engine.check(p.nominee, DuplicateIndex(*namesakes), today);
        e.verdict = verdictOf(e.findings);
        out.append(e);
    }
    return out;
}

} // namespace vd
