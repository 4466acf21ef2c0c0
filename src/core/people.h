// People across campaigns (docs/history.md). A nominee is one dossier in one
// campaign; a person is who that dossier is about, the same from year to year.
// A nominee is linked to its person when it is saved (editor, import, CLI):
//   - by CCCD when both the nominee and the person have one;
//   - else by folded full name + full birth date (never by the name alone, and
//     never by name + a bare birth year: "1985" only suggests a match to a human).
// Anything doubtful is not linked but listed as a conflict (conflicts()) for a
// human to merge or keep apart; merge and split are undoable and audit-logged.
#pragma once

#include "domain.h"
#include "result.h"

#include <QHash>
#include <QSet>

#include <memory>

namespace vd {

class Database;
class PreparedWrite;

struct Person
{
    qint64 id = 0;
    QString fullName;
    QString birthDate; // as stored: "yyyy-MM-dd", "yyyy" (year only) or empty
    QString citizenId; // 12 digits or empty
    QString nameKey; // foldText(fullName)
};

// The birth date of a nominee as the person table stores it.
QString personBirthText(const Nominee &n);

// Why two people might be one. They are listed, never joined by the program.
enum class PersonConflictKind {
    SameCitizenIdOtherBirth, // the same CCCD, different birth dates
    SameNameBirthOtherCitizenId, // the same folded name and birth date, different CCCDs
    SameNameBirth, // the same folded name and birth date (several candidates: not linked)
    SameNameBirthYear, // the same folded name, both with only the same birth year
};
QString personConflictCode(PersonConflictKind kind); // "same_cccd_other_birth", ...
QString personConflictText(PersonConflictKind kind); // Vietnamese (translated)

struct PersonConflict
{
    Person first;
    Person second;
    PersonConflictKind kind = PersonConflictKind::SameNameBirth;
};

// Finds or creates the person of a nominee. One linker per transaction: bulk
// imports preload() every person once; single saves look up the candidates.
class PersonLinker
{
public:
    explicit PersonLinker(Database &db);
    ~PersonLinker();
    PersonLinker(const PersonLinker &) = delete;
    PersonLinker &operator=(const PersonLinker &) = delete;

    // Reads every person into memory (imports of many rows). On SQLite the
    // people created from then on get their ids at once and are inserted by
    // batches of kBatch (docs/performance-import.md): flush() before a row
    // that names them is written.
    Status preload();
    // Inserts the new people still waiting for their batch.
    Status flush();

    static constexpr int kBatch = 32;
    // The person `n` is. n.personId is its current person (0 for a new dossier):
    // it is kept while it still matches, re-used for the new identity when no
    // other dossier shares it, and never replaced by a person a human kept apart
    // from it. Creates a person when none matches.
    Result<qint64> resolve(const Nominee &n);
    // The same, with foldText(n.fullName) already worked out by the caller.
    Result<qint64> resolve(const Nominee &n, const QString &nameKey);

private:
    Status loadCandidates(const QString &citizenId, const QString &nameKey, const QString &birth);
    void remember(const Person &p);
    void forget(const Person &p);
    Result<QSet<qint64>> keptApartFrom(qint64 personId);
    // The person exists and no other dossier is linked to it.
    Result<bool> reusable(qint64 personId, qint64 nomineeId);
    Status save(const Person &p, bool isNew, qint64 *id);

    Database &m_db;
    bool m_preloaded = false;
    QHash<qint64, Person> m_people;
    QMultiHash<QString, qint64> m_byCitizenId;
    QMultiHash<QString, qint64> m_byNameBirth; // nameKey + '|' + birth
    // The INSERT of new people, prepared once per linker (an import creates
    // thousands), and their created_at: one time stamp per linker, like the
    // nominees of one insertMany().
    std::unique_ptr<PreparedWrite> m_insert;
    QString m_now;
    // Batched inserts (after preload() on SQLite): the next id, the people
    // waiting for their INSERT and the statements with explicit ids.
    qint64 m_nextId = 0; // 0: no batches
    QList<Person> m_pending;
    std::unique_ptr<PreparedWrite> m_batch;
    std::unique_ptr<PreparedWrite> m_insertWithId;
    static QString insertWithIdSql();
    void bindPersonWithId(PreparedWrite &insert, int at, const Person &p) const;
};

// A merge, as undoMerge() needs it.
struct PersonMerge
{
    qint64 keptId = 0;
    qint64 mergedId = 0;
    QList<qint64> movedNominees;
    Person keptBefore; // the kept person's fields before the merge
    bool wereKeptApart = false;
};

// A split, as undoSplit() needs it.
struct PersonSplit
{
    qint64 fromId = 0;
    qint64 newId = 0;
    QList<qint64> movedNominees;
};

// What a person was nominated for in one campaign (history()).
struct PersonNomination
{
    qint64 campaignId = 0;
    QString campaignName;
    int campaignYear = 0;
    bool campaignClosed = false;
    Nominee nominee; // unitName filled
    QString blocCode;
};

// One person found by PersonStore::search(), with a summary of their dossiers.
struct PersonSearchHit
{
    Person person;
    int nominations = 0; // dossiers in every campaign
    int approved = 0; // of those, approved
    int firstYear = 0; // the campaigns' years, oldest and newest
    int lastYear = 0;
};

class PersonStore
{
public:
    explicit PersonStore(Database &db) : m_db(db) { }

    Result<Person> load(qint64 id) const;
    // The people with this CCCD (one, unless a conflict is open).
    Result<QList<Person>> findByCitizenId(const QString &citizenId) const;
    // The people with this folded name and birth date ("yyyy-MM-dd" or "yyyy").
    Result<QList<Person>> findByNameBirth(const QString &fullName, const QString &birth) const;
    // People of every campaign whose name contains `text` (accent-, case- and
    // NFC/NFD-insensitive, đ = d) or, for 3 or more digits, whose CCCD contains
    // them; in Vietnamese name order, at most `limit` (more: *truncated set).
    Result<QList<PersonSearchHit>> search(const QString &text, int limit = 200, bool *truncated = nullptr) const;
    // Every nomination of the person, oldest campaign first.
    Result<QList<PersonNomination>> history(qint64 personId) const;
    // Pairs of people that may be one, not kept apart by a human, each with at
    // least one dossier. Ordered by the first person's id.
    Result<QList<PersonConflict>> conflicts() const;

    // Joins `mergedId` into `keptId`: every dossier of the merged person moves
    // to the kept one (the merged person's row stays, empty, for undo).
    Result<PersonMerge> merge(qint64 keptId, qint64 mergedId);
    Status undoMerge(const PersonMerge &merge);
    // Moves the given dossiers of a person to a new person, and records that
    // the two are different people (automatic linking never joins them again).
    Result<PersonSplit> split(qint64 personId, const QList<qint64> &nomineeIds);
    Status undoSplit(const PersonSplit &split);
    // Records that two people flagged as a possible conflict are different
    // people: conflicts() no longer lists the pair and linking never joins
    // them. Audit-logged; refused when they are one person or already apart.
    Status keepApart(qint64 firstId, qint64 secondId);
    // Takes a keepApart() back: the pair may be listed again (audit person.unapart).
    Status undoKeepApart(qint64 firstId, qint64 secondId);

private:
    Result<QList<Person>> query(const QString &where, const QVariantList &values) const;
    Status moveNominees(const QList<qint64> &ids, qint64 toPerson);
    Status setKeptApart(qint64 a, qint64 b, bool apart);

    Database &m_db;
};

} // namespace vd
