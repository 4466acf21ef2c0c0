// The rules engine (docs/rules.md): pure functions of a nominee, the campaign,
// the other nominees (for duplicates) and a clock. No storage, no widgets.
#pragma once

#include "domain.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>

namespace vd {

enum class Severity { Warning, Error };
enum class Verdict { Eligible, Review, Ineligible };

QString severityCode(Severity s); // "warning" / "error"
QString verdictCode(Verdict v); // "eligible" / "review" / "ineligible"
QString verdictName(Verdict v); // "Đủ điều kiện" / "Cần xem xét" / "Không đủ điều kiện" (translated)

// One finding: a rule code (ruleSpecs()), its severity, and a translated message
// that says what is missing and where it comes from in the plan.
struct Finding
{
    QString code;
    Severity severity = Severity::Error;
    QString message;
};

// ineligible if any error; review if any warning; else eligible.
Verdict verdictOf(const QList<Finding> &findings);

namespace rulesdetail {
class RuleContext;
struct RuleLine;
struct MatchCache;
} // namespace rulesdetail

// One rule of the plan as data. ruleCodes(), appliesToCategory(), the rule
// table of docs/rules.md and the "rules" of `check --json` all come from the
// list of these (ruleSpecs()); the engine runs `check` of each in turn.
struct RuleSpec
{
    QString code; // the finding code, e.g. "NO_EMULATION_TITLE"
    Severity severity = Severity::Error;
    bool forLdst = false; // every rule applies to LDG; these to LDST too (plan II.1)
    QList<Sector> sectors; // empty: every nominee, also one without a known bloc
    // Where the 2023 plan sets it, per sector (untranslated source text, context
    // "vd::RulesEngine"); a nominee without a known bloc is cited as HCSN. Empty:
    // the rule is not a criterion of the plan (duplicates).
    const char *citationHcsn = "";
    const char *citationSxkd = "";
    const char *field = ""; // the nominee field(s) it reads (untranslated)
    const char *summary = ""; // when it fails, in a few English words (docs/rules.md)
    // Decides the rule for a nominee it applies to: met, failed (with the
    // message) or not applicable.
    void (*check)(const rulesdetail::RuleContext &, rulesdetail::RuleLine &) = nullptr;
    // Fills the report's criterion and evidence (only called for report()).
    void (*describe)(const rulesdetail::RuleContext &, rulesdetail::RuleLine &) = nullptr;

    bool appliesTo(Category category, const Bloc *bloc) const;
};

// Every rule, in report order (the order of docs/rules.md).
const QList<RuleSpec> &ruleSpecs();
// The rule table of docs/rules.md (Markdown, one row per rule), made from ruleSpecs().
QString ruleSpecsMarkdown();

// Rule-by-rule report for the council and the editor.
enum class RuleOutcome { Met, NotMet, NeedsReview, NotApplicable };
QString ruleOutcomeCode(RuleOutcome o); // "met" / "not_met" / "review" / "not_applicable"
QString ruleOutcomeName(RuleOutcome o); // "Đạt" / "Không đạt" / "Cần xem xét" / "Không áp dụng" (translated)

struct RuleReportLine
{
    QString rule; // a finding code, e.g. "NO_EMULATION_TITLE"
    QString criterion; // what the plan asks, e.g. "Tiêu chuẩn 2.1: Chiến sĩ thi đua cơ sở trở lên"
    RuleOutcome outcome = RuleOutcome::Met;
    QString evidence; // the field value that decided it
    QString field; // which field the evidence comes from, e.g. "Danh hiệu thi đua" (translated)
    QString message; // the finding's message when not met / needs review, else empty
};

// Finds nominees with the same CCCD, or the same folded name and birth date,
// in O(n) (hash maps), across the whole campaign.
class DuplicateIndex
{
public:
    DuplicateIndex() = default;
    explicit DuplicateIndex(const QList<Nominee> &nominees);
    // The other nominees that duplicate `nominee` (never itself: same id is skipped).
    QList<const Nominee *> duplicatesOf(const Nominee &nominee) const;

private:
    // The folded name's number (m_foldIds) and the birth date's day number:
    // two fields, not a text "folded name|day" built per nominee (docs/performance.md).
    struct NameBirth
    {
        int name = -1;
        qint64 day = 0;
        friend bool operator==(const NameBirth &a, const NameBirth &b) { return a.name == b.name && a.day == b.day; }
        friend size_t qHash(const NameBirth &k, size_t seed = 0) { return qHashMulti(seed, k.name, k.day); }
    };
    // The number of the folded `fullName`, -1 when no indexed nominee has it.
    int nameIdOf(const QString &fullName) const;

    QList<Nominee> m_nominees;
    // 1 + each key's latest nominee; m_next...[i] the one indexed before i
    // under the same key (-1: none). Arrays, not a QMultiHash: no allocation
    // per entry.
    QHash<QString, int> m_byCitizenId;
    QHash<NameBirth, int> m_byNameAndBirth;
    QList<int> m_nextByCitizenId, m_nextByNameAndBirth;
    QHash<QString, int> m_nameIds; // full name -> number of its fold, each distinct name folded once
    QHash<QString, int> m_foldIds; // folded name -> its number
};

// The campaign's prior honours (Campaign::priorHonours) by person.
class HistoryIndex
{
public:
    HistoryIndex() = default;
    explicit HistoryIndex(const QList<PriorHonour> &honours);
    bool isEmpty() const { return m_items.isEmpty(); }
    // The person's approvals in campaigns before `campaign`: an earlier year,
    // or the same year and created before it. Oldest first.
    QList<PriorHonour> honoursBefore(qint64 personId, const Campaign &campaign) const;

private:
    QList<PriorHonour> m_items;
    QMultiHash<qint64, int> m_byPerson;
};

class RulesEngine
{
public:
    // The campaign's severities (Campaign::ruleSeverities) replace the
    // defaults of ruleSpecs(); "off" skips a rule. Its prior honours
    // (Campaign::priorHonours) are the history rules' input.
    explicit RulesEngine(const Campaign &campaign);

    // Every rule code in report order (ruleSpecs()).
    static QStringList ruleCodes();
    // The codes that apply to the category (RuleSpec::forLdst). "Lao động sáng
    // tạo" (LDST) nominees are authors of applied initiatives (plan II.1): only
    // membership, the dossier, the deadline, endorsement, duplicates and the
    // applied initiative are checked for them; position, emulation title and
    // merit award are rules of "Lao động giỏi" only (see docs/rules.md).
    static bool appliesToCategory(const QString &code, Category category);

    // Every finding for one nominee. `today` is the clock (no rule reads the
    // system time).
    QList<Finding> check(const Nominee &nominee, const DuplicateIndex &duplicates, const QDate &today) const;
    QList<RuleReportLine> report(const Nominee &nominee, const DuplicateIndex &duplicates, const QDate &today) const;

    const Campaign &campaign() const { return m_campaign; }

private:
    // Evaluates every rule once; fills the findings and/or the report lines.
    void evaluate(const Nominee &nominee, const DuplicateIndex &duplicates, const QDate &today,
                  QList<Finding> *findings, QList<RuleReportLine> *report) const;

    Campaign m_campaign;
    HistoryIndex m_history;
    // Per rule (ruleSpecs() order): its severity in this campaign; off rules are skipped.
    QList<Severity> m_severities;
    QList<bool> m_off;
    // Folded word lists, computed once.
    QList<QStringList> m_leadership, m_sxkdAllowed, m_sxkdExcluded, m_emulationTitles;
    // Per rule (ruleSpecs() order), translated once: the citation for an HCSN
    // (or unknown) bloc, for an SXKD bloc, and the field.
    QStringList m_citationsHcsn, m_citationsSxkd, m_fields;
    // Positions and emulation titles repeat across thousands of nominees: each
    // distinct text is folded and matched once per engine (thread-safe).
    std::shared_ptr<rulesdetail::MatchCache> m_matches;

    friend class rulesdetail::RuleContext;
};

// Per-bloc figures for the approval view, `check --json` and the reports.
struct BlocTally
{
    qint64 blocId = 0;
    QString code;
    QString name;
    int quota = 0;
    int nominated = 0;
    int eligible = 0;
    int approved = 0;
    int remaining() const { return quota - approved; }
};

// verdicts[i] is the verdict of nominees[i]. Every nominee of a bloc counts,
// whatever its category (the quota is the bloc's, docs/rules.md). Blocs in
// campaign order.
QList<BlocTally> tallyBlocs(const Campaign &campaign, const QList<Nominee> &nominees, const QList<Verdict> &verdicts);

// The whole campaign checked at once (check, approval, GUI): findings[i] and
// verdicts[i] belong to nominees[i]. O(n): one duplicate index, folded lists
// computed once.
struct CampaignCheck
{
    QList<QList<Finding>> findings;
    QList<Verdict> verdicts;
    QList<BlocTally> blocs;
};
CampaignCheck checkCampaign(const Campaign &campaign, const QList<Nominee> &nominees, const QDate &today);
// The verdicts alone (the GUI's list and views), the same way, with the
// duplicate index the caller keeps: verdicts[i] belongs to nominees[i].
QList<Verdict> campaignVerdicts(const Campaign &campaign, const QList<Nominee> &nominees,
                                const DuplicateIndex &duplicates, const QDate &today);

// The campaign's severity of a rule (campaign_rule), else the rule's default.
// Returns false when the campaign turned the rule off.
bool ruleSeverityIn(const Campaign &campaign, const RuleSpec &spec, Severity *severity);

} // namespace vd
