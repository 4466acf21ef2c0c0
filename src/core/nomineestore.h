// Nominees (người được đề nghị) in the database. Every write method runs in a
// transaction (joining the caller's, if any) and records itself in the audit log.
#pragma once

#include "domain.h"
#include "result.h"

#include <QSet>

#include <functional>
#include <memory>

namespace vd {

class Database;
class PersonLinker;
class PreparedWrite;

class NomineeStore
{
public:
    explicit NomineeStore(Database &db) : m_db(db) { }

    // Every nominee of a campaign, with unit names, in id order. One query.
    Result<QList<Nominee>> loadAll(qint64 campaignId) const;
    // Only the approved nominees of a campaign, in id order.
    Result<QList<Nominee>> loadApproved(qint64 campaignId) const;
    Result<Nominee> load(qint64 id) const;
    Result<int> count(qint64 campaignId) const;

    // Inserts and fills id, version, timestamps. unitId and blocId must be set.
    Result<qint64> insert(Nominee &nominee);
    // Inserts many nominees with one prepared statement and ONE audit entry
    // (`auditDetails`), in one transaction (joining the caller's). Fills ids.
    // `progress(done, total)` is called every few hundred rows; returning false
    // cancels (ErrorKind::Cancelled) and the transaction is rolled back.
    Status insertMany(QList<Nominee> &nominees, const QString &auditDetails,
                      const std::function<bool(int done, int total)> &progress = {});
    // Saves the nominee if nobody changed it since it was loaded (nominee.version);
    // otherwise a Validation error that says so. Bumps nominee.version.
    Status update(Nominee &nominee);
    Status remove(qint64 id);
    // Puts a removed nominee back with its old id (undo of a deletion).
    Status restore(const Nominee &nominee);
    // Sets or clears the approval flag. No rule checks: see ApprovalService.
    // (On PostgreSQL with the staff roles the server's vinhdanh_set_approved()
    // writes it, and does check the quota and the criteria the rows show.)
    Status setApproved(const QList<qint64> &ids, bool approved);

    // Writes the review columns as they are in `review` (cleared when it is not
    // set). No checks and no audit entry: see ReviewService.
    Status setReview(qint64 id, const NomineeReview &review);

    // Same normalisation the importer and the editor apply before saving.
    static void normalize(Nominee &nominee);

private:
    Result<QList<Nominee>> loadWhere(const QString &where, qint64 campaignId) const;
    Status insertRow(Nominee &nominee, bool keepId);
    // After an update: keeps the stored review in `nominee` if the fields its
    // warnings read are unchanged, else withdraws it (audit-logged).
    Status withdrawStaleReview(Nominee &nominee);
    // Links the nominee to its person again when its identity changed (update).
    Status relink(Nominee &nominee);
    // Refuses a change to a dossier of a closed campaign.
    Status ensureOpenFor(qint64 nomineeId);

    Database &m_db;
};

// The rows of NomineeStore::insertMany() one at a time, for a writer that
// gets them as they come (an import written while its file is still being
// checked, importwriter.h). Inside the caller's transaction; no audit entry.
class NomineeBulkInsert
{
public:
    explicit NomineeBulkInsert(Database &db);
    ~NomineeBulkInsert();
    NomineeBulkInsert(const NomineeBulkInsert &) = delete;
    NomineeBulkInsert &operator=(const NomineeBulkInsert &) = delete;

    // Normalises, checks, links to its person and inserts one nominee (unitId
    // and blocId set); fills id, version and time stamps. The first row of a
    // campaign checks that the campaign is open.
    Status insert(Nominee &nominee);

private:
    Status start();

    Database &m_db;
    std::unique_ptr<PreparedWrite> m_insert;
    std::unique_ptr<PersonLinker> m_people;
    QSet<qint64> m_open; // campaigns found open
    QString m_now;
    QDateTime m_stamp;
};

} // namespace vd
