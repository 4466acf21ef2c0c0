#include "transfer.h"

#include "database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QSqlField>
#include <QSqlRecord>
#include <QtEndian>

#include <optional>

#include <algorithm>

namespace vd {

namespace {

// This file's translations, lupdate context "vd::Transfer".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vd::Transfer)
};

} // namespace

namespace {

// The primary key each table is read in.
QString keyOf(const QString &table)
{
    return table == QLatin1String("setting") ? QStringLiteral("key") : QStringLiteral("id");
}

QStringList columnsOf(const Database &db, const QString &table)
{
    QStringList columns;
    const QSqlRecord record = db.connection().record(table);
    for (int i = 0; i < record.count(); ++i)
        columns << record.fieldName(i).toLower();
    return columns;
}

void addValue(QByteArray &row, const QVariant &v)
{
    char tag = 'N';
    QByteArray bytes;
    if (!v.isNull()) {
        switch (v.metaType().id()) {
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
        case QMetaType::Bool:
            tag = 'I';
            bytes = QByteArray::number(v.toLongLong());
            break;
        case QMetaType::Double:
            tag = 'D';
            bytes = QByteArray::number(v.toDouble(), 'g', 17);
            break;
        case QMetaType::QByteArray:
            tag = 'B';
            bytes = v.toByteArray();
            break;
        default:
            tag = 'T';
            bytes = v.toString().toUtf8();
            break;
        }
    }
    row.append(tag);
    char length[8];
    qToBigEndian<quint64>(quint64(bytes.size()), length);
    row.append(length, 8);
    row.append(bytes);
}

// A read snapshot on `db` for the whole copy (unless it is already in a transaction).
class ReadSnapshot
{
public:
    explicit ReadSnapshot(const Database &db) : m_db(db)
    {
        if (db.inTransaction())
            return;
        auto r = db.run(db.dialect() == Dialect::Postgres
                            ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                            : QStringLiteral("BEGIN"),
                        {}, Tr::tr("đọc cơ sở dữ liệu nguồn"));
        if (r)
            m_open = true;
        else
            m_error = r.error();
    }
    ~ReadSnapshot()
    {
        if (m_open) {
            auto r = m_db.run(QStringLiteral("COMMIT"), {}, Tr::tr("đọc cơ sở dữ liệu nguồn"));
            Q_UNUSED(r);
        }
    }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;
    const std::optional<Error> &error() const { return m_error; }

private:
    const Database &m_db;
    bool m_open = false;
    std::optional<Error> m_error;
};

Status copyTable(const Database &from, Database &to, const QString &table, const QStringList &columns)
{
    // Table and column names come from transferTables() and the schema, never from data.
    auto rows = from.run(
        QStringLiteral("SELECT %1 FROM %2 ORDER BY %3").arg(columns.join(QStringLiteral(", ")), table, keyOf(table)),
        {}, Tr::tr("đọc bảng %1").arg(table));
    if (!rows)
        return rows.error();
    QStringList marks;
    for (int i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery insert
        = to.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                         .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
    while (rows->next()) {
        for (int i = 0; i < columns.size(); ++i)
            insert.bindValue(i, rows->value(i)); // as read: NULL stays NULL
        if (auto st = to.exec(insert, Tr::tr("chép bảng %1").arg(table)); !st)
            return st;
    }
    if (auto rowsEnd = from.endOfRows(*rows, Tr::tr("đọc bảng %1").arg(table)); !rowsEnd)
        return rowsEnd.error();
    return {};
}

Status fixSequences(Database &to)
{
    if (to.dialect() != Dialect::Postgres)
        return {}; // SQLite AUTOINCREMENT follows the highest id by itself.
    for (const QString &table : transferTables()) {
        if (keyOf(table) != QLatin1String("id"))
            continue;
        auto r = to.run(QStringLiteral("SELECT setval(pg_get_serial_sequence(?, 'id'), "
                                       "(SELECT COALESCE(MAX(id), 0) + 1 FROM %1), false)")
                            .arg(table),
                        { table }, Tr::tr("đặt lại bộ đếm mã của bảng %1").arg(table));
        if (!r)
            return r.error();
    }
    return {};
}

} // namespace

const QStringList &transferTables()
{
    static const QStringList tables = {
        QStringLiteral("campaign"),
        QStringLiteral("campaign_text"),
        QStringLiteral("signer"),
        QStringLiteral("document_type"),
        QStringLiteral("bloc"),
        QStringLiteral("unit"),
        QStringLiteral("person"),
        QStringLiteral("person_distinct"),
        QStringLiteral("campaign_rule"),
        QStringLiteral("nominee"),
        QStringLiteral("attachment"),
        QStringLiteral("audit_log"),
        QStringLiteral("setting"),
        QStringLiteral("cost_line"),
        QStringLiteral("conference_setting"),
        QStringLiteral("council_member"),
        QStringLiteral("council_vote"),
        QStringLiteral("delegate"),
    };
    return tables;
}

Result<TableSummary> summarizeTable(const Database &db, const QString &table)
{
    const QStringList columns = columnsOf(db, table);
    if (columns.isEmpty())
        return Error::storage(Tr::tr("Không thấy bảng %1 trong %2.").arg(table, db.location()));
    auto rows = db.run(QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(", ")), table), {},
                       Tr::tr("đọc bảng %1").arg(table));
    if (!rows)
        return rows.error();
    QList<QByteArray> digests;
    while (rows->next()) {
        QByteArray row;
        for (int i = 0; i < columns.size(); ++i)
            addValue(row, rows->value(i));
        digests.append(QCryptographicHash::hash(row, QCryptographicHash::Sha256));
    }
    if (auto rowsEnd = db.endOfRows(*rows, Tr::tr("đọc bảng %1").arg(table)); !rowsEnd)
        return rowsEnd.error();
    // Sorted digests: the checksum does not depend on the order rows come in.
    std::sort(digests.begin(), digests.end());
    QCryptographicHash all(QCryptographicHash::Sha256);
    all.addData(table.toUtf8());
    for (const QByteArray &d : std::as_const(digests))
        all.addData(d);
    return TableSummary { table, qint64(digests.size()), all.result().toHex() };
}

Result<TransferReport> copyDatabase(const Database &from, Database &to)
{
    if (from.schemaVersion() != to.schemaVersion()) {
        return Error::storage(Tr::tr("Hai cơ sở dữ liệu khác phiên bản lược đồ (%1: %2, %3: %4).")
                                  .arg(from.location())
                                  .arg(from.schemaVersion())
                                  .arg(to.location())
                                  .arg(to.schemaVersion()));
    }
    ReadSnapshot snapshot(from);
    if (snapshot.error())
        return *snapshot.error();

    TransferReport report;
    Status st = to.transaction([&]() -> Status {
        for (const QString &table : transferTables()) {
            auto existing
                = to.run(QStringLiteral("SELECT count(*) FROM %1").arg(table), {}, Tr::tr("đọc bảng %1").arg(table));
            if (!existing)
                return existing.error();
            const qint64 n = existing->next() ? existing->value(0).toLongLong() : 0;
            if (n > 0) {
                return Error::storage(Tr::tr("Cơ sở dữ liệu đích %1 đã có dữ liệu (bảng %2: %3 dòng); "
                                             "hãy chép vào một cơ sở dữ liệu trống.")
                                          .arg(to.location(), table)
                                          .arg(n));
            }
        }
        for (const QString &table : transferTables()) {
            const QStringList columns = columnsOf(from, table);
            const QStringList targetColumns = columnsOf(to, table);
            if (columns.isEmpty()
                || QSet<QString>(columns.begin(), columns.end())
                       != QSet<QString>(targetColumns.begin(), targetColumns.end())) {
                return Error::storage(
                    Tr::tr("Bảng %1 khác cấu trúc giữa %2 và %3.").arg(table, from.location(), to.location()));
            }
            if (auto s = copyTable(from, to, table, columns); !s)
                return s;
        }
        if (auto s = fixSequences(to); !s)
            return s;
        QStringList mismatches;
        for (const QString &table : transferTables()) {
            auto source = summarizeTable(from, table);
            if (!source)
                return source.error();
            auto target = summarizeTable(to, table);
            if (!target)
                return target.error();
            if (source->rows != target->rows || source->checksum != target->checksum) {
                mismatches << Tr::tr("Bảng %1: nguồn %2 dòng (%3), đích %4 dòng (%5).")
                                  .arg(table)
                                  .arg(source->rows)
                                  .arg(QString::fromLatin1(source->checksum.left(12)))
                                  .arg(target->rows)
                                  .arg(QString::fromLatin1(target->checksum.left(12)));
            }
            report.append(*target);
        }
        if (!mismatches.isEmpty()) {
            return Error::storage(
                Tr::tr("Bản chép không khớp với nguồn; không có gì được ghi vào %1.").arg(to.location()), mismatches);
        }
        return {};
    });
    if (!st)
        return st.error();
    return report;
}

Result<TransferReport> copyToNewSqliteFile(const Database &from, const QString &path)
{
    if (QFileInfo::exists(path)) {
        return Error::storage(Tr::tr("Tệp %1 đã có; chọn tên khác.").arg(QDir::toNativeSeparators(path)));
    }
    OpenOptions options;
    options.createIfMissing = true;
    options.seedBuiltInCampaign = false;
    auto target = Database::open(path, options);
    if (!target)
        return target.error();
    return copyDatabase(from, **target);
}

} // namespace vd
