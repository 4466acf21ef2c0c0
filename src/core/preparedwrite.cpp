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

} // namespace vd
