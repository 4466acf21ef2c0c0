// The council session (Hội đồng Thi đua - Khen thưởng, Kế hoạch mục II.4): its
// members, the majority rule, the tally per nominee and the result — ranked per
// bloc, pre-selected within the quota, ties at the cut-off shown and left to
// the staff. Members, rule and tally are campaign data (schema version 3).
// docs/conference.md.
#pragma once

#include "domain.h"
#include "result.h"
#include "rules.h"

#include <QHash>

namespace vd {

class Database;

enum class CouncilRole { Chair, Secretary, Member };
QString councilRoleCode(CouncilRole role); // "chair" / "secretary" / "member"
bool parseCouncilRole(const QString &code, CouncilRole *out);
QString councilRoleName(CouncilRole role); // "Chủ tịch Hội đồng" … (translated)

struct CouncilMember
{
    qint64 id = 0;
    qint64 campaignId = 0;
    int position = 0;
    QString fullName;
    QString title; // "Phó Chủ tịch UBND huyện"
    QString unitName; // a member recuses for nominees of this unit (compared folded)
    CouncilRole role = CouncilRole::Member;
    bool present = true;
};

// Passes when agree × denominator > numerator × base, base being the members
// present (ofPresent) or all members, less those who recuse for the nominee.
// Default: more than half of the members present.
struct MajorityRule
{
    int numerator = 1;
    int denominator = 2;
    bool ofPresent = true;

    bool passes(int agree, int base) const
    {
        return base > 0 && qint64(agree) * denominator > qint64(numerator) * base;
    }
    QString describe() const; // "quá 1/2 số thành viên có mặt" (translated)
};

// The conference settings of a campaign (table conference_setting).
struct ConferenceSettings
{
    MajorityRule majority;
    QDate councilDate;
    QString councilPlace;
    int batchSize = 10; // honorees called to the stage at once (running script)
};

// Problems of the settings, one translated message each (empty: valid):
// the majority rule a fraction in (0, 1], the batch size 1 to 200. What
// CouncilStore::saveSettings refuses; the GUI says them while typing.
QStringList conferenceSettingsProblems(const ConferenceSettings &settings);

struct CouncilVote
{
    int agree = 0;
    int disagree = 0;
    int abstain = 0;
    int total() const { return agree + disagree + abstain; }
};

class CouncilStore
{
public:
    explicit CouncilStore(Database &db) : m_db(db) { }

    Result<ConferenceSettings> settings(qint64 campaignId) const;
    // Validation error listing conferenceSettingsProblems(); nothing written then.
    // One transaction, audit-logged ("conference.settings").
    Status saveSettings(qint64 campaignId, const ConferenceSettings &settings);

    Result<QList<CouncilMember>> members(qint64 campaignId) const;
    // Appends a member; Validation error for an empty name or a second chair.
    Status addMember(CouncilMember &member);
    // Saves name, title, unit, role and presence of an existing member (its
    // position is kept); Validation error for an empty name, a second chair or
    // secretary, or a member not of the campaign. Nothing written when refused.
    Status updateMember(CouncilMember &member);
    Status setPresent(qint64 campaignId, qint64 memberId, bool present);
    Status removeMember(qint64 campaignId, qint64 memberId);

    // The tally entered so far, by nominee id.
    Result<QHash<qint64, CouncilVote>> votes(qint64 campaignId) const;
    // Enters (or replaces) the tally of one nominee of the campaign. Refused
    // when more ballots are counted than members may vote on it (present, or
    // all, less those who recuse), or the nominee is not on the ballot.
    Status setVote(qint64 campaignId, qint64 nomineeId, const CouncilVote &vote, const QDate &today);
    Status clearVote(qint64 campaignId, qint64 nomineeId);

private:
    Database &m_db;
};

// One nominee in the result.
struct TallyRow
{
    Nominee nominee;
    bool counted = false; // a tally was entered
    CouncilVote vote;
    int recused = 0; // members from the nominee's unit
    int base = 0; // members who may vote on it (per the rule)
    bool passes = false; // the majority rule holds
    int rank = 0; // 1.. among those that pass (equal agree = equal rank); 0 otherwise
    bool preselected = false; // within the quota, above any tie at the cut-off
    bool tiedAtCutoff = false; // shares the agree count that straddles the quota: staff decide
    // Among the rows tied at the cut-off, their place by the campaign's tie
    // priorities (Campaign::tiePriority; 1 = first; rows the priorities do not
    // tell apart share a place); 0 when not tied or the campaign lists none.
    // A suggestion shown to the council, never applied (docs/rules.md).
    int suggestedPlace = 0;
};

struct CouncilBloc
{
    Bloc bloc;
    int alreadyApproved = 0; // approved before the session (count against the quota)
    int places = 0; // quota − already approved
    int tiedPlaces = 0; // places left for the rows tied at the cut-off
    QList<TallyRow> rows; // ranked: passing first by agree (desc), then by name
};

struct CouncilResult
{
    Campaign campaign;
    ConferenceSettings settings;
    QList<CouncilMember> members;
    int present = 0;
    QList<CouncilBloc> blocs; // campaign order; blocs without ballots left out

    QList<qint64> preselectedIds() const;
    bool hasTies() const;
};

// Tie priorities (Campaign::tiePriority, docs/rules.md): the known keys, most
// often wanted first, and their names.
QStringList tiePriorityKeys(); // "female", "worker"
QString tiePriorityName(const QString &key); // "nữ", "công nhân, lao động trực tiếp" (translated)
QStringList tiePriorityNames(const QStringList &keys); // tiePriorityName() of each, in order
// Parses "female,worker" (also spaces); refuses an unknown or repeated key.
Result<QStringList> parseTiePriority(const QString &text);
// Whether the nominee has the quality the key asks for.
bool matchesTiePriority(const Nominee &nominee, const QString &key);

// The nominees on the ballot: verdict eligible under the rules at `today`.
// Pure; `members` and `votes` as stored.
CouncilResult computeCouncilResult(const Campaign &campaign, const ConferenceSettings &settings,
                                   const QList<CouncilMember> &members, const QList<Nominee> &nominees,
                                   const QHash<qint64, CouncilVote> &votes, const QDate &today);

// Loads everything for the active campaign and computes the result.
Result<CouncilResult> loadCouncilResult(Database &db, const QDate &today);

} // namespace vd
