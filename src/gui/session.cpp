#include "session.h"

#include "changenotifier.h"

#include "campaignstore.h"
#include "nomineestore.h"
#include "review.h"
#include "textfold.h"

#include <QElapsedTimer>
#include <QThread>
#include <QUndoStack>

namespace vd::gui {

Session::Session(std::unique_ptr<Database> db, QObject *parent)
    : QObject(parent), m_db(std::move(db)), m_undoStack(new QUndoStack(this))
{
}

Session::~Session()
{
    if (m_worker) {
        m_worker->disconnect(this);
        m_worker->wait();
        delete m_worker;
    }
}

const Nominee *Session::nomineeById(qint64 id) const
{
    const int row = m_rowById.value(id, -1);
    return row >= 0 ? &m_data.nominees.at(row) : nullptr;
}

Status Session::setDatabase(std::unique_ptr<Database> db)
{
    if (m_worker) { // a load of the old file must not land on the new one
        m_worker->disconnect(this);
        m_worker->wait();
        delete m_worker;
        m_worker = nullptr;
        emit loadingChanged(false);
    }
    m_undoStack->clear();
    m_notifier.reset(); // it watches the old connection
    m_db = std::move(db);
    if (m_livePollMs > 0)
        setLiveRefresh(true, m_livePollMs);
    emit databaseChanged();
    return load();
}

void Session::setLiveRefresh(bool enabled, int pollIntervalMs)
{
    m_notifier.reset();
    m_livePollMs = enabled ? pollIntervalMs : 0;
    if (!enabled || !m_db)
        return;
    m_notifier = std::make_unique<ChangeNotifier>(*m_db, pollIntervalMs);
    connect(m_notifier.get(), &ChangeNotifier::changed, this, [this] {
        if (!isLoading())
            (void)refresh(); // a failure is reported through loadFailed()
    });
}

Status Session::load()
{
    auto campaign = CampaignStore(*m_db).loadActive();
    if (!campaign)
        return campaign.error();
    auto count = NomineeStore(*m_db).count(campaign->id);
    if (!count)
        return count.error();
    m_loadingCampaign = std::move(campaign.value());
    if (*count >= backgroundThreshold) {
        reloadInBackground();
        return {};
    }
    return reload();
}

Result<SessionSnapshot> Session::loadRows(Database &db)
{
    SessionSnapshot s;
    auto campaign = CampaignStore(db).loadActive();
    if (!campaign)
        return campaign.error();
    auto nominees = NomineeStore(db).loadAll(campaign->id);
    if (!nominees)
        return nominees.error();
    auto units = UnitStore(db).list(campaign->id);
    if (!units)
        return units.error();
    s.campaign = std::move(campaign.value());
    s.nominees = std::move(nominees.value());
    s.units = std::move(units.value());
    s.listKeys = NomineeTableModel::computeKeys(s.nominees);
    s.tallies = tallyBlocs(s.campaign, s.nominees, {}); // nominated and approved; eligible once checked
    return s;
}

void Session::checkSnapshot(SessionSnapshot &s, const QDate &today)
{
    s.duplicates = DuplicateIndex(s.nominees);
    s.verdicts = campaignVerdicts(s.campaign, s.nominees, s.duplicates, today);
    s.tallies = tallyBlocs(s.campaign, s.nominees, s.verdicts);
    s.checked = true;
}

Result<SessionSnapshot> Session::loadSnapshot(Database &db, const QDate &today)
{
    auto s = loadRows(db);
    if (!s)
        return s.error();
    checkSnapshot(*s, today);
    return s;
}

Status Session::reload()
{
    QElapsedTimer timer;
    timer.start();
    auto snapshot = loadSnapshot(*m_db, today());
    if (!snapshot)
        return snapshot.error();
    m_lastLoadMs = timer.elapsed();
    apply(std::move(snapshot.value()));
    return {};
}

Status Session::refresh()
{
    if (m_data.nominees.size() >= backgroundThreshold || m_worker) {
        reloadInBackground();
        return {};
    }
    Status st = reload();
    if (!st)
        emit loadFailed(st.error().message);
    return st;
}

void Session::reloadInBackground()
{
    if (m_worker) {
        m_loadAgain = true; // a change during the load: load once more after it
        return;
    }
    auto result = std::make_shared<Result<SessionSnapshot>>(Error::storage(QString()));
    auto elapsed = std::make_shared<qint64>(0);
    // The same options as the window's connection (a typed password included).
    const Database::Another another = m_db->another();
    const QDate day = today();
    const int generation = ++m_loadGeneration;
    Session *self = this; // outlives the worker: ~Session waits for it
    m_worker = QThread::create([result, elapsed, another, day, generation, self] {
        QElapsedTimer timer;
        timer.start();
        auto db = another.open(); // its own connection, in this thread
        if (!db) {
            *result = db.error();
            return;
        }
        auto rows = loadRows(**db);
        if (!rows) {
            *result = rows.error();
            return;
        }
        // The rows go to the window now (the lists are shared, not copied);
        // the rules run on here. A queued call to a Session since destroyed
        // is never delivered; a stale generation is dropped by applyRows().
        QMetaObject::invokeMethod(
            self,
            [self, generation, preview = SessionSnapshot(*rows)]() mutable {
                self->applyRows(std::move(preview), generation);
            },
            Qt::QueuedConnection);
        checkSnapshot(*rows, day);
        *result = std::move(rows);
        *elapsed = timer.elapsed();
    });
    connect(m_worker, &QThread::finished, this, [this, result, elapsed] {
        m_worker->deleteLater();
        m_worker = nullptr;
        if (result->ok()) {
            m_lastLoadMs = *elapsed;
            apply(std::move(result->value()));
        } else {
            emit loadFailed(result->error().message);
        }
        if (m_loadAgain) {
            m_loadAgain = false;
            reloadInBackground();
        } else {
            emit loadingChanged(false);
        }
    });
    emit loadingChanged(true);
    m_worker->start(QThread::LowPriority);
}

void Session::applyRows(SessionSnapshot &&rows, int generation)
{
    if (!m_worker || generation != m_loadGeneration)
        return; // a load of another file, or one finished already
    m_data = std::move(rows);
    m_engine = std::make_unique<RulesEngine>(m_data.campaign);
    buildIndexes();
    emit rowsLoaded();
}

void Session::apply(SessionSnapshot &&snapshot)
{
    // The same rows as applyRows() gave: their indexes stand.
    const bool sameRows = m_data.nominees.isSharedWith(snapshot.nominees) && !m_rowById.isEmpty();
    m_data = std::move(snapshot);
    m_loadingCampaign = Campaign();
    m_engine = std::make_unique<RulesEngine>(m_data.campaign);
    if (!sameRows)
        buildIndexes();
    emit reloaded();
}

void Session::buildIndexes()
{
    const QList<Nominee> &all = m_data.nominees;
    // The list's keys hold each distinct name folded once already.
    const NomineeTableModel::ListKeys &keys = m_data.listKeys;
    const bool folded = keys.rows.size() == all.size();
    m_rowById.clear();
    m_byCitizenId.clear();
    m_byName.clear();
    m_rowById.reserve(all.size());
    m_nextByCitizenId.assign(size_t(all.size()), -1);
    m_nextByName.assign(size_t(all.size()), -1);
    for (int i = 0; i < all.size(); ++i) {
        const Nominee &n = all.at(i);
        m_rowById.insert(n.id, i);
        if (!n.citizenId.isEmpty()) {
            int &latest = m_byCitizenId[n.citizenId];
            m_nextByCitizenId[size_t(i)] = latest - 1;
            latest = i + 1;
        }
        int &latest = m_byName[folded ? keys.texts.at(keys.rows.at(i).nameText) : foldText(n.fullName)];
        m_nextByName[size_t(i)] = latest - 1;
        latest = i + 1;
    }
}

Verdict Session::verdictOfId(qint64 id) const
{
    const int row = m_rowById.value(id, -1);
    return row >= 0 && row < m_data.verdicts.size() ? m_data.verdicts.at(row) : Verdict::Ineligible;
}

QList<Finding> Session::check(const Nominee &nominee) const
{
    return m_engine ? m_engine->check(nominee, m_data.duplicates, today()) : QList<Finding>();
}

QList<const Nominee *> Session::similarByCitizenId(const QString &citizenId, qint64 selfId) const
{
    QList<const Nominee *> out;
    const QString key = citizenId.trimmed();
    if (key.isEmpty())
        return out;
    // The latest row first, as before.
    for (int i = m_byCitizenId.value(key) - 1; i >= 0; i = m_nextByCitizenId.at(size_t(i))) {
        if (m_data.nominees.at(i).id != selfId)
            out.append(&m_data.nominees.at(i));
    }
    return out;
}

QList<const Nominee *> Session::similarByName(const QString &fullName, qint64 selfId) const
{
    QList<const Nominee *> out;
    const QString key = foldText(normalizeText(fullName));
    if (key.isEmpty())
        return out;
    for (int i = m_byName.value(key) - 1; i >= 0; i = m_nextByName.at(size_t(i))) {
        if (m_data.nominees.at(i).id != selfId)
            out.append(&m_data.nominees.at(i));
    }
    return out;
}

} // namespace vd::gui
