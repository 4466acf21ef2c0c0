#include "nomineestore.h"

#include "auditlog.h"
#include "campaignstore.h"
#include "database.h"
#include "nomineevalidation.h"
#include "review.h"
#include "people.h"
#include "sqlitefastread.h"
#include "textfold.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace vd {

namespace {

// This file's translations, lupdate context "vd::NomineeStore".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vd::NomineeStore)
};

} // namespace

namespace {


// QDate::toString(Qt::ISODate) goes through a printf; this is the same text
// (yyyy-MM-dd) for the years it can write, built directly.
QVariant dateValue(const QDate &d)
{
    if (!d.isValid())
        return QVariant();
    int y = 0, m = 0, day = 0;
    d.getDate(&y, &m, &day);
    if (y < 0 || y > 9999)
        return QVariant(d.toString(Qt::ISODate));
    const char16_t text[10] = { char16_t(u'0' + y / 1000), char16_t(u'0' + y / 100 % 10),
                                char16_t(u'0' + y / 10 % 10), char16_t(u'0' + y % 10), u'-',
                                char16_t(u'0' + m / 10), char16_t(u'0' + m % 10), u'-',
                                char16_t(u'0' + day / 10), char16_t(u'0' + day % 10) };
    return QVariant(QString(reinterpret_cast<const QChar *>(text), 10));
}
// birth_date: the date, or only the year ("1985") when no full date is known.
QVariant birthValue(const Nominee &n)
{
    if (!n.birthDate.isValid() && n.birthYear > 0)
        return QVariant(QString::number(n.birthYear));
    return dateValue(n.birthDate);
}

int yearFrom(const QString &text)
{
    if (text.size() != 4)
        return 0;
    bool ok = false;
    const int year = text.toInt(&ok);
    return ok ? year : 0;
}

// QDate::fromString(text, Qt::ISODate), read directly when the text is the
// plain yyyy-MM-dd this store writes.
QDate dateFrom(const QString &text)
{
    if (text.isNull())
        return QDate();
    const QChar *c = text.constData();
    auto digit = [c](int i) { return c[i].unicode() >= u'0' && c[i].unicode() <= u'9'; };
    auto number = [c](int from, int count) {
        int n = 0;
        for (int i = from; i < from + count; ++i)
            n = n * 10 + (c[i].unicode() - u'0');
        return n;
    };
    if (text.size() == 10 && c[4] == QLatin1Char('-') && c[7] == QLatin1Char('-') && digit(0) && digit(1)
        && digit(2) && digit(3) && digit(5) && digit(6) && digit(8) && digit(9)) {
        const QDate d(number(0, 4), number(5, 2), number(8, 2));
        return d.isValid() ? d : QDate();
    }
    return QDate::fromString(text, Qt::ISODate);
}
QString nowUtc() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODate); }

const QString kSelect = QStringLiteral(
        "SELECT n.id, n.campaign_id, n.full_name, n.gender, n.birth_date, n.citizen_id, n.position, "
        "n.unit_id, u.name, n.bloc_id, n.category, n.union_member, n.emulation_title, n.initiative, "
        "n.initiative_decision, n.merit_award, n.merit_year, n.creative_topic, n.achievements, "
        "n.received_date, n.endorsed, n.documents, n.copies, n.soft_copy, n.notes, n.approved, "
        "n.approved_at, n.version, n.created_at, n.updated_at, n.reviewed_at, n.reviewed_by, "
        "n.review_note, n.review_codes, n.review_key, n.disciplined, n.person_id "
        "FROM nominee n JOIN unit u ON u.id = n.unit_id ");

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
    QString utf8(const char *bytes, int size)
    {
        if (!bytes)
            return QString();
        const auto it = m_utf8.constFind(QByteArray::fromRawData(bytes, size));
        if (it != m_utf8.cend())
            return *it;
        const QString s = text(QString::fromUtf8(bytes, size));
        m_utf8.insert(QByteArray(bytes, size), s);
        return s;
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
    explicit QtRow(const QSqlQuery &q)
        : m_q(q)
    {
    }
    QString text(int i) const { return m_q.value(i).toString(); }
    QString shared(int i, RowCache *cache) const { return cache ? cache->text(text(i)) : text(i); }
    qint64 integer(int i) const { return m_q.value(i).toLongLong(); }

private:
    const QSqlQuery &m_q;
};

// A row of kSelect straight from SQLite (sqlitefastread.h): UTF-8 decoded by
// QString::fromUtf8, without the driver's per-value QVariant and UTF-16 copy.
class SqliteRow
{
public:
    explicit SqliteRow(const SqliteStatement &s)
        : m_s(s)
    {
    }
    QString text(int i) const { return m_s.text(i); }
    QString shared(int i, RowCache *cache) const
    {
        if (!cache)
            return text(i);
        const QByteArrayView bytes = m_s.utf8(i);
        return cache->utf8(bytes.data(), int(bytes.size()));
    }
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
    n.fullName = q.text(2);
    n.gender = parseGenderCode(shared(3));
    n.birthDate = dateFrom(q.text(4));
    n.birthYear = n.birthDate.isValid() ? 0 : yearFrom(q.text(4));
    n.citizenId = q.text(5);
    n.position = shared(6);
    n.unitId = q.integer(7);
    n.unitName = shared(8);
    n.blocId = q.integer(9);
    parseCategoryCode(shared(10), &n.category);
    n.unionMember = q.integer(11) != 0;
    n.emulationTitle = shared(12);
    n.initiative = shared(13);
    n.initiativeDecision = shared(14);
    n.meritAward = shared(15);
    n.meritYear = int(q.integer(16));
    n.creativeTopic = shared(17);
    n.achievements = q.text(18);
    n.receivedDate = dateFrom(q.text(19));
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

QString nfc(const QString &s) { return toNfc(s).trimmed(); }

// The guard of every new or changed row: what nomineeFieldProblems() refuses is
// never stored, whoever writes (editor, import, CLI, a script of the core).
Status checkFields(const Nominee &n)
{
    const QList<FieldProblem> problems = nomineeFieldProblems(n);
    if (problems.isEmpty())
        return {};
    return Error::validation(
        Tr::tr("Hồ sơ “%1” chưa lưu được: dữ liệu không hợp lệ.")
            .arg(n.fullName),
        fieldProblemLines(problems));
}

} // namespace

void NomineeStore::normalize(Nominee &n)
{
    n.fullName = normalizeText(n.fullName);
    n.citizenId = n.citizenId.trimmed();
    n.position = normalizeText(n.position);
    n.unitName = normalizeText(n.unitName);
    n.emulationTitle = normalizeText(n.emulationTitle);
    n.initiative = normalizeText(n.initiative);
    n.initiativeDecision = normalizeText(n.initiativeDecision);
    n.meritAward = normalizeText(n.meritAward);
    n.creativeTopic = nfc(n.creativeTopic);
    n.achievements = nfc(n.achievements);
    n.notes = nfc(n.notes);
    QStringList docs;
    for (const QString &d : std::as_const(n.documents)) {
        const QString code = d.trimmed().toUpper();
        if (!code.isEmpty() && !docs.contains(code))
            docs.append(code);
    }
    docs.sort();
    n.documents = docs;
}

Result<QList<Nominee>> NomineeStore::loadAll(qint64 campaignId) const
{
    return loadWhere(QStringLiteral("WHERE n.campaign_id = ?"), campaignId);
}

Result<QList<Nominee>> NomineeStore::loadApproved(qint64 campaignId) const
{
    // Exports of the approved list must not cost a read of the whole campaign.
    return loadWhere(QStringLiteral("WHERE n.campaign_id = ? AND n.approved = 1"), campaignId);
}

Result<QList<Nominee>> NomineeStore::loadWhere(const QString &where, qint64 campaignId) const
{
    // No ORDER BY: the rows come by the (campaign_id, bloc_id) index and SQLite
    // would copy every row into a temporary B-tree to sort them (a tenth of
    // check --json); sorting the loaded list by id here is far cheaper.
    const QString what = Tr::tr("đọc danh sách người được đề nghị");
    QList<Nominee> rows;
    RowCache cache;
    if (SqliteStatement::available(m_db)) {
        // SQLite: read the rows straight from the library (docs/performance.md).
        SqliteStatement s(m_db, kSelect + where, what);
        s.bind(1, campaignId);
        Status st;
        while (s.next(&st))
            rows.append(fromRow(SqliteRow(s), &cache));
        if (!st)
            return st.error();
    } else {
        auto q = m_db.run(kSelect + where, { campaignId }, what);
        if (!q)
            return q.error();
        while (q->next())
            rows.append(fromRow(QtRow(*q), &cache));
        if (auto rowsEnd = m_db.endOfRows(*q, what); !rowsEnd)
            return rowsEnd.error();
    }
    // Sort positions, not the (large) rows, then move each row once.
    QList<qsizetype> order(rows.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&rows](qsizetype a, qsizetype b) { return rows.at(a).id < rows.at(b).id; });
    QList<Nominee> out;
    out.reserve(rows.size());
    for (qsizetype i : std::as_const(order))
        out.append(std::move(rows[i]));
    return out;
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

namespace {

QString insertSql(bool keepId)
{
    return QStringLiteral(
            "INSERT INTO nominee (%1campaign_id, full_name, name_key, gender, birth_date, citizen_id, "
            "position, unit_id, bloc_id, category, union_member, emulation_title, initiative, "
            "initiative_decision, merit_award, merit_year, creative_topic, achievements, received_date, "
            "endorsed, documents, copies, soft_copy, notes, approved, approved_at, version, created_at, "
            "updated_at, disciplined, person_id) VALUES (%2?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .arg(keepId ? QStringLiteral("id, ") : QString(), keepId ? QStringLiteral("?, ") : QString());
}

QVariantList insertValues(const Nominee &n, bool keepId, const QString &now)
{
    QVariantList values;
    if (keepId)
        values << n.id;
    values << n.campaignId << n.fullName << foldText(n.fullName) << genderCode(n.gender)
           << birthValue(n) << n.citizenId << n.position << n.unitId << n.blocId
           << categoryCode(n.category) << (n.unionMember ? 1 : 0) << n.emulationTitle << n.initiative
           << n.initiativeDecision << n.meritAward << n.meritYear << n.creativeTopic << n.achievements
           << dateValue(n.receivedDate) << (n.endorsed ? 1 : 0) << n.documents.join(QLatin1Char(';'))
           << n.copies << (n.softCopy ? 1 : 0) << n.notes << (n.approved ? 1 : 0)
           << (n.approved && n.approvedAt.isValid() ? QVariant(n.approvedAt.toString(Qt::ISODate))
                                                     : QVariant())
           << (keepId ? n.version : 1)
           << (n.createdAt.isValid() ? n.createdAt.toString(Qt::ISODate) : now) << now
           << (n.disciplined ? 1 : 0) << (n.personId > 0 ? QVariant(n.personId) : QVariant());
    return values;
}

} // namespace

Status NomineeStore::insertRow(Nominee &n, bool keepId)
{
    normalize(n);
    // A restored row (undo of a deletion) is put back as it was.
    if (!keepId) {
        if (auto st = checkFields(n); !st)
            return st;
    }
    if (auto st = CampaignStore(m_db).ensureOpen(n.campaignId); !st)
        return st;
    // The person the dossier is (people.h); a restored row keeps its person
    // when it still matches.
    auto person = PersonLinker(m_db).resolve(n);
    if (!person)
        return person.error();
    n.personId = *person;
    const QString now = nowUtc();
    auto q = m_db.run(insertSql(keepId), insertValues(n, keepId, now), Tr::tr("lưu hồ sơ %1").arg(n.fullName));
    if (!q)
        return q.error();
    if (!keepId) {
        n.id = q->lastInsertId().toLongLong();
        n.version = 1;
        n.createdAt = QDateTime::fromString(now, Qt::ISODate);
    }
    n.updatedAt = QDateTime::fromString(now, Qt::ISODate);
    return {};
}

Status NomineeStore::insertMany(QList<Nominee> &nominees, const QString &auditDetails,
                                const std::function<bool(int, int)> &progress)
{
    return m_db.transaction([&]() -> Status {
        // Named placeholders: QSqlQuery::bindValue(int) builds the text ":N"
        // for every value it binds (a fifth of a bulk import's time); a named
        // bind is one hash look-up.
        QString sql = insertSql(false);
        QStringList names;
        for (qsizetype at = sql.indexOf(QLatin1Char('?')); at >= 0; at = sql.indexOf(QLatin1Char('?'), at)) {
            names.append(QStringLiteral(":v%1").arg(names.size()));
            sql.replace(at, 1, names.constLast());
        }
        QSqlQuery q = m_db.prepare(sql);
        QSet<qint64> open;
        for (const Nominee &n : std::as_const(nominees)) {
            if (open.contains(n.campaignId))
                continue;
            if (auto st = CampaignStore(m_db).ensureOpen(n.campaignId); !st)
                return st;
            open.insert(n.campaignId);
        }
        PersonLinker people(m_db);
        if (auto st = people.preload(); !st)
            return st;
        const QString now = nowUtc();
        const QDateTime stamp = QDateTime::fromString(now, Qt::ISODate);
        const int total = int(nominees.size());
        const QString what = Tr::tr("lưu hồ sơ %1");
        for (int i = 0; i < total; ++i) {
            Nominee &n = nominees[i];
            normalize(n);
            if (auto st = checkFields(n); !st)
                return st;
            auto person = people.resolve(n);
            if (!person)
                return person.error();
            n.personId = *person;
            const QVariantList values = insertValues(n, false, now);
            for (int v = 0; v < values.size(); ++v)
                q.bindValue(names.at(v), Database::bindable(values.at(v)));
            if (auto st = m_db.exec(q, what.arg(n.fullName)); !st)
                return st;
            n.id = q.lastInsertId().toLongLong();
            n.version = 1;
            n.createdAt = stamp;
            n.updatedAt = stamp;
            if (progress && ((i + 1) % 500 == 0 || i + 1 == total) && !progress(i + 1, total))
                return Error::cancelled(Tr::tr("Đã hủy; không lưu hồ sơ nào."));
        }
        return AuditLog(m_db).record(QStringLiteral("nominee.create_many"), QStringLiteral("nominee"), 0,
                                     auditDetails);
    });
}

Result<qint64> NomineeStore::insert(Nominee &n)
{
    Status st = m_db.transaction([&]() -> Status {
        if (auto s = insertRow(n, false); !s)
            return s;
        return AuditLog(m_db).record(QStringLiteral("nominee.create"), QStringLiteral("nominee"), n.id,
                                     n.fullName);
    });
    if (!st)
        return st.error();
    return n.id;
}

Status NomineeStore::restore(const Nominee &nominee)
{
    Nominee n = nominee;
    return m_db.transaction([&]() -> Status {
        if (auto s = insertRow(n, true); !s)
            return s;
        if (n.review.isSet()) {
            if (auto s = setReview(n.id, n.review); !s)
                return s;
        }
        return AuditLog(m_db).record(QStringLiteral("nominee.restore"), QStringLiteral("nominee"), n.id,
                                     n.fullName);
    });
}

Status NomineeStore::update(Nominee &n)
{
    normalize(n);
    if (auto st = checkFields(n); !st)
        return st;
    const QString now = nowUtc();
    return m_db.transaction([&]() -> Status {
        if (auto st = ensureOpenFor(n.id); !st)
            return st;
        if (auto st = relink(n); !st)
            return st;
        auto q = m_db.run(
                QStringLiteral("UPDATE nominee SET full_name = ?, name_key = ?, gender = ?, birth_date = ?, "
                               "citizen_id = ?, position = ?, unit_id = ?, bloc_id = ?, category = ?, "
                               "union_member = ?, emulation_title = ?, initiative = ?, "
                               "initiative_decision = ?, merit_award = ?, merit_year = ?, "
                               "creative_topic = ?, achievements = ?, received_date = ?, endorsed = ?, "
                               "documents = ?, copies = ?, soft_copy = ?, notes = ?, "
                               "disciplined = ?, person_id = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?"),
                { n.fullName, foldText(n.fullName), genderCode(n.gender), birthValue(n),
                  n.citizenId, n.position, n.unitId, n.blocId, categoryCode(n.category),
                  n.unionMember ? 1 : 0, n.emulationTitle, n.initiative, n.initiativeDecision,
                  n.meritAward, n.meritYear, n.creativeTopic, n.achievements, dateValue(n.receivedDate),
                  n.endorsed ? 1 : 0, n.documents.join(QLatin1Char(';')), n.copies, n.softCopy ? 1 : 0,
                  n.notes, n.disciplined ? 1 : 0,
                  n.personId > 0 ? QVariant(n.personId) : QVariant(), now, n.id, n.version },
                Tr::tr("lưu hồ sơ %1").arg(n.fullName));
        if (!q)
            return q.error();
        if (q->numRowsAffected() != 1) {
            return Error::validation(
                    Tr::tr("Hồ sơ %1 đã bị người khác sửa hoặc xóa sau khi bạn mở; hãy tải lại rồi sửa tiếp.")
                            .arg(n.fullName));
        }
        n.version += 1;
        n.updatedAt = QDateTime::fromString(now, Qt::ISODate);
        if (auto st = AuditLog(m_db).record(QStringLiteral("nominee.update"), QStringLiteral("nominee"), n.id,
                                            n.fullName);
            !st)
            return st;
        return withdrawStaleReview(n);
    });
}

Status NomineeStore::withdrawStaleReview(Nominee &n)
{
    auto q = m_db.run(QStringLiteral("SELECT reviewed_at, reviewed_by, review_note, review_codes, review_key "
                                     "FROM nominee WHERE id = ?"),
                      { n.id }, Tr::tr("đọc hồ sơ"));
    if (!q)
        return q.error();
    n.review = NomineeReview();
    if (!q->next() || q->value(0).toString().isEmpty())
        return {};
    NomineeReview r;
    r.at = QDateTime::fromString(q->value(0).toString(), Qt::ISODate);
    r.by = q->value(1).toString();
    r.note = q->value(2).toString();
    r.codes = q->value(3).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    r.key = q->value(4).toString();
    if (reviewKey(n, r.codes) == r.key) {
        n.review = r;
        return {};
    }
    // A field a reviewed warning was about changed: the review no longer says
    // anything about this dossier (docs/rules.md "Review").
    if (auto st = setReview(n.id, NomineeReview()); !st)
        return st;
    return AuditLog(m_db).record(QStringLiteral("nominee.review_withdrawn"), QStringLiteral("nominee"), n.id,
                                 Tr::tr("%1: đã sửa thông tin mà cảnh báo %2 dựa vào; bỏ “đã xem xét”.")
                                         .arg(n.fullName, r.codes.join(QStringLiteral(", "))));
}

Status NomineeStore::setReview(qint64 id, const NomineeReview &r)
{
    auto q = m_db.run(QStringLiteral("UPDATE nominee SET reviewed_at = ?, reviewed_by = ?, review_note = ?, "
                                     "review_codes = ?, review_key = ? WHERE id = ?"),
                      { r.isSet() ? QVariant(r.at.toUTC().toString(Qt::ISODate)) : QVariant(), r.by, r.note,
                        r.codes.join(QLatin1Char(',')), r.key, id },
                      Tr::tr("ghi xem xét"));
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return Error::validation(Tr::tr("Không có người được đề nghị mã %1.").arg(id));
    return {};
}

Status NomineeStore::ensureOpenFor(qint64 nomineeId)
{
    auto q = m_db.run(QStringLiteral("SELECT campaign_id FROM nominee WHERE id = ?"), { nomineeId },
                      Tr::tr("đọc hồ sơ"));
    if (!q)
        return q.error();
    if (!q->next())
        return {}; // the caller reports a missing row
    return CampaignStore(m_db).ensureOpen(q->value(0).toLongLong());
}

Status NomineeStore::relink(Nominee &n)
{
    // Only a changed identity (name, birth date, CCCD) is matched again: a
    // person a human merged or split stays as they left it.
    auto q = m_db.run(QStringLiteral("SELECT name_key, birth_date, citizen_id, person_id FROM nominee "
                                     "WHERE id = ?"),
                      { n.id }, Tr::tr("đọc hồ sơ %1").arg(n.fullName));
    if (!q)
        return q.error();
    if (!q->next())
        return {}; // the version check below reports it
    const qint64 stored = q->value(3).toLongLong();
    if (stored > 0 && q->value(0).toString() == foldText(n.fullName)
        && q->value(1).toString() == birthValue(n).toString() && q->value(2).toString() == n.citizenId) {
        n.personId = stored;
        return {};
    }
    n.personId = stored;
    auto person = PersonLinker(m_db).resolve(n);
    if (!person)
        return person.error();
    n.personId = *person;
    return {};
}

Status NomineeStore::remove(qint64 id)
{
    return m_db.transaction([&]() -> Status {
        auto existing = load(id);
        if (!existing)
            return existing.error();
        if (auto st = CampaignStore(m_db).ensureOpen(existing->campaignId); !st)
            return st;
        auto q = m_db.run(QStringLiteral("DELETE FROM nominee WHERE id = ?"), { id }, Tr::tr("xóa hồ sơ"));
        if (!q)
            return q.error();
        return AuditLog(m_db).record(QStringLiteral("nominee.delete"), QStringLiteral("nominee"), id,
                                     existing->fullName);
    });
}

Status NomineeStore::setApproved(const QList<qint64> &ids, bool approved)
{
    return m_db.transaction([&]() -> Status {
        // PostgreSQL with staff roles: the server checks and logs it itself.
        auto onServer = m_db.setApprovedOnServer(ids, approved);
        if (!onServer)
            return onServer.error();
        if (*onServer)
            return {};
        QSqlQuery q = m_db.prepare(QStringLiteral(
                "UPDATE nominee SET approved = ?, approved_at = ?, version = version + 1, updated_at = ? "
                "WHERE id = ?"));
        const QString now = nowUtc();
        for (qint64 id : ids) {
            if (auto st = ensureOpenFor(id); !st)
                return st;
            q.bindValue(0, approved ? 1 : 0);
            q.bindValue(1, approved ? QVariant(now) : QVariant());
            q.bindValue(2, now);
            q.bindValue(3, id);
            if (auto st = m_db.exec(q, Tr::tr("ghi duyệt")); !st)
                return st;
            if (q.numRowsAffected() != 1)
                return Error::validation(Tr::tr("Không có người được đề nghị mã %1.").arg(id));
            if (auto st = AuditLog(m_db).record(approved ? QStringLiteral("approve")
                                                         : QStringLiteral("unapprove"),
                                                QStringLiteral("nominee"), id, QString());
                !st)
                return st;
        }
        return {};
    });
}

} // namespace vd
