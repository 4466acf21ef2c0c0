// Nominees (người được đề nghị) in the database. Every write method runs in a
// transaction (joining the caller's, if any) and records itself in the audit log.
#pragma once

#include "domain.h"
#include "result.h"

#include <QSet>
#include <QStringList>

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
// On SQLite the rows go in by batches of kBatch in one INSERT (one statement
// run instead of kBatch: docs/performance-import.md); the ids are known once
// finish() has run.
class NomineeBulkInsert
{
public:
    static constexpr int kBatch = 32;

    explicit NomineeBulkInsert(Database &db);
    ~NomineeBulkInsert();
    NomineeBulkInsert(const NomineeBulkInsert &) = delete;
    NomineeBulkInsert &operator=(const NomineeBulkInsert &) = delete;

    // Normalises, checks and links to its person one nominee (unitId and
    // blocId set), fills version and time stamps, and inserts it now or with
    // its batch. The first row of a campaign checks that the campaign is open.
    // An error is the one a row-by-row insert gives first.
    Status insert(Nominee &nominee);

    // The part of insert() that needs no database, done ahead (on another
    // thread, importwriter.h): the nominee normalised, checked, its name folded.
    struct Prepared
    {
        Nominee nominee;
        QString nameKey; // foldText(nominee.fullName)
        Status checked; // the field checks' error, told by insert()
    };
    static Prepared prepare(Nominee nominee);
    // insert() of a prepared row (campaignId, unitId and blocId set since).
    // With `giveAway` the row is moved into the batch instead of copied: the
    // caller does not read row.nominee afterwards.
    Status insert(Prepared &row, bool giveAway = false);
    // Inserts the rows still waiting for their batch.
    Status finish();
    // The ids of the rows inserted, in the order of insert().
    const QList<qint64> &ids() const { return m_ids; }

private:
    Status start();
    Status writePending();

    Database &m_db;
    std::unique_ptr<PreparedWrite> m_insert;
    std::unique_ptr<PreparedWrite> m_batch; // SQLite only
    std::unique_ptr<PersonLinker> m_people;
    QSet<qint64> m_open; // campaigns found open
    QList<Nominee> m_pending; // checked, waiting for their batch
    QStringList m_pendingKeys; // their folded names
    QList<qint64> m_ids;
    QString m_now;
    QDateTime m_stamp;
};

} // namespace vd
