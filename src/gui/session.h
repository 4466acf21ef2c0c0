// The open database and what the views show of it: the active campaign, its
// nominees and units, their rule verdicts and the per-bloc figures, loaded as
// one snapshot per change, plus the undo stack. Views read from here and listen
// to reloaded(); every change goes through core.
//
// A snapshot of a large campaign (many thousand nominees: reading, the rules
// for everyone, the list's search and sort keys) is built on a second database
// connection in a worker thread, so the window never freezes; small ones are
// loaded at once. The worker hands over the rows first (rowsLoaded(): the list
// fills, its verdicts read "đang kiểm tra…"), then the verdicts (reloaded()):
// docs/gui.md "Large campaigns".
#pragma once

#include "database.h"
#include "domain.h"
#include "nomineetablemodel.h"
#include "rules.h"
#include "unitstore.h"

#include <QDate>
#include <QHash>
#include <QObject>

#include <memory>
#include <vector>

class QThread;
class QUndoStack;

namespace vd {
class ChangeNotifier;
}

namespace vd::gui {

// Everything one load produces; built by Session::loadSnapshot in any thread.
struct SessionSnapshot
{
    Campaign campaign;
    QList<Nominee> nominees;
    QList<UnitSummary> units;
    QList<Verdict> verdicts;
    QList<BlocTally> tallies;
    DuplicateIndex duplicates;
    NomineeTableModel::ListKeys listKeys;
    bool checked = false; // verdicts, tallies and duplicates filled in (checkSnapshot)
};

class Session : public QObject
{
    Q_OBJECT

public:
    // From this many nominees on, refresh() loads in the background.
    static constexpr int backgroundThreshold = 5000;

    explicit Session(std::unique_ptr<Database> db, QObject *parent = nullptr);
    ~Session() override;

    Database &database() { return *m_db; }
    const Campaign &campaign() const { return m_data.campaign; }
    // The active campaign of the database being loaded, known from the start
    // of load() (before its nominees arrive): the window's header shows it
    // while a large campaign loads. Empty (id 0) once a load has been applied.
    const Campaign &loadingCampaign() const { return m_loadingCampaign; }
    const QList<Nominee> &nominees() const { return m_data.nominees; }
    const QList<UnitSummary> &units() const { return m_data.units; }
    const Nominee *nomineeById(qint64 id) const;
    QUndoStack *undoStack() const { return m_undoStack; }

    // The day rules are checked against (tests fix it).
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }
    void setToday(const QDate &day) { m_today = day; }

    // Replaces the database (File ▸ Open/New); clears the undo stack and loads it.
    Status setDatabase(std::unique_ptr<Database> db);
    // Reload when another client (PC, program) commits a change: LISTEN/NOTIFY
    // on PostgreSQL, PRAGMA data_version polled on SQLite. Off until enabled.
    void setLiveRefresh(bool enabled, int pollIntervalMs = 2000);
    // The first load of a database: in the background when it holds many nominees.
    Status load();
    // Loads now, in this thread, then emits reloaded().
    Status reload();
    // After a change: reload() for a small campaign, reloadInBackground() for a large one.
    Status refresh();
    // Starts a load in a worker thread; reloaded() (or loadFailed()) follows.
    void reloadInBackground();
    bool isLoading() const { return m_worker != nullptr; }
    // The rows of a background load are shown, their verdicts not known yet.
    bool isChecking() const { return !m_data.checked && !m_data.nominees.isEmpty(); }
    // Milliseconds the last load took (database read, rules, keys; not the views).
    qint64 lastLoadMs() const { return m_lastLoadMs; }

    // Rule verdicts of nominees() (same order), the per-bloc figures, and the
    // list's precomputed keys, from the same load.
    const QList<Verdict> &verdicts() const { return m_data.verdicts; }
    Verdict verdictOfId(qint64 id) const;
    const QList<BlocTally> &tallies() const { return m_data.tallies; }
    const NomineeTableModel::ListKeys &listKeys() const { return m_data.listKeys; }
    // The findings for a nominee being edited (checked against the others).
    QList<Finding> check(const Nominee &nominee) const;

    // Other nominees with the same CCCD, or the same name (folded), as hints
    // while typing. `selfId` is skipped.
    QList<const Nominee *> similarByCitizenId(const QString &citizenId, qint64 selfId) const;
    QList<const Nominee *> similarByName(const QString &fullName, qint64 selfId) const;

    // Builds a snapshot from `db` (any thread): loadRows() then checkSnapshot().
    static Result<SessionSnapshot> loadSnapshot(Database &db, const QDate &today);
    // The campaign, its nominees and units and the list's keys, without verdicts.
    static Result<SessionSnapshot> loadRows(Database &db);
    // The rules over the whole campaign at once (checkCampaign's path, as
    // `check` runs them): verdicts, per-bloc figures, the duplicate index.
    static void checkSnapshot(SessionSnapshot &snapshot, const QDate &today);

signals:
    // A background load's rows are in (nominees(), units(), listKeys(); no
    // verdicts yet: isChecking()). reloaded() follows with everything.
    void rowsLoaded();
    void reloaded();
    void loadingChanged(bool loading);
    void loadFailed(const QString &message);
    void databaseChanged();

private:
    void apply(SessionSnapshot &&snapshot);
    // The rows of the background load `generation`, before its verdicts.
    void applyRows(SessionSnapshot &&rows, int generation);
    void buildIndexes();

    std::unique_ptr<Database> m_db;
    std::unique_ptr<ChangeNotifier> m_notifier; // watches m_db; destroyed before it
    int m_livePollMs = 0; // 0 = live refresh off
    SessionSnapshot m_data;
    Campaign m_loadingCampaign; // see loadingCampaign()
    std::unique_ptr<RulesEngine> m_engine;
    QHash<qint64, int> m_rowById;
    // CCCD, and folded name -> 1 + the last row with it; m_next...[row]: the
    // row before with the same one, or -1 (an int per row, no node per row).
    QHash<QString, int> m_byCitizenId;
    QHash<QString, int> m_byName;
    std::vector<int> m_nextByCitizenId;
    std::vector<int> m_nextByName;
    QUndoStack *m_undoStack = nullptr;
    QThread *m_worker = nullptr;
    bool m_loadAgain = false;
    int m_loadGeneration = 0; // bumped per background load: stale rows are dropped
    QDate m_today;
    qint64 m_lastLoadMs = 0;
};

} // namespace vd::gui
