// "Đã xem xét" (docs/rules.md "Review"): a nominee whose findings are warnings
// only ("Cần xem xét") becomes eligible for approval once a staff member records
// why it may be approved. The review names the warnings it covers and keeps a
// key of the dossier fields those warnings read; it holds while both still
// match, and NomineeStore::update() withdraws it when such a field changes.
#pragma once

#include "domain.h"
#include "result.h"
#include "rules.h"

#include <QDate>

namespace vd {

class Database;

// The dossier fields a rule reads (names as in the import format, e.g.
// "position", "copies"); every dossier field for a code it does not know.
QStringList reviewFieldsOf(const QString &ruleCode);
// A digest of the fields the codes read, as the nominee has them now.
QString reviewKey(const Nominee &nominee, const QStringList &codes);

// True when the nominee's review covers the findings: it is set, every finding
// is a warning whose code it reviewed, and the fields are as reviewed.
bool reviewHolds(const Nominee &nominee, const QList<Finding> &findings);
// verdictOf(findings), except that a review that holds makes `review` `eligible`.
Verdict verdictOf(const QList<Finding> &findings, const Nominee &nominee);

// Records and withdraws reviews, each in a transaction with its audit entry.
class ReviewService
{
public:
    explicit ReviewService(Database &db) : m_db(db) { }

    // Refused (Validation, nothing changed) when the nominee is unknown, the note
    // is empty, a finding is an error or there is no warning to review.
    // Returns the nominee as saved.
    Result<Nominee> review(qint64 id, const QString &note, const QDate &today);
    // Refused when the nominee has no review, or is approved (un-approve first:
    // an approval must never rest on a withdrawn review).
    Result<Nominee> unreview(qint64 id);

private:
    Database &m_db;
};

} // namespace vd
