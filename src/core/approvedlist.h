// The list of approved honorees of the active campaign (docs/cli.md): grouped
// by bloc in campaign order, sorted inside a bloc by given name then whole
// name in Vietnamese order. Shared by every export and document.
#pragma once

#include "domain.h"
#include "result.h"

namespace vd {

class Database;

struct ApprovedGroup
{
    Bloc bloc; // the campaign's bloc (an empty name for unknown blocs)
    QList<Nominee> nominees; // sorted
};

struct ApprovedList
{
    Campaign campaign;
    QList<ApprovedGroup> groups; // non-empty groups only, in campaign bloc order

    int count() const;
    // Every honoree in list order (STT = index + 1).
    QList<Nominee> nominees() const;
    // The bloc name of a nominee of this list.
    QString blocName(const Nominee &nominee) const;
    // The same list restricted to the given nominee ids (order kept).
    ApprovedList restrictedTo(const QList<qint64> &ids) const;
};

// Pure: builds the list from a campaign and any nominees (unapproved are skipped).
ApprovedList buildApprovedList(const Campaign &campaign, const QList<Nominee> &nominees);
// The same grouping and order for every nominee, approved or not (council report).
ApprovedList groupNominees(const Campaign &campaign, const QList<Nominee> &nominees);

// Loads the active campaign and its approved nominees. With requireAny, an
// empty list is a Validation error ("nothing approved yet").
Result<ApprovedList> loadApprovedList(Database &db, bool requireAny = true);

} // namespace vd
