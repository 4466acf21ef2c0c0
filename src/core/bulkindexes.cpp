#include "bulkindexes.h"

#include "database.h"
#include "sqlitefastread.h"

#include <QCoreApplication>

namespace vd {

namespace {

// This file's translations, lupdate context "vd::DeferredIndexes".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vd::DeferredIndexes)
};

// An index name as an SQL identifier (names come from sqlite_master, not from
// user input; quoted all the same).
QString quotedName(const QString &name)
{
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

Status DeferredIndexes::defer(const QStringList &tables, qint64 incoming)
{
    if (incoming < kMinRows || !SqliteStatement::available(m_db))
        return {};
    if (!m_db.inTransaction()) {
        return Error::storage(Tr::tr("Lỗi chương trình: chỉ số chỉ được dựng lại trong một giao dịch."));
    }
    const QString what = Tr::tr("đọc cấu trúc cơ sở dữ liệu");
    for (const QString &table : tables) {
        // count(*) walks the table's pages only; the indexes of a table much
        // larger than the import stay (rebuilding them would cost more).
        QList<Index> indexes;
        {
            // Indexes SQLite made for a UNIQUE or PRIMARY KEY constraint have
            // no SQL and are left alone.
            auto q = m_db.run(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                             "AND tbl_name = ? AND sql IS NOT NULL ORDER BY rowid"),
                              { table }, what);
            if (!q)
                return q.error();
            while (q->next())
                indexes.append({ q->value(0).toString(), q->value(1).toString() });
            if (auto end = m_db.endOfRows(*q, what); !end)
                return end;
        }
        if (indexes.isEmpty())
            continue;
        qint64 rows = 0;
        {
            // The table's name is one of the caller's constants (an identifier, not a value).
            auto q = m_db.run(QStringLiteral("SELECT count(*) FROM ") + quotedName(table), {}, what);
            if (!q)
                return q.error();
            if (q->next())
                rows = q->value(0).toLongLong();
        }
        if (rows > incoming)
            continue;
        for (const Index &index : std::as_const(indexes)) {
            auto q = m_db.run(QStringLiteral("DROP INDEX ") + quotedName(index.name), {},
                              Tr::tr("tạm bỏ chỉ số %1").arg(index.name));
            if (!q)
                return q.error();
            m_dropped.append(index);
        }
    }
    return {};
}

Status DeferredIndexes::rebuild()
{
    while (!m_dropped.isEmpty()) {
        const Index index = m_dropped.takeFirst();
        auto q = m_db.run(index.sql, {}, Tr::tr("dựng lại chỉ số %1").arg(index.name));
        if (!q)
            return q.error();
    }
    return {};
}

} // namespace vd
