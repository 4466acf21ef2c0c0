// A read-only statement run straight on the SQLite library under a Database's
// Qt connection, for the few queries that read a whole campaign (100 000 rows):
// Qt's driver asks SQLite for UTF-16 (SQLite's own converter) and wraps every
// value in a QVariant, half of `check --json` (docs/performance.md). Same
// connection, so the same transaction, locks and busy timeout. SQLite dialect
// only: callers keep their QSqlQuery path for PostgreSQL (available()).
#pragma once

#include "result.h"

#include <QByteArrayView>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace vd {

class Database;

class SqliteStatement
{
public:
    // True when `db` is an open SQLite connection this class can use.
    static bool available(const Database &db);

    // Prepares `sql` (placeholders `?`); a failure is reported by next().
    // `what` names the work in error messages ("đọc danh sách ...").
    SqliteStatement(const Database &db, const QString &sql, const QString &what);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    void bind(int position, qint64 value); // 1-based, like SQLite
    // Steps to the next row: true while there is one. At the end or on an
    // error false, and *status holds the error: the same Storage error a
    // QSqlQuery would give (Database::storageError: damaged file, busy ...),
    // so a damaged page never looks like a shorter result.
    bool next(Status *status);

    // Columns of the current row (0-based). NULL is a null QString / 0.
    QString text(int column) const;
    // The column's UTF-8 bytes, valid until the next step (null for NULL).
    QByteArrayView utf8(int column) const;
    qint64 integer(int column) const;

private:
    const Database &m_db;
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_what;
    int m_prepareCode = 0;
};

} // namespace vd
