// A statement run straight on the SQLite library under a Database's Qt
// connection, for the few queries that read a whole campaign (100 000 rows) and
// the bulk inserts of an import (PreparedWrite, preparedwrite.h): Qt's driver
// asks SQLite for UTF-16 (SQLite's own converter), binds every text as UTF-16
// for SQLite to convert again, and wraps every value in a QVariant — half of
// `check --json` and a fifth of an import (docs/performance.md). Same
// connection, so the same transaction, locks and busy timeout. SQLite dialect
// only: callers keep their QSqlQuery path for PostgreSQL (available()).
#pragma once

#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <functional>

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
    // Binds the text as UTF-8 (a null QString as NULL, like Qt's driver; callers
    // that want '' pass Database::bindable's rule themselves).
    void bind(int position, const QString &value);
    void bindNull(int position);
    // Binds UTF-8 bytes the caller keeps unchanged until the statement has run
    // (PreparedWrite's buffers): no copy, no allocation.
    void bindUtf8(int position, QByteArrayView utf8);
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

    // For a statement that returns no rows (INSERT, UPDATE): runs it once with
    // the values bound, then resets it for the next values (the bindings stay).
    // Errors as next() gives them, named by what() (called only on an error).
    Status execute(const std::function<QString()> &what);
    // The rowid of the last row inserted on this connection.
    qint64 lastInsertId() const;

private:
    const Database &m_db;
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_what;
    int m_prepareCode = 0;
    QList<QByteArray> m_texts; // the UTF-8 of the bound texts, bound without a copy
};

} // namespace vd
