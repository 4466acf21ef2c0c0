#include "session.h"

#include "campaignstore.h"
#include "nomineestore.h"
#include "textfold.h"

#include <QElapsedTimer>
#include <QUndoStack>

namespace vd::gui {

Session::Session(std::unique_ptr<Database> db, QObject *parent)
    : QObject(parent), m_db(std::move(db)), m_undoStack(new QUndoStack(this))
{
}

Session::~Session() = default;

const Nominee *Session::nomineeById(qint64 id) const
{
    const int row = m_rowById.value(id, -1);
    return row >= 0 ? &m_nominees.at(row) : nullptr;
}

Status Session::setDatabase(std::unique_ptr<Database> db)
{
    m_undoStack->clear();
    m_db = std::move(db);
    emit databaseChanged();
    return reload();
}

Status Session::reload()
{
    QElapsedTimer timer;
    timer.start();
    auto campaign = CampaignStore(*m_db).loadActive();
    if (!campaign)
        return campaign.error();
    auto nominees = NomineeStore(*m_db).loadAll(campaign->id);
    if (!nominees)
        return nominees.error();
    auto units = UnitStore(*m_db).list(campaign->id);
    if (!units)
        return units.error();
    m_campaign = std::move(campaign.value());
    m_nominees = std::move(nominees.value());
    m_units = std::move(units.value());
    buildIndexes();
    m_engine = std::make_unique<RulesEngine>(m_campaign);
    m_duplicates = DuplicateIndex(m_nominees);
    m_verdicts.clear();
    m_verdicts.reserve(m_nominees.size());
    const QDate day = today();
    for (const Nominee &n : std::as_const(m_nominees))
        m_verdicts.append(verdictOf(m_engine->check(n, m_duplicates, day)));
    m_tallies = tallyBlocs(m_campaign, m_nominees, m_verdicts);
    emit reloaded();
    m_lastLoadMs = timer.elapsed();
    return {};
}

void Session::buildIndexes()
{
    m_rowById.clear();
    m_byCitizenId.clear();
    m_byName.clear();
    m_rowById.reserve(m_nominees.size());
    m_byName.reserve(m_nominees.size());
    for (int i = 0; i < m_nominees.size(); ++i) {
        const Nominee &n = m_nominees.at(i);
        m_rowById.insert(n.id, i);
        if (!n.citizenId.isEmpty())
            m_byCitizenId.insert(n.citizenId, i);
        m_byName.insert(foldText(n.fullName), i);
    }
}

Verdict Session::verdictOfId(qint64 id) const
{
    const int row = m_rowById.value(id, -1);
    return row >= 0 && row < m_verdicts.size() ? m_verdicts.at(row) : Verdict::Ineligible;
}

QList<Finding> Session::check(const Nominee &nominee) const
{
    return m_engine ? m_engine->check(nominee, m_duplicates, today()) : QList<Finding>();
}

QList<const Nominee *> Session::similarByCitizenId(const QString &citizenId, qint64 selfId) const
{
    QList<const Nominee *> out;
    const QString key = citizenId.trimmed();
    if (key.isEmpty())
        return out;
    for (auto it = m_byCitizenId.constFind(key); it != m_byCitizenId.cend() && it.key() == key; ++it) {
        if (m_nominees.at(it.value()).id != selfId)
            out.append(&m_nominees.at(it.value()));
    }
    return out;
}

QList<const Nominee *> Session::similarByName(const QString &fullName, qint64 selfId) const
{
    QList<const Nominee *> out;
    const QString key = foldText(normalizeText(fullName));
    if (key.isEmpty())
        return out;
    for (auto it = m_byName.constFind(key); it != m_byName.cend() && it.key() == key; ++it) {
        if (m_nominees.at(it.value()).id != selfId)
            out.append(&m_nominees.at(it.value()));
    }
    return out;
}

} // namespace vd::gui
