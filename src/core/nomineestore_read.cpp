#include "nomineestore.h"

#include "database.h"
#include "sqlitefastread.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cstring>
#include <utility>
#include <vector>

// Reading nominees (loadAll, loadApproved, load, count); the writes are in
// nomineestore.cpp.

namespace vd {

namespace {

// This file's translations, lupdate context "vd::NomineeStore".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vd::NomineeStore)
};

} // namespace

namespace {

int yearFrom(const QString &text)
{
    if (text.size() != 4)
        return 0;
    bool ok = false;
    const int year = text.toInt(&ok);
    return ok ? year : 0;
}

// The plain yyyy-MM-dd this store writes, read directly; an invalid QDate
// for anything else (the callers then fall back on QDate::fromString).
QDate plainIsoDate(const char16_t *c, qsizetype size)
{
    auto digit = [c](int i) {
        return c[i] >= u'0' && c[i] <= u'9';
    };
    auto number = [c](int from, int count) {
        int n = 0;
        for (int i = from; i < from + count; ++i)
            n = n * 10 + (c[i] - u'0');
        return n;
    };
    if (size == 10 && c[4] == u'-' && c[7] == u'-' && digit(0) && digit(1) && digit(2) && digit(3) && digit(5)
        && digit(6) && digit(8) && digit(9)) {
        const QDate d(number(0, 4), number(5, 2), number(8, 2));
        return d.isValid() ? d : QDate();
    }
    return QDate();
}

// QDate::fromString(text, Qt::ISODate), read directly when the text is the
// plain yyyy-MM-dd this store writes.
QDate dateFrom(const QString &text)
{
    if (text.isNull())
        return QDate();
    const QDate d = plainIsoDate(reinterpret_cast<const char16_t *>(text.utf16()), text.size());
    return d.isValid() ? d : QDate::fromString(text, Qt::ISODate);
}

// The same from UTF-8 bytes straight from SQLite: no QString for the usual
// yyyy-MM-dd (two dates per row of 100 000).
QDate dateFrom(QByteArrayView bytes)
{
    if (bytes.isNull())
        return QDate();
    if (bytes.size() == 10) {
        char16_t wide[10];
        for (int i = 0; i < 10; ++i)
            wide[i] = char16_t(uchar(bytes.at(i)));
        const QDate d = plainIsoDate(wide, 10);
        if (d.isValid())
            return d;
    }
    return dateFrom(QString::fromUtf8(bytes));
}

// parseCategoryCode() after the two codes this store writes.
Category categoryFrom(const QString &code)
{
    if (code == QLatin1String("LDG"))
        return Category::Ldg;
    if (code == QLatin1String("LDST"))
        return Category::Ldst;
    Category category = Category::Ldg;
    parseCategoryCode(code, &category);
    return category;
}

const QString kSelect
    = QStringLiteral("SELECT n.id, n.campaign_id, n.full_name, n.gender, n.birth_date, n.citizen_id, n.position, "
                     "n.unit_id, u.name, n.bloc_id, n.category, n.union_member, n.emulation_title, n.initiative, "
                     "n.initiative_decision, n.merit_award, n.merit_year, n.creative_topic, n.achievements, "
                     "n.received_date, n.endorsed, n.documents, n.copies, n.soft_copy, n.notes, n.approved, "
                     "n.approved_at, n.version, n.created_at, n.updated_at, n.reviewed_at, n.reviewed_by, "
                     "n.review_note, n.review_codes, n.review_key, n.disciplined, n.person_id "
                     "FROM nominee n JOIN unit u ON u.id = n.unit_id ");
constexpr int kColumns = 37; // of kSelect

// Shared copies for loading many rows: texts that repeat across thousands of
// nominees (units, positions, titles, initiatives, document lists) are kept
// once, and the time stamps of a bulk import, all equal, are parsed once.
// Halves the memory of loadAll() at 100 000 nominees and most of its frees.
class RowCache
{
public:
    QString text(const QString &s)
    {
        const auto it = m_texts.constFind(s);
        if (it != m_texts.cend())
            return *it;
        m_texts.insert(s, s);
        return s;
    }
    // The same for UTF-8 bytes straight from SQLite: a text seen before is
    // neither decoded nor allocated again (the key wraps the bytes, no copy).
    // A column that holds what it held in the row before (time stamps,
    // codes, a unit's run of rows) is not even looked up.
    QString utf8(int column, const char *bytes, int size)
    {
        if (!bytes)
            return QString();
        Previous &previous = m_previous[column];
        if (previous.set && previous.bytes.size() == size && memcmp(previous.bytes.constData(), bytes, size) == 0)
            return previous.text;
        auto it = m_utf8.constFind(QByteArray::fromRawData(bytes, size));
        if (it == m_utf8.cend())
            it = m_utf8.insert(QByteArray(bytes, size), text(QString::fromUtf8(bytes, size)));
        previous.set = true;
        previous.bytes.resize(size); // its own buffer, reused from row to row
        memcpy(previous.bytes.data(), bytes, size);
        previous.text = *it;
        return previous.text;
    }
    QStringList documents(const QString &raw)
    {
        const auto it = m_documents.constFind(raw);
        if (it != m_documents.cend())
            return *it;
        const QStringList list = raw.split(QLatin1Char(';'), Qt::SkipEmptyParts);
        m_documents.insert(raw, list);
        return list;
    }
    QDateTime stamp(const QString &raw, int slot)
    {
        if (raw != m_stampText[slot]) {
            m_stampText[slot] = raw;
            m_stamp[slot] = QDateTime::fromString(raw, Qt::ISODate);
        }
        return m_stamp[slot];
    }

private:
    struct Previous
    {
        bool set = false;
        QByteArray bytes;
        QString text;
    };
    Previous m_previous[kColumns];
    QHash<QString, QString> m_texts;
    QHash<QByteArray, QString> m_utf8;
    QHash<QString, QStringList> m_documents;
    QString m_stampText[3];
    QDateTime m_stamp[3];
};

// A row of kSelect through Qt's driver (any dialect).
class QtRow
{
public:
    explicit QtRow(const QSqlQuery &q) : m_q(q) { }
    QString text(int i) const { return m_q.value(i).toString(); }
    QString shared(int i, RowCache *cache) const { return cache ? cache->text(text(i)) : text(i); }
    QDate date(int i) const { return dateFrom(text(i)); }
    qint64 integer(int i) const { return m_q.value(i).toLongLong(); }

private:
    const QSqlQuery &m_q;
};

// A row of kSelect straight from SQLite (sqlitefastread.h): UTF-8 decoded by
// QString::fromUtf8, without the driver's per-value QVariant and UTF-16 copy.
class SqliteRow
{
public:
    explicit SqliteRow(const SqliteStatement &s) : m_s(s) { }
    QString text(int i) const { return m_s.text(i); }
    QString shared(int i, RowCache *cache) const
    {
        if (!cache)
            return text(i);
        const QByteArrayView bytes = m_s.utf8(i);
        return cache->utf8(i, bytes.data(), int(bytes.size()));
    }
    QDate date(int i) const { return dateFrom(m_s.utf8(i)); }
    qint64 integer(int i) const { return m_s.integer(i); }

private:
    const SqliteStatement &m_s;
};

template<typename Row> Nominee fromRow(const Row &q, RowCache *cache = nullptr)
{
    auto shared = [&q, cache](int column) {
        return q.shared(column, cache);
    };
    auto stamp = [cache](const QString &v, int slot) {
        return cache ? cache->stamp(v, slot) : QDateTime::fromString(v, Qt::ISODate);
    };
    Nominee n;
    n.id = q.integer(0);
    n.campaignId = q.integer(1);
    n.fullName = shared(2); // names repeat (namesakes, the same person in two units)
    n.gender = parseGenderCode(shared(3));
    n.birthDate = q.date(4);
    n.birthYear = n.birthDate.isValid() ? 0 : yearFrom(q.text(4));
    n.citizenId = q.text(5);
    n.position = shared(6);
    n.unitId = q.integer(7);
    n.unitName = shared(8);
    n.blocId = q.integer(9);
    n.category = categoryFrom(shared(10));
    n.unionMember = q.integer(11) != 0;
    n.emulationTitle = shared(12);
    n.initiative = shared(13);
    n.initiativeDecision = shared(14);
    n.meritAward = shared(15);
    n.meritYear = int(q.integer(16));
    n.creativeTopic = shared(17);
    n.achievements = q.text(18);
    n.receivedDate = q.date(19);
    n.endorsed = q.integer(20) != 0;
    const QString docs = shared(21);
    if (!docs.isEmpty())
        n.documents = cache ? cache->documents(docs) : docs.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    n.copies = int(q.integer(22));
    n.softCopy = q.integer(23) != 0;
    n.notes = q.text(24);
    n.approved = q.integer(25) != 0;
    n.approvedAt = stamp(shared(26), 0);
    n.version = int(q.integer(27));
    n.createdAt = stamp(shared(28), 1);
    n.updatedAt = stamp(shared(29), 2);
    const QString reviewedAt = q.text(30);
    if (!reviewedAt.isEmpty()) {
        n.review.at = QDateTime::fromString(reviewedAt, Qt::ISODate);
        n.review.by = shared(31);
        n.review.note = q.text(32);
        n.review.codes = shared(33).split(QLatin1Char(','), Qt::SkipEmptyParts);
        n.review.key = q.text(34);
    }
    n.disciplined = q.integer(35) != 0;
    n.personId = q.integer(36);
    return n;
}

// Puts the rows in id order in place: the rows come by the (campaign_id,
// bloc_id) index, one ascending run per bloc. Sorting positions and moving each
// row once along its cycle needs no second list of 100 000 rows (half a
// hundred megabytes of fresh pages, each one a page fault: docs/performance.md).
void sortById(QList<Nominee> &rows)
{
    const qsizetype n = rows.size();
    Nominee *data = rows.data();
    bool sorted = true;
    for (qsizetype i = 1; i < n && sorted; ++i)
        sorted = data[i - 1].id <= data[i].id;
    if (sorted)
        return;
    std::vector<std::pair<qint64, qsizetype>> keys(static_cast<size_t>(n));
    for (qsizetype i = 0; i < n; ++i)
        keys[size_t(i)] = { data[i].id, i };
    std::sort(keys.begin(), keys.end());
    // keys[k].second is the row that belongs at k; follow each cycle once.
    std::vector<bool> placed(size_t(n), false);
    for (qsizetype start = 0; start < n; ++start) {
        if (placed[size_t(start)] || keys[size_t(start)].second == start) {
            placed[size_t(start)] = true;
            continue;
        }
        Nominee held = std::move(data[start]);
        qsizetype at = start;
        for (;;) {
            placed[size_t(at)] = true;
            const qsizetype from = keys[size_t(at)].second;
            if (from == start) {
                data[at] = std::move(held);
                break;
            }
            data[at] = std::move(data[from]);
            at = from;
        }
    }
}

// The rows of kSelect + `where` (one `?`: the campaign), in id order.
// `expected` (an upper bound, or 0 when unknown) sizes the list once.
Result<QList<Nominee>> loadRows(const Database &db, const QString &where, qint64 campaignId, qsizetype expected)
{
    // No ORDER BY: the rows come by the (campaign_id, bloc_id) index and SQLite
    // would copy every row into a temporary B-tree to sort them (a tenth of
    // check --json); sorting the loaded list by id here is far cheaper.
    const QString what = Tr::tr("đọc danh sách người được đề nghị");
    QList<Nominee> rows;
    rows.reserve(expected);
    RowCache cache;
    if (SqliteStatement::available(db)) {
        // SQLite: read the rows straight from the library (docs/performance.md).
        SqliteStatement s(db, kSelect + where, what);
        s.bind(1, campaignId);
        Status st;
        while (s.next(&st))
            rows.emplaceBack(fromRow(SqliteRow(s), &cache));
        if (!st)
            return st.error();
    } else {
        auto q = db.run(kSelect + where, { campaignId }, what);
        if (!q)
            return q.error();
        while (q->next())
            rows.emplaceBack(fromRow(QtRow(*q), &cache));
        if (auto rowsEnd = db.endOfRows(*q, what); !rowsEnd)
            return rowsEnd.error();
    }
    sortById(rows);
    return rows;
}

} // namespace

Result<QList<Nominee>> NomineeStore::loadAll(qint64 campaignId) const
{
    // The count comes from the index alone; the list is then allocated once
    // instead of growing (and moving every row) a dozen times.
    auto expected = count(campaignId);
    if (!expected)
        return expected.error();
    return loadRows(m_db, QStringLiteral("WHERE n.campaign_id = ?"), campaignId, *expected);
}

Result<QList<Nominee>> NomineeStore::loadApproved(qint64 campaignId) const
{
    // Exports of the approved list must not cost a read of the whole campaign.
    return loadWhere(QStringLiteral("WHERE n.campaign_id = ? AND n.approved = 1"), campaignId);
}

Result<QList<Nominee>> NomineeStore::loadWhere(const QString &where, qint64 campaignId) const
{
    return loadRows(m_db, where, campaignId, 0);
}

Result<Nominee> NomineeStore::load(qint64 id) const
{
    auto q = m_db.run(kSelect + QStringLiteral("WHERE n.id = ?"), { id }, Tr::tr("đọc hồ sơ"));
    if (!q)
        return q.error();
    if (!q->next())
        return Error::validation(Tr::tr("Không có người được đề nghị mã %1.").arg(id));
    return fromRow(QtRow(*q));
}

Result<int> NomineeStore::count(qint64 campaignId) const
{
    auto q = m_db.run(QStringLiteral("SELECT count(*) FROM nominee WHERE campaign_id = ?"), { campaignId },
                      Tr::tr("đếm người được đề nghị"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

} // namespace vd
