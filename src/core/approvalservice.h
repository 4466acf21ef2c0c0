// Approval against the rules and the bloc quotas (docs/cli.md approve/unapprove,
// docs/rules.md "Quotas and approval"). All or nothing; the checks run inside the write transaction, so two
// processes approving at once can never exceed a quota together.
#pragma once

#include "result.h"
#include "rules.h"

#include <QDate>
#include <QList>

namespace vd {

class Database;

// What an approval or un-approval did.
struct ApprovalSummary
{
    QList<qint64> changed; // newly approved (or un-approved) ids
    QList<qint64> unchanged; // already in the wanted state: nothing written for them
    QList<BlocTally> blocs; // every bloc after the change (campaign order); quota and
                            // approved/remaining only: `eligible` is not computed here
    QHash<qint64, Nominee> nominees; // the requested nominees, after the change
};

class ApprovalService
{
public:
    explicit ApprovalService(Database &db) : m_db(db) { }

    // Refused (Validation error, nothing changed) if any id is unknown, not
    // `eligible`, or if a bloc's approved count would exceed its quota; the
    // error names the bloc and the numbers ("Khối Mầm non: chỉ tiêu 18, đã
    // duyệt 18, đề nghị thêm 2"). Approving an approved nominee again is fine
    // and is not counted twice. The error's details hold one line per problem.
    Status approve(const QList<qint64> &ids, const QDate &today);
    // Takes approval back; unknown ids are refused (nothing changed).
    Status unapprove(const QList<qint64> &ids);

    // The same, returning what was done (for the CLI summary and the GUI).
    Result<ApprovalSummary> approveWithSummary(const QList<qint64> &ids, const QDate &today);
    Result<ApprovalSummary> unapproveWithSummary(const QList<qint64> &ids);

private:
    Database &m_db;
};

} // namespace vd
