// Figures of a campaign and over the years (docs/history.md): nominees and
// honorees by bloc, unit, gender and category, repeat honorees, initiatives.
// `vinhdanh-cli stats [--years] [--json]` and the "Qua các năm" page.
#pragma once

#include "result.h"

#include <QList>
#include <QString>

namespace vd {

class Database;

struct YearStatsRow
{
    QString key; // bloc code, unit name, gender code ("M", "F", ""), category code
    QString name; // what is shown: bloc name, unit name, "Nam"/"Nữ"/"", category name
    int nominees = 0;
    int approved = 0;
};

struct CampaignStats
{
    qint64 campaignId = 0;
    QString name;
    int year = 0;
    bool closed = false;
    int nominees = 0;
    int approved = 0;
    int participatingUnits = 0; // units with at least one nominee
    int repeatNominees = 0; // nominated now, approved in an earlier campaign
    int repeatHonorees = 0; // approved now and in an earlier campaign
    int initiatives = 0; // nominees with an initiative that has a recognising decision
    int approvedInitiatives = 0; // of those, approved
    QList<YearStatsRow> blocs; // in the campaign's bloc order
    QList<YearStatsRow> units; // most nominees first
    QList<YearStatsRow> genders;
    QList<YearStatsRow> categories;
};

Result<CampaignStats> campaignStats(Database &db, qint64 campaignId);
// Every campaign, oldest first.
Result<QList<CampaignStats>> statsByYear(Database &db);

} // namespace vd
