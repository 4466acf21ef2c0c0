// Campaigns in the database: one per year, one of them active.
#pragma once

#include "domain.h"
#include "result.h"

#include <QDate>

namespace vd {

class Database;

struct CampaignSummary
{
    qint64 id = 0;
    QString name;
    int year = 0;
    bool active = false;
    bool closed = false;
    QString documentNumber;
    QDate deadline;
    QDate conferenceDate;
    int nominees = 0;
    int approved = 0;
};

// What "Tạo đợt mới từ đợt này" asks for (docs/history.md).
struct CampaignDraft
{
    QString name;
    QString planNumber; // số kế hoạch: "45/KH-LĐLĐ"
    QDate planDate; // null: the source's date moved by the same number of years
    QDate deadline;
    QDate conferenceDate;
    int year = 0; // the emulation year; 0: the source's, moved as the deadline moved
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

    // campaignlifecycle.cpp ---------------------------------------------------
    // A new campaign from `fromId`: blocs, quotas, criteria word lists, rule
    // severities, signers, document types, participants, programme and
    // recipients copied; name, plan number and dates from the draft. The new
    // one becomes the active campaign; the source is closed (read-only).
    // Audit-logged.
    Result<qint64> createFrom(qint64 fromId, const CampaignDraft &draft);
    // Makes `id` the active campaign, audit-logged.
    Status use(qint64 id);
    // Closing locks a campaign (read-only in the core); reopening unlocks it.
    // Both audit-logged.
    Status setClosed(qint64 id, bool closed);
    // A Validation error naming the campaign when it is closed.
    Status ensureOpen(qint64 id) const;

private:
    Status insertLists(const Campaign &campaign);
    Status deleteLists(qint64 campaignId);
    Status loadLists(Campaign &campaign) const;
    Status saveBlocs(Campaign &campaign);

    Database &m_db;
};

} // namespace vd
