// A person's nominations across campaigns with the verdict each got, and the
// approvals the history rules read (docs/history.md).
#pragma once

#include "people.h"
#include "result.h"
#include "rules.h"

namespace vd {

class Database;

struct HistoryEntry
{
    PersonNomination nomination;
    Verdict verdict = Verdict::Eligible;
    QList<Finding> findings;
};

// The person's nominations, oldest campaign first, each checked by the rules
// of its own campaign (with the history before it) on the clock `today`.
Result<QList<HistoryEntry>> personHistory(Database &db, qint64 personId, const QDate &today);

} // namespace vd
