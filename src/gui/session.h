// The open database and what the views show of it: the active campaign, its
// nominees and units, loaded once per change, plus the undo stack. Views read
// from here and listen to reloaded(); every change goes through core.
#pragma once

#include "database.h"
#include "domain.h"
#include "rules.h"
#include "unitstore.h"

#include <QDate>
#include <QHash>
#include <QObject>

#include <memory>

class QUndoStack;

namespace vd::gui {

class Session : public QObject
{
    Q_OBJECT

public:
    explicit Session(std::unique_ptr<Database> db, QObject *parent = nullptr);
    ~Session() override;

    Database &database() { return *m_db; }
    const Campaign &campaign() const { return m_campaign; }
    const QList<Nominee> &nominees() const { return m_nominees; }
    const QList<UnitSummary> &units() const { return m_units; }
    const Nominee *nomineeById(qint64 id) const;
    QUndoStack *undoStack() const { return m_undoStack; }

    // The day rules are checked against (tests fix it).
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }
    void setToday(const QDate &day) { m_today = day; }

    // Replaces the database (File ▸ Open/New); clears the undo stack.
    Status setDatabase(std::unique_ptr<Database> db);
    // Reloads campaign, nominees and units, then emits reloaded().
    Status reload();
    // Milliseconds the last reload took (database read, and the whole reload).
    qint64 lastLoadMs() const { return m_lastLoadMs; }

    // Rule verdicts of nominees() (same order), the duplicate index over them and
    // the per-bloc figures, computed once per reload.
    const QList<Verdict> &verdicts() const { return m_verdicts; }
    Verdict verdictOfId(qint64 id) const;
    const QList<BlocTally> &tallies() const { return m_tallies; }
    // The findings for a nominee being edited (checked against the others).
    QList<Finding> check(const Nominee &nominee) const;

    // Other nominees with the same CCCD, or the same name (folded), as hints
    // while typing. `selfId` is skipped.
    QList<const Nominee *> similarByCitizenId(const QString &citizenId, qint64 selfId) const;
    QList<const Nominee *> similarByName(const QString &fullName, qint64 selfId) const;

signals:
    void reloaded();
    void databaseChanged();

private:
    void buildIndexes();

    std::unique_ptr<Database> m_db;
    Campaign m_campaign;
    QList<Nominee> m_nominees;
    QList<UnitSummary> m_units;
    QHash<qint64, int> m_rowById;
    QMultiHash<QString, int> m_byCitizenId;
    QMultiHash<QString, int> m_byName;
    std::unique_ptr<RulesEngine> m_engine;
    DuplicateIndex m_duplicates;
    QList<Verdict> m_verdicts;
    QList<BlocTally> m_tallies;
    QUndoStack *m_undoStack = nullptr;
    QDate m_today;
    qint64 m_lastLoadMs = 0;
};

} // namespace vd::gui
