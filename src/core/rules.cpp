#include "rules.h"

#include "review.h"
#include "rules_p.h"
#include "textfold.h"

#include <QCoreApplication>

#include <algorithm>

namespace vd {

namespace {

// The key of a folded name and a birth date; empty when either is missing.
QString nameBirthKey(const QString &foldedName, const QDate &birthDate)
{
    if (!birthDate.isValid() || foldedName.isEmpty())
        return {};
    // The day number stands for the date (the key is only compared, never shown).
    return foldedName + QLatin1Char('|') + QString::number(birthDate.toJulianDay());
}

} // namespace

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
    m_byCitizenId.reserve(m_nominees.size());
    m_byNameAndBirth.reserve(m_nominees.size());
    for (int i = 0; i < m_nominees.size(); ++i) {
        const Nominee &n = m_nominees.at(i);
        const QString cccd = n.citizenId.trimmed();
        if (!cccd.isEmpty())
            m_byCitizenId.insert(cccd, i);
        // Names repeat: each distinct name is folded once.
        auto fold = m_nameFolds.constFind(n.fullName);
        if (fold == m_nameFolds.cend())
            fold = m_nameFolds.insert(n.fullName, foldText(n.fullName));
        const QString key = nameBirthKey(*fold, n.birthDate);
        if (!key.isEmpty())
            m_byNameAndBirth.insert(key, i);
    }
}

QList<const Nominee *> DuplicateIndex::duplicatesOf(const Nominee &nominee) const
{
    QList<int> hits;
    const QString cccd = nominee.citizenId.trimmed();
    if (!cccd.isEmpty()) {
        for (auto it = m_byCitizenId.constFind(cccd); it != m_byCitizenId.cend() && it.key() == cccd; ++it)
            hits.append(it.value());
    }
    QString key;
    if (nominee.birthDate.isValid()) {
        const auto fold = m_nameFolds.constFind(nominee.fullName);
        key = nameBirthKey(fold != m_nameFolds.cend() ? *fold : foldText(nominee.fullName), nominee.birthDate);
    }
    if (!key.isEmpty()) {
        for (auto it = m_byNameAndBirth.constFind(key); it != m_byNameAndBirth.cend() && it.key() == key; ++it) {
            if (!hits.contains(it.value()))
                hits.append(it.value());
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

CampaignCheck checkCampaign(const Campaign &campaign, const QList<Nominee> &nominees, const QDate &today)
{
    CampaignCheck result;
    const RulesEngine engine(campaign);
    const DuplicateIndex duplicates(nominees);
    result.findings.reserve(nominees.size());
    result.verdicts.reserve(nominees.size());
    for (const Nominee &n : nominees) {
        result.findings.append(engine.check(n, duplicates, today));
        result.verdicts.append(verdictOf(result.findings.constLast(), n));
    }
    result.blocs = tallyBlocs(campaign, nominees, result.verdicts);
    return result;
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
