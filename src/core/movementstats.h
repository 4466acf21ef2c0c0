// The figures of the movement report (báo cáo kết quả phong trào, Kế hoạch mục
// VI.1): nominees and honorees (approved) of the active campaign by bloc, unit,
// gender, worker vs staff, LĐG/LĐST, and the initiatives. docs/conference.md.
#pragma once

#include "domain.h"
#include "result.h"

namespace vd {

class Database;

struct StatsRow
{
    QString key; // stable: bloc code, unit name, "F"/"M"/"", "worker"/"staff", "LDG"/"LDST"
    QString label; // for people (translated)
    int nominees = 0;
    int honorees = 0; // approved
};

struct MovementStats
{
    Campaign campaign;
    int nominees = 0;
    int honorees = 0;
    int initiatives = 0; // nominees with an initiative (sáng kiến) named
    int honoreeInitiatives = 0; // of them, approved
    QList<StatsRow> byBloc; // campaign order, every bloc
    QList<StatsRow> byUnit; // most honorees first, then most nominees, then Vietnamese order
    QList<StatsRow> byGender; // female, male, unknown (left out when 0)
    QList<StatsRow> byWorker; // workers, staff
    QList<StatsRow> byCategory; // LĐG, LĐST
};

// A worker (công nhân lao động): the position names "công nhân" or "lao động
// trực tiếp" (whole words, diacritics ignored); everyone else is staff (cán
// bộ, viên chức, quản lý).
bool isWorker(const Nominee &nominee);

// Pure.
MovementStats computeMovementStats(const Campaign &campaign, const QList<Nominee> &nominees);

Result<MovementStats> loadMovementStats(Database &db);

} // namespace vd
