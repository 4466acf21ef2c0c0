// The secondary indexes of a table, dropped before a bulk insert and built
// again after it, inside the same write transaction (SQLite only): SQLite then
// sorts every key once instead of inserting each row into every index at a
// random place (docs/performance-import.md, round 5). DDL is transactional in
// SQLite, so a failure anywhere rolls the indexes back with the rows; the
// indexes are re-created from their own stored SQL, so the schema is the same
// afterwards (other connections re-read it, as after any schema change).
#pragma once

#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace vd {

class Database;

class DeferredIndexes
{
public:
    // Below this many new rows the indexes are kept (nothing to gain).
    static constexpr qint64 kMinRows = 1000;

    explicit DeferredIndexes(Database &db) : m_db(db) { }

    // Inside the caller's transaction, before the rows go in: drops the
    // indexes of each of `tables` that holds no more rows than `incoming`
    // (building them again then costs less than inserting into them). Does
    // nothing on PostgreSQL or for fewer than kMinRows rows.
    Status defer(const QStringList &tables, qint64 incoming);
    // Builds the dropped indexes again (same name, same SQL), in the order
    // they were created. Call before reading through them, and before commit.
    Status rebuild();
    // The indexes dropped and not rebuilt yet.
    int pending() const { return int(m_dropped.size()); }

private:
    struct Index
    {
        QString name;
        QString sql;
    };

    Database &m_db;
    QList<Index> m_dropped;
};

} // namespace vd
