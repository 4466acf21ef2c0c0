// Campaigns in the database: one per year, one of them active.
#pragma once

#include "domain.h"
#include "result.h"

namespace vd {

class Database;

struct CampaignSummary
{
    qint64 id = 0;
    QString name;
    int year = 0;
    bool active = false;
};

class CampaignStore
{
public:
    explicit CampaignStore(Database &db) : m_db(db) { }

    Result<Campaign> loadActive() const;
    Result<Campaign> load(qint64 id) const;
    Result<QList<CampaignSummary>> list() const;

    // Inserts the campaign with its blocs, lists and document types; fills the ids.
    Result<qint64> insert(Campaign &campaign);
    // Saves every field and list. Blocs keep their ids (units and nominees point
    // at them); a bloc that still has nominees or units cannot be removed.
    Status update(Campaign &campaign);
    // Makes `id` the active campaign (and no other).
    Status setActive(qint64 id);
    // Starts next year's campaign from a copy of `fromId` (settings only, no nominees).
    Result<qint64> copyForYear(qint64 fromId, int year);

private:
    Status insertLists(const Campaign &campaign);
    Status deleteLists(qint64 campaignId);
    Status loadLists(Campaign &campaign) const;
    Status saveBlocs(Campaign &campaign);

    Database &m_db;
};

} // namespace vd
