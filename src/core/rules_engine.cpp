// RulesEngine: runs every rule of ruleSpecs() (rules_checks.cpp) once for one
// nominee, as findings (check) and as a rule-by-rule report (docs/rules.md).
#include "rules.h"

#include "rules_p.h"

#include "textfold.h"

namespace vd {

namespace rulesdetail {

// d.toString("dd/MM/yyyy"), written directly for years 1..9999 (the locale
// formatter costs a twentieth of a check of 100 000 nominees).
QString dateText(const QDate &d)
{
    int y = 0, m = 0, day = 0;
    d.getDate(&y, &m, &day);
    if (!d.isValid() || y < 1 || y > 9999)
        return d.toString(QStringLiteral("dd/MM/yyyy"));
    const char16_t text[10] = { char16_t(u'0' + day / 10), char16_t(u'0' + day % 10),     u'/',
                                char16_t(u'0' + m / 10),   char16_t(u'0' + m % 10),       u'/',
                                char16_t(u'0' + y / 1000), char16_t(u'0' + y / 100 % 10), char16_t(u'0' + y / 10 % 10),
                                char16_t(u'0' + y % 10) };
    return QString(reinterpret_cast<const QChar *>(text), 10);
}

QString yesNo(bool b) { return b ? RulesText::tr("có") : RulesText::tr("không"); }

RuleContext::RuleContext(const RulesEngine &engine, const Nominee &n, const DuplicateIndex &index, const QDate &day)
    : nominee(n), campaign(engine.m_campaign), duplicates(index), history(engine.m_history), today(day),
      bloc(engine.m_campaign.blocById(n.blocId)), m_engine(engine)
{
}

const PositionMatch &RuleContext::position() const
{
    // Only the position rules ask, and only for a known bloc (RuleSpec::sectors).
    if (m_position)
        return *m_position;
    MatchCache &cache = *m_engine.m_matches;
    QHash<QString, PositionMatch> &known = cache.positions[bloc->sector == Sector::Sxkd ? 1 : 0];
    {
        QMutexLocker lock(&cache.mutex);
        const auto it = known.constFind(nominee.position);
        if (it != known.cend()) {
            m_position = *it;
            return *m_position;
        }
    }
    m_position = classifyPosition(nominee.position, bloc->sector, m_engine.m_leadership, m_engine.m_sxkdAllowed,
                                  m_engine.m_sxkdExcluded);
    QMutexLocker lock(&cache.mutex);
    known.insert(nominee.position, *m_position);
    return *m_position;
}

bool RuleContext::hasListedEmulationTitle() const
{
    MatchCache &cache = *m_engine.m_matches;
    const QString &title = nominee.emulationTitle;
    {
        QMutexLocker lock(&cache.mutex);
        const auto it = cache.titles.constFind(title);
        if (it != cache.titles.cend())
            return *it;
    }
    const bool listed = findPhrase(foldedWords(title), m_engine.m_emulationTitles) >= 0;
    QMutexLocker lock(&cache.mutex);
    cache.titles.insert(title, listed);
    return listed;
}

bool RuleContext::missingDocuments(QString *names) const
{
    MatchCache &cache = *m_engine.m_matches;
    const QStringList &documents = nominee.documents;
    {
        QMutexLocker lock(&cache.mutex);
        const auto it = cache.missingDocuments.constFind(documents);
        if (it != cache.missingDocuments.cend()) {
            *names = it->second;
            return it->first;
        }
    }
    QStringList missing;
    for (const DocumentType &d : campaign.documentTypes) {
        if (d.required && !documents.contains(d.code, Qt::CaseInsensitive))
            missing.append(d.name);
    }
    *names = missing.join(QStringLiteral("; "));
    QMutexLocker lock(&cache.mutex);
    cache.missingDocuments.insert(documents, { !missing.isEmpty(), *names });
    return !missing.isEmpty();
}

void RuleContext::setRule(int index)
{
    m_citation = sxkd() ? &m_engine.m_citationsSxkd.at(index) : &m_engine.m_citationsHcsn.at(index);
}

} // namespace rulesdetail

bool RuleSpec::appliesTo(Category category, const Bloc *bloc) const
{
    if (category == Category::Ldst && !forLdst)
        return false;
    return sectors.isEmpty() || (bloc && sectors.contains(bloc->sector));
}

RulesEngine::RulesEngine(const Campaign &campaign)
    : m_campaign(campaign), m_history(campaign.priorHonours), m_matches(std::make_shared<rulesdetail::MatchCache>())
{
    m_leadership = rulesdetail::foldPhrases(campaign.criteria.leadershipPositions);
    m_sxkdAllowed = rulesdetail::foldPhrases(campaign.criteria.sxkdAllowedPositions);
    m_sxkdExcluded = rulesdetail::foldPhrases(campaign.criteria.sxkdExcludedPositions);
    m_emulationTitles = rulesdetail::foldPhrases(campaign.criteria.emulationTitles);
    for (const RuleSpec &spec : ruleSpecs()) {
        m_citationsHcsn.append(rulesdetail::RulesText::tr(spec.citationHcsn));
        m_citationsSxkd.append(rulesdetail::RulesText::tr(spec.citationSxkd));
        m_fields.append(rulesdetail::RulesText::tr(spec.field));
        Severity severity = spec.severity;
        m_off.append(!ruleSeverityIn(campaign, spec, &severity));
        m_severities.append(severity);
    }
}

QStringList RulesEngine::ruleCodes()
{
    static const QStringList codes = [] {
        QStringList out;
        for (const RuleSpec &spec : ruleSpecs())
            out.append(spec.code);
        return out;
    }();
    return codes;
}

bool RulesEngine::appliesToCategory(const QString &code, Category category)
{
    for (const RuleSpec &spec : ruleSpecs()) {
        if (spec.code == code)
            return category == Category::Ldg || spec.forLdst;
    }
    return false;
}

void RulesEngine::evaluate(const Nominee &n, const DuplicateIndex &duplicates, const QDate &today,
                           QList<Finding> *findings, QList<RuleReportLine> *report) const
{
    rulesdetail::RuleContext context(*this, n, duplicates, today);
    const QList<RuleSpec> &specs = ruleSpecs();
    for (int i = 0; i < specs.size(); ++i) {
        const RuleSpec &spec = specs.at(i);
        context.setRule(i);
        rulesdetail::RuleLine line;
        const Severity severity = m_severities.at(i);
        if (m_off.at(i) && !report)
            continue;
        if (!m_off.at(i) && spec.appliesTo(n.category, context.bloc))
            spec.check(context, line);
        else
            line.notApplicable();
        if (line.failed && findings)
            findings->append({ spec.code, severity, line.message });
        if (!report)
            continue;
        // Criterion texts and evidence are only built for the report (check()
        // runs 100 000 times in a row).
        spec.describe(context, line);
        RuleOutcome outcome = RuleOutcome::Met;
        if (!line.applicable)
            outcome = RuleOutcome::NotApplicable;
        else if (line.failed)
            outcome = severity == Severity::Error ? RuleOutcome::NotMet : RuleOutcome::NeedsReview;
        report->append({ spec.code, line.criterion, outcome, line.evidence, m_fields.at(i),
                         line.failed ? line.message : QString() });
    }
}

QString ruleSpecsMarkdown()
{
    QString out = QStringLiteral("| code | severity | fails when | LDST | sectors | plan (HCSN / SXKD) | field |\n"
                                 "| --- | --- | --- | --- | --- | --- | --- |\n");
    for (const RuleSpec &spec : ruleSpecs()) {
        QStringList sectors;
        for (Sector s : spec.sectors)
            sectors.append(sectorCode(s));
        QString citation = QString::fromUtf8(spec.citationHcsn);
        if (qstrcmp(spec.citationHcsn, spec.citationSxkd) != 0)
            citation += QStringLiteral(" / ") + QString::fromUtf8(spec.citationSxkd);
        out += QStringLiteral("| `%1` | %2 | %3 | %4 | %5 | %6 | %7 |\n")
                   .arg(spec.code, severityCode(spec.severity), QString::fromUtf8(spec.summary),
                        spec.forLdst ? QStringLiteral("yes") : QStringLiteral("no"),
                        sectors.isEmpty() ? QStringLiteral("all") : sectors.join(QStringLiteral(", ")),
                        citation.isEmpty() ? QStringLiteral("—") : citation, QString::fromUtf8(spec.field));
    }
    return out;
}

} // namespace vd
