#include "rules.h"

#include "review.h"
#include "rules_p.h"
#include "textfold.h"

#include <QCoreApplication>
#include <QVarLengthArray>

#include <algorithm>

namespace vd {

QString severityCode(Severity s) { return s == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning"); }

namespace {

// The code and the (untranslated) name of each verdict and rule outcome, in
// the order of their enums.
struct CodeAndName
{
    const char *code;
    const char *name;
};
const CodeAndName kVerdicts[] = {
    { "eligible", QT_TRANSLATE_NOOP("vd::RulesEngine", "Đủ điều kiện") },
    { "review", QT_TRANSLATE_NOOP("vd::RulesEngine", "Cần xem xét") },
    { "ineligible", QT_TRANSLATE_NOOP("vd::RulesEngine", "Không đủ điều kiện") },
};
const CodeAndName kOutcomes[] = {
    { "met", QT_TRANSLATE_NOOP("vd::RulesEngine", "Đạt") },
    { "not_met", QT_TRANSLATE_NOOP("vd::RulesEngine", "Không đạt") },
    { "review", QT_TRANSLATE_NOOP("vd::RulesEngine", "Cần xem xét") },
    { "not_applicable", QT_TRANSLATE_NOOP("vd::RulesEngine", "Không áp dụng") },
};

} // namespace

QString verdictCode(Verdict v) { return QString::fromLatin1(kVerdicts[int(v)].code); }

QString verdictName(Verdict v) { return rulesdetail::RulesText::tr(kVerdicts[int(v)].name); }

QString ruleOutcomeCode(RuleOutcome o) { return QString::fromLatin1(kOutcomes[int(o)].code); }

QString ruleOutcomeName(RuleOutcome o) { return rulesdetail::RulesText::tr(kOutcomes[int(o)].name); }

Verdict verdictOf(const QList<Finding> &findings)
{
    bool warning = false;
    for (const Finding &f : findings) {
        if (f.severity == Severity::Error)
            return Verdict::Ineligible;
        warning = true;
    }
    return warning ? Verdict::Review : Verdict::Eligible;
}

// ---------------------------------------------------------------------------
// Duplicates

DuplicateIndex::DuplicateIndex(const QList<Nominee> &nominees) : m_nominees(nominees)
{
    const int count = int(m_nominees.size());
    m_byCitizenId.reserve(count);
    m_byNameAndBirth.reserve(count);
    m_nextByCitizenId.fill(-1, count);
    m_nextByNameAndBirth.fill(-1, count);
    for (int i = 0; i < count; ++i) {
        const Nominee &n = m_nominees.at(i);
        const QString cccd = n.citizenId.trimmed();
        if (!cccd.isEmpty()) {
            int &latest = m_byCitizenId[cccd]; // 1 + the latest, 0 when new
            m_nextByCitizenId[i] = latest - 1;
            latest = i + 1;
        }
        // Names repeat: each distinct name is folded once. A name that folds to
        // nothing, or a missing birth date, gives no key.
        auto id = m_nameIds.constFind(n.fullName);
        if (id == m_nameIds.cend()) {
            const QString folded = foldText(n.fullName);
            int number = -1;
            if (!folded.isEmpty()) {
                auto fold = m_foldIds.constFind(folded);
                if (fold == m_foldIds.cend())
                    fold = m_foldIds.insert(folded, int(m_foldIds.size()));
                number = *fold;
            }
            id = m_nameIds.insert(n.fullName, number);
        }
        if (*id >= 0 && n.birthDate.isValid()) {
            int &latest = m_byNameAndBirth[{ *id, n.birthDate.toJulianDay() }]; // as above
            m_nextByNameAndBirth[i] = latest - 1;
            latest = i + 1;
        }
    }
}

int DuplicateIndex::nameIdOf(const QString &fullName) const
{
    const auto id = m_nameIds.constFind(fullName);
    if (id != m_nameIds.cend())
        return *id;
    const QString folded = foldText(fullName);
    return folded.isEmpty() ? -1 : m_foldIds.value(folded, -1);
}

QList<const Nominee *> DuplicateIndex::duplicatesOf(const Nominee &nominee) const
{
    // Most nominees find only themselves: no allocation for that.
    QVarLengthArray<int, 8> hits;
    const QString cccd = nominee.citizenId.trimmed();
    if (!cccd.isEmpty()) {
        for (int i = m_byCitizenId.value(cccd) - 1; i >= 0; i = m_nextByCitizenId.at(i))
            hits.append(i);
    }
    if (nominee.birthDate.isValid() && !m_byNameAndBirth.isEmpty()) {
        const NameBirth key { nameIdOf(nominee.fullName), nominee.birthDate.toJulianDay() };
        if (key.name >= 0) {
            for (int i = m_byNameAndBirth.value(key) - 1; i >= 0; i = m_nextByNameAndBirth.at(i)) {
                if (!hits.contains(i))
                    hits.append(i);
            }
        }
    }
    std::sort(hits.begin(), hits.end());
    QList<const Nominee *> out;
    for (int i : std::as_const(hits)) {
        const Nominee &other = m_nominees.at(i);
        // Never itself: the same saved row, or the very object that was indexed.
        if (&other == &nominee || (nominee.id != 0 && other.id == nominee.id))
            continue;
        out.append(&other);
    }
    return out;
}

// ---------------------------------------------------------------------------
// Engine

QList<Finding> RulesEngine::check(const Nominee &nominee, const DuplicateIndex &duplicates, const QDate &today) const
{
    QList<Finding> findings;
    evaluate(nominee, duplicates, today, &findings, nullptr);
    return findings;
}

QList<RuleReportLine> RulesEngine::report(const Nominee &nominee, const DuplicateIndex &duplicates,
                                          const QDate &today) const
{
    QList<RuleReportLine> lines;
    evaluate(nominee, duplicates, today, nullptr, &lines);
    return lines;
}

// ---------------------------------------------------------------------------
// Tallies

QList<BlocTally> tallyBlocs(const Campaign &campaign, const QList<Nominee> &nominees, const QList<Verdict> &verdicts)
{
    QList<BlocTally> out;
    QHash<qint64, int> index;
    for (const Bloc &b : campaign.blocs) {
        BlocTally t;
        t.blocId = b.id;
        t.code = b.code;
        t.name = b.name;
        t.quota = b.quota;
        index.insert(b.id, int(out.size()));
        out.append(t);
    }
    for (int i = 0; i < nominees.size(); ++i) {
        const auto it = index.constFind(nominees.at(i).blocId);
        if (it == index.cend())
            continue;
        BlocTally &t = out[it.value()];
        ++t.nominated;
        if (i < verdicts.size() && verdicts.at(i) == Verdict::Eligible)
            ++t.eligible;
        if (nominees.at(i).approved)
            ++t.approved;
    }
    return out;
}

namespace {

// Every nominee checked by one engine (folded lists and matches once) against
// one duplicate index: `take(findings)` for each, in order.
template<typename Take>
void checkEach(const Campaign &campaign, const QList<Nominee> &nominees, const DuplicateIndex &duplicates,
               const QDate &today, Take take)
{
    const RulesEngine engine(campaign);
    for (const Nominee &n : nominees)
        take(n, engine.check(n, duplicates, today));
}

} // namespace

CampaignCheck checkCampaign(const Campaign &campaign, const QList<Nominee> &nominees, const QDate &today)
{
    CampaignCheck result;
    const DuplicateIndex duplicates(nominees);
    result.findings.reserve(nominees.size());
    result.verdicts.reserve(nominees.size());
    checkEach(campaign, nominees, duplicates, today, [&result](const Nominee &n, QList<Finding> &&findings) {
        result.verdicts.append(verdictOf(findings, n));
        result.findings.append(std::move(findings));
    });
    result.blocs = tallyBlocs(campaign, nominees, result.verdicts);
    return result;
}

QList<Verdict> campaignVerdicts(const Campaign &campaign, const QList<Nominee> &nominees,
                                const DuplicateIndex &duplicates, const QDate &today)
{
    QList<Verdict> verdicts;
    verdicts.reserve(nominees.size());
    checkEach(campaign, nominees, duplicates, today,
              [&verdicts](const Nominee &n, QList<Finding> &&findings) { verdicts.append(verdictOf(findings, n)); });
    return verdicts;
}

HistoryIndex::HistoryIndex(const QList<PriorHonour> &honours) : m_items(honours)
{
    for (int i = 0; i < m_items.size(); ++i)
        m_byPerson.insert(m_items.at(i).personId, i);
}

QList<PriorHonour> HistoryIndex::honoursBefore(qint64 personId, const Campaign &campaign) const
{
    QList<PriorHonour> out;
    if (personId <= 0)
        return out;
    for (auto it = m_byPerson.constFind(personId); it != m_byPerson.cend() && it.key() == personId; ++it) {
        const PriorHonour &h = m_items.at(*it);
        if (h.campaignId == campaign.id)
            continue;
        if (h.campaignYear < campaign.year || (h.campaignYear == campaign.year && h.campaignId < campaign.id))
            out.append(h);
    }
    std::sort(out.begin(), out.end(), [](const PriorHonour &a, const PriorHonour &b) {
        return a.campaignYear != b.campaignYear ? a.campaignYear < b.campaignYear : a.campaignId < b.campaignId;
    });
    return out;
}

bool ruleSeverityIn(const Campaign &campaign, const RuleSpec &spec, Severity *severity)
{
    *severity = spec.severity;
    const QString set = campaign.ruleSeverities.value(spec.code);
    if (set == QLatin1String("off"))
        return false;
    if (set == QLatin1String("error"))
        *severity = Severity::Error;
    else if (set == QLatin1String("warning"))
        *severity = Severity::Warning;
    return true;
}

} // namespace vd
