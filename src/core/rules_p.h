// Internals of the rules engine shared by rules*.cpp. Not part of the API.
#pragma once

#include "domain.h"
#include "rules.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QStringList>

#include <optional>
#include <utility>

namespace vd::rulesdetail {

// The rules' texts, translated in the context "vd::RulesEngine".
struct RulesText
{
    Q_DECLARE_TR_FUNCTIONS(vd::RulesEngine)
};

// Each phrase of a criteria list as folded words, once per engine.
QList<QStringList> foldPhrases(const QStringList &phrases);

// Index of the longest phrase (the first of equal length) that occurs as whole
// words in `words`, or -1.
int findPhrase(const QStringList &words, const QList<QStringList> &phrases);

enum class PositionClass {
    Plain, // neither list and no "trưởng"/"phó": nothing to say
    Listed, // on the allowed list (tổ trưởng, quản đốc, ...)
    Leadership, // HCSN leadership list
    NotEligible, // SXKD excluded list
    Unclear, // on no list but says "trưởng" or "phó"
};

struct PositionMatch
{
    PositionClass kind = PositionClass::Plain;
    int phrase = -1; // index into the list that matched (leadership/excluded/allowed)
};

// Classifies a position for a sector. The excluded (SXKD) or leadership (HCSN)
// list wins over the allowed list; the allowed list is checked in both sectors
// (a "Tổ trưởng" is not leadership in a school either).
PositionMatch classifyPosition(const QString &position, Sector sector, const QList<QStringList> &leadership,
                               const QList<QStringList> &allowed, const QList<QStringList> &excluded);

// What RulesEngine has already worked out of a text (the raw text is the key):
// a check of 100 000 nominees folds a few hundred distinct positions and titles
// instead of 100 000 of each. Guarded, since one engine may serve two threads.
struct MatchCache
{
    QMutex mutex;
    QHash<QString, PositionMatch> positions[2]; // [0] HCSN, [1] SXKD
    QHash<QString, bool> titles; // has a title of the campaign's list
    // Per distinct list of received documents: whether a required type is
    // missing, and the names of those missing joined by "; ".
    QHash<QStringList, std::pair<bool, QString>> missingDocuments;
};

// True when the position says "trưởng" (head) or "phó" (deputy) as a word.
// "trường" (school) folds to the same letters but is not a head: a word spelt
// exactly "trường" does not count; without diacritics ("truong") it does.
bool mentionsHeadOrDeputy(const QString &position);

// What one rule says of one nominee: filled by RuleSpec::check (and, for the
// report, RuleSpec::describe); the engine turns it into a finding and a line.
struct RuleLine
{
    bool applicable = true;
    bool failed = false;
    QString message; // when failed: what is missing, citing the plan
    QString criterion; // report only: what the plan asks
    QString evidence; // report only: the field value that decides it

    void fail(const QString &text)
    {
        failed = true;
        message = text;
    }
    void notApplicable() { applicable = false; }
};

// Everything a rule may read for one nominee: the nominee, the campaign (its
// word lists folded once by the engine), the duplicate index and the clock.
class RuleContext
{
public:
    RuleContext(const RulesEngine &engine, const Nominee &nominee, const DuplicateIndex &duplicates,
                const QDate &today);

    const Nominee &nominee;
    const Campaign &campaign;
    const DuplicateIndex &duplicates;
    const HistoryIndex &history; // earlier approvals (INITIATIVE_ALREADY_USED, HONOURED_BEFORE)
    const QDate today;
    const Bloc *const bloc; // null when the nominee's bloc is not the campaign's

    bool sxkd() const { return bloc && bloc->sector == Sector::Sxkd; }
    // The citation of the rule being run (RuleSpec::citationHcsn/Sxkd, translated).
    const QString &citation() const { return *m_citation; }
    // The position classified once for the three position rules.
    const PositionMatch &position() const;
    const QList<QStringList> &emulationTitles() const { return m_engine.m_emulationTitles; }
    // The nominee's emulation title is one of the campaign's list (folded words).
    bool hasListedEmulationTitle() const;
    // True when the nominee has not handed in a required document type; their
    // names, joined by "; ", in *names.
    bool missingDocuments(QString *names) const;

    // Set by the engine before each rule.
    void setRule(int index);

private:
    const RulesEngine &m_engine;
    const QString *m_citation = nullptr;
    mutable std::optional<PositionMatch> m_position;
};

// dd/MM/yyyy, quickly (messages of 100 000 nominees in a row).
QString dateText(const QDate &d);
// "có" / "không", translated.
QString yesNo(bool b);

} // namespace vd::rulesdetail
