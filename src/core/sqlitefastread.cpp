#include "sqlitefastread.h"

#include "database.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace vd {

namespace {

sqlite3 *handleOf(const Database &db)
{
    if (db.dialect() != Dialect::Sqlite)
        return nullptr;
    const QSqlDatabase connection = db.connection();
    if (!connection.isOpen() || !connection.driver())
        return nullptr;
    const QVariant handle = connection.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace

bool SqliteStatement::available(const Database &db) { return handleOf(db) != nullptr; }

SqliteStatement::SqliteStatement(const Database &db, const QString &sql, const QString &what)
    : m_db(db), m_handle(handleOf(db)), m_what(what)
{
    if (!m_handle) {
        m_prepareCode = SQLITE_MISUSE;
        return;
    }
    const QByteArray text = sql.toUtf8();
    m_prepareCode = sqlite3_prepare_v2(m_handle, text.constData(), int(text.size()), &m_stmt, nullptr);
    if (m_stmt)
        m_texts.resize(sqlite3_bind_parameter_count(m_stmt));
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt); // harmless on nullptr
}

void SqliteStatement::bind(int position, qint64 value)
{
    if (m_stmt)
        sqlite3_bind_int64(m_stmt, position, value);
}

void SqliteStatement::bind(int position, const QString &value)
{
    if (!m_stmt || position < 1 || position > m_texts.size())
        return;
    if (value.isNull()) {
        sqlite3_bind_null(m_stmt, position);
        return;
    }
    // An empty text still needs a non-null pointer (a null one binds NULL).
    if (value.isEmpty()) {
        sqlite3_bind_text(m_stmt, position, "", 0, SQLITE_STATIC);
        return;
    }
    // Kept until the text is bound again, so SQLite need not copy it.
    QByteArray &utf8 = m_texts[position - 1];
    utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, position, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

void SqliteStatement::bindNull(int position)
{
    if (m_stmt)
        sqlite3_bind_null(m_stmt, position);
}

void SqliteStatement::bindUtf8(int position, QByteArrayView utf8)
{
    if (!m_stmt)
        return;
    // An empty text still needs a non-null pointer (a null one binds NULL).
    sqlite3_bind_text(m_stmt, position, utf8.isEmpty() ? "" : utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

bool SqliteStatement::next(Status *status)
{
    *status = {};
    if (!m_stmt) {
        const QString text
            = m_handle ? QString::fromUtf8(sqlite3_errmsg(m_handle)) : QStringLiteral("SQLite connection not open");
        *status = m_db.storageError(QString::number(m_prepareCode), text, m_what);
        return false;
    }
    const int code = sqlite3_step(m_stmt);
    if (code == SQLITE_ROW)
        return true;
    if (code != SQLITE_DONE)
        *status = m_db.storageError(QString::number(code), QString::fromUtf8(sqlite3_errmsg(m_handle)), m_what);
    return false;
}

QString SqliteStatement::text(int column) const
{
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!bytes)
        return QString();
    return QString::fromUtf8(bytes, sqlite3_column_bytes(m_stmt, column));
}

QByteArrayView SqliteStatement::utf8(int column) const
{
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!bytes)
        return QByteArrayView();
    return QByteArrayView(bytes, sqlite3_column_bytes(m_stmt, column));
}

qint64 SqliteStatement::integer(int column) const { return sqlite3_column_int64(m_stmt, column); }

Status SqliteStatement::execute(const std::function<QString()> &what)
{
    if (!m_stmt) {
        const QString text
            = m_handle ? QString::fromUtf8(sqlite3_errmsg(m_handle)) : QStringLiteral("SQLite connection not open");
        return m_db.storageError(QString::number(m_prepareCode), text, what());
    }
    int code = sqlite3_step(m_stmt);
    while (code == SQLITE_ROW)
        code = sqlite3_step(m_stmt);
    Status status;
    if (code != SQLITE_DONE)
        status = m_db.storageError(QString::number(code), QString::fromUtf8(sqlite3_errmsg(m_handle)), what());
    sqlite3_reset(m_stmt);
    return status;
}

qint64 SqliteStatement::lastInsertId() const { return m_handle ? sqlite3_last_insert_rowid(m_handle) : 0; }

} // namespace vd
