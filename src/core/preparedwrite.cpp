#include "preparedwrite.h"

#include "database.h"
#include "sqlitefastread.h"

namespace vd {

namespace {

// QString::toUtf8() into `out` (room for 3 bytes per UTF-16 unit), the same
// bytes: a lone surrogate becomes '?'. Returns the length.
qsizetype utf8Into(QStringView text, char *out)
{
    char *o = out;
    const char16_t *p = text.utf16();
    const char16_t *const end = p + text.size();
    while (p < end) {
        const char16_t u = *p++;
        if (u < 0x80) {
            *o++ = char(u);
        } else if (u < 0x800) {
            *o++ = char(0xC0 | (u >> 6));
            *o++ = char(0x80 | (u & 0x3F));
        } else if (u >= 0xD800 && u < 0xE000) {
            if (u < 0xDC00 && p < end && *p >= 0xDC00 && *p < 0xE000) {
                const char32_t c = 0x10000 + ((char32_t(u) - 0xD800) << 10) + (char32_t(*p++) - 0xDC00);
                *o++ = char(0xF0 | (c >> 18));
                *o++ = char(0x80 | ((c >> 12) & 0x3F));
                *o++ = char(0x80 | ((c >> 6) & 0x3F));
                *o++ = char(0x80 | (c & 0x3F));
            } else {
                *o++ = '?';
            }
        } else {
            *o++ = char(0xE0 | (u >> 12));
            *o++ = char(0x80 | ((u >> 6) & 0x3F));
            *o++ = char(0x80 | (u & 0x3F));
        }
    }
    return o - out;
}

} // namespace

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
    if (m_sqlite) {
        if (index < 0)
            return;
        if (index >= m_utf8.size())
            m_utf8.resize(index + 1);
        QByteArray &buffer = m_utf8[index];
        if (buffer.size() < value.size() * 3)
            buffer.resize(value.size() * 3);
        const qsizetype size = utf8Into(value, buffer.data());
        m_sqlite->bindUtf8(index + 1, QByteArrayView(buffer.constData(), size));
        return;
    }
    const QString text = value.isNull() ? QStringLiteral("") : value;
    if (index < m_names.size())
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

void setPragma(Database &db, const QString &name, qint64 value)
{
    // A PRAGMA takes no bound value; the number is the program's own.
    SqliteStatement q(db, QStringLiteral("PRAGMA %1 = %2").arg(name).arg(value), QString());
    Status st;
    while (q.next(&st)) { }
}

} // namespace

BulkWriteCache::BulkWriteCache(Database &db, qint64 kib) : m_db(db)
{
    if (!SqliteStatement::available(db))
        return;
    const auto tempStore = pragmaValue(db, QStringLiteral("temp_store"));
    if (tempStore && *tempStore != 2) {
        setPragma(db, QStringLiteral("temp_store"), 2);
        m_tempStore = tempStore;
    }
    const auto before = pragmaValue(db, QStringLiteral("cache_size"));
    const auto pageSize = pragmaValue(db, QStringLiteral("page_size"));
    if (!before || !pageSize || cacheKib(*before, *pageSize) >= kib)
        return;
    setPragma(db, QStringLiteral("cache_size"), -kib);
    m_before = before;
}

BulkWriteCache::~BulkWriteCache()
{
    if (m_before)
        setPragma(m_db, QStringLiteral("cache_size"), *m_before);
    if (m_tempStore)
        setPragma(m_db, QStringLiteral("temp_store"), *m_tempStore);
}

} // namespace vd
