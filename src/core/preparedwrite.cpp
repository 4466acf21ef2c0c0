#include "preparedwrite.h"

#include "database.h"
#include "sqlitefastread.h"

namespace vd {

PreparedWrite::PreparedWrite(Database &db, const QString &sql) : m_db(db)
{
    if (SqliteStatement::available(db)) {
        m_sqlite = std::make_unique<SqliteStatement>(db, sql, QString());
        return;
    }
    // Named placeholders: QSqlQuery::bindValue(int) builds the text ":N" for
    // every value it binds; a named bind is one hash look-up.
    QString named = sql;
    for (qsizetype at = named.indexOf(QLatin1Char('?')); at >= 0; at = named.indexOf(QLatin1Char('?'), at)) {
        m_names.append(QStringLiteral(":v%1").arg(m_names.size()));
        named.replace(at, 1, m_names.constLast());
    }
    m_query = db.prepare(named);
}

PreparedWrite::~PreparedWrite() = default;

void PreparedWrite::bindText(int index, const QString &value)
{
    const QString text = value.isNull() ? QStringLiteral("") : value;
    if (m_sqlite)
        m_sqlite->bind(index + 1, text);
    else if (index < m_names.size())
        m_query.bindValue(m_names.at(index), text);
}

void PreparedWrite::bindInteger(int index, qint64 value)
{
    if (m_sqlite)
        m_sqlite->bind(index + 1, value);
    else if (index < m_names.size())
        m_query.bindValue(m_names.at(index), value);
}

void PreparedWrite::bindNull(int index)
{
    if (m_sqlite)
        m_sqlite->bindNull(index + 1);
    else if (index < m_names.size())
        m_query.bindValue(m_names.at(index), QVariant());
}

void PreparedWrite::bindTextOrNull(int index, const QString &value)
{
    if (value.isNull())
        bindNull(index);
    else
        bindText(index, value);
}

Status PreparedWrite::exec(const std::function<QString()> &what)
{
    if (m_sqlite)
        return m_sqlite->execute(what);
    return m_db.exec(m_query, what());
}

qint64 PreparedWrite::lastInsertId() const
{
    return m_sqlite ? m_sqlite->lastInsertId() : m_query.lastInsertId().toLongLong();
}

namespace {

// PRAGMA cache_size: negative is KiB, positive is pages.
qint64 cacheKib(qint64 pragmaValue, qint64 pageSize)
{
    return pragmaValue < 0 ? -pragmaValue : pragmaValue * pageSize / 1024;
}

std::optional<qint64> pragmaValue(Database &db, const QString &name)
{
    SqliteStatement q(db, QStringLiteral("PRAGMA ") + name, QString());
    Status st;
    if (!q.next(&st))
        return std::nullopt;
    return q.integer(0);
}

void setCacheSize(Database &db, qint64 value)
{
    // A PRAGMA takes no bound value; the number is the program's own.
    SqliteStatement q(db, QStringLiteral("PRAGMA cache_size = %1").arg(value), QString());
    Status st;
    while (q.next(&st)) { }
}

} // namespace

BulkWriteCache::BulkWriteCache(Database &db, qint64 kib) : m_db(db)
{
    if (!SqliteStatement::available(db))
        return;
    const auto before = pragmaValue(db, QStringLiteral("cache_size"));
    const auto pageSize = pragmaValue(db, QStringLiteral("page_size"));
    if (!before || !pageSize || cacheKib(*before, *pageSize) >= kib)
        return;
    setCacheSize(db, -kib);
    m_before = before;
}

BulkWriteCache::~BulkWriteCache()
{
    if (m_before)
        setCacheSize(m_db, *m_before);
}

} // namespace vd
