// Approved nominees stay approvable (docs/rules.md, "Changing an approved
// nominee"): a change that would leave an approved nominee not eligible, a
// duplicate of another dossier, or over its bloc's quota is refused with the
// reason, or — when the person confirmed it — withdraws that approval in the
// same transaction, with an audit entry. Every write path that can change an
// approved nominee or add a duplicate of one (the editor, import, unit moves and
// merges, the CLI) calls guardApprovals() inside its write transaction, after
// its change.
#pragma once

#include "domain.h"
#include "result.h"

#include <QDate>
#include <QList>
#include <QSet>

namespace vd {

class Database;

// Error::code of the refusal: the caller may ask for confirmation and retry
// with BrokenApprovals::Withdraw.
inline constexpr const char *kApprovalBrokenCode = "approval_broken";

enum class BrokenApprovals { Refuse, Withdraw };

struct ApprovalChange
{
    // The nominees as the change wrote them (ids set): edited, moved or new.
    QList<Nominee> nominees;
    // Of those, the ids whose bloc the change set to another one.
    QSet<qint64> movedToAnotherBloc;
};

// Re-checks, inside the caller's write transaction, every approved nominee of
// `campaignId` the change touches or duplicates: still eligible (RulesEngine at
// `today`; invalid: the system's date) and within its bloc's quota when it was moved. Refuse: a Validation
// error with code kApprovalBrokenCode and one detail line per broken approval
// (name, id, why); nothing is changed (the caller rolls back). Withdraw: those
// approvals are withdrawn, each with an audit entry "approval.withdraw" giving
// the reason; returns their ids.
Result<QList<qint64>> guardApprovals(Database &db, qint64 campaignId, const ApprovalChange &change, const QDate &today,
                                     BrokenApprovals policy);

} // namespace vd
