// Writes a validated import (importer.h) into the database: one transaction,
// all or nothing. Units are found or created on first use inside it.
#pragma once

#include "importer.h"
#include "result.h"

#include <functional>

namespace vd {

class Database;

struct ImportWriteOptions
{
    QString fileName; // for the audit entry
    bool skipInvalid = false; // write the valid rows even if some rows are invalid
    bool dryRun = false; // check everything, write nothing
    // The clock of the rules that re-check approved nominees (approvalguard.h);
    // invalid: today.
    QDate today;
    // A new row that duplicates an approved nominee: refuse the import (off,
    // Error::code kApprovalBrokenCode), or withdraw that approval (on, after
    // the person confirmed it), audit-logged, in the same transaction.
    bool withdrawBrokenApprovals = false;
    // Called as rows are written; return false to cancel (rolls everything back).
    std::function<bool(int done, int total)> progress;
};

struct ImportSummary
{
    int imported = 0; // rows written (or that would be, in a dry run)
    int skipped = 0; // invalid rows left out
    int warnings = 0;
    int unitsCreated = 0;
    QList<qint64> nomineeIds; // ids of the written nominees, in file order
    QList<qint64> approvalsWithdrawn; // approved nominees the new rows duplicate (withdrawBrokenApprovals)
};

// Refuses (Validation error, nothing written) when a required column is
// missing, or when any row is invalid and skipInvalid is off. Cancelled when
// progress() returns false. One audit entry "import" names the file and the
// counts; the nominees get one bulk entry.
Result<ImportSummary> writeImport(Database &db, const Campaign &campaign, const ImportResult &import,
                                  const ImportWriteOptions &options);

// validateImportTables() and writeImport() at once: the rows are checked on a
// second thread while this one writes those already checked, in the one
// transaction of writeImport(). The outcome is the same as calling the two in
// turn: *validation gets what validateImportTables() returns (without its
// records: only their counts), and whatever refuses the import, even a row found invalid after
// others were written, rolls everything back and gives writeImport()'s error.
// Not for a dry run; `options.progress` is not called (the total is not known
// before the file is read to its end).
Result<ImportSummary> validateAndWriteImport(Database &db, const Campaign &campaign, const QList<SourceTable> &tables,
                                             const QDate &today, const ImportOptions &importOptions,
                                             const ImportWriteOptions &options, Result<ImportResult> *validation);

} // namespace vd
