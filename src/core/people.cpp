#include "people.h"
#include "people_p.h"

#include "database.h"
#include "exitleftovers.h"
#include "isodate.h"
#include "preparedwrite.h"
#include "sqlitefastread.h"
#include "textfold.h"

#include <QCoreApplication>
#include <QVarLengthArray>

// Linking dossiers to people (PersonLinker); the look-ups, merge and split of
// PersonStore are in peoplestore.cpp.

namespace vd {

namespace {

// This file's translations, lupdate context "vd::PersonStore".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vd::PersonStore)
};

} // namespace

namespace peopledetail {

const QString kPersonColumns = QStringLiteral("id, full_name, birth_date, citizen_id, name_key");

Person personFrom(const QSqlQuery &q)
{
    Person p;
    p.id = q.value(0).toLongLong();
    p.fullName = q.value(1).toString();
    p.birthDate = q.value(2).toString();
    p.citizenId = q.value(3).toString();
    p.nameKey = q.value(4).toString();
    return p;
}

QString nowUtc() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODate); }

} // namespace peopledetail

using namespace peopledetail;

namespace {

QString nameBirthKey(const QString &nameKey, const QString &birth) { return nameKey + QLatin1Char('|') + birth; }

bool isFullDate(const QString &birth) { return birth.size() == 10; }

// Two birth dates that may be the same person's: equal, one unknown, or a bare
// year and a date of that year.
bool birthsAgree(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty() || a == b)
        return true;
    if (a.size() == 4 && b.startsWith(a))
        return true;
    return b.size() == 4 && a.startsWith(b);
}

} // namespace

QString personBirthText(const Nominee &n)
{
    if (n.birthDate.isValid())
        return isoDateText(n.birthDate);
    return n.birthYear > 0 ? QString::number(n.birthYear) : QString();
}

QString personConflictCode(PersonConflictKind kind)
{
    switch (kind) {
    case PersonConflictKind::SameCitizenIdOtherBirth:
        return QStringLiteral("same_cccd_other_birth");
    case PersonConflictKind::SameNameBirthOtherCitizenId:
        return QStringLiteral("same_name_birth_other_cccd");
    case PersonConflictKind::SameNameBirth:
        return QStringLiteral("same_name_birth");
    case PersonConflictKind::SameNameBirthYear:
        return QStringLiteral("same_name_birth_year");
    }
    return {};
}

QString personConflictText(PersonConflictKind kind)
{
    switch (kind) {
    case PersonConflictKind::SameCitizenIdOtherBirth:
        return Tr::tr("cùng số CCCD nhưng khác ngày sinh");
    case PersonConflictKind::SameNameBirthOtherCitizenId:
        return Tr::tr("cùng họ tên và ngày sinh nhưng khác số CCCD");
    case PersonConflictKind::SameNameBirth:
        return Tr::tr("cùng họ tên và ngày sinh");
    case PersonConflictKind::SameNameBirthYear:
        return Tr::tr("cùng họ tên và năm sinh (không rõ ngày sinh)");
    }
    return {};
}

// PersonLinker -------------------------------------------------------------------

PersonLinker::PersonLinker(Database &db) : m_db(db) { }

PersonLinker::~PersonLinker()
{
    // A bulk import's linker holds every person of the file: a program about
    // to exit leaves them to the system (exitleftovers.h). The statements
    // are finalised as usual: the database is closed properly after this.
    ExitLeftovers::keep(m_people);
    ExitLeftovers::keep(m_byCitizenId);
    ExitLeftovers::keep(m_byNameBirth);
}

void PersonLinker::remember(const Person &p)
{
    m_people.insert(p.id, p);
    if (!p.citizenId.isEmpty())
        m_byCitizenId.insert(p.citizenId, p.id);
    if (isFullDate(p.birthDate))
        m_byNameBirth.insert(nameBirthKey(p.nameKey, p.birthDate), p.id);
}

void PersonLinker::forget(const Person &p)
{
    m_people.remove(p.id);
    m_byCitizenId.remove(p.citizenId, p.id);
    m_byNameBirth.remove(nameBirthKey(p.nameKey, p.birthDate), p.id);
}

Status PersonLinker::preload()
{
    auto q = m_db.run(QStringLiteral("SELECT ") + kPersonColumns + QStringLiteral(" FROM person"), {},
                      Tr::tr("đọc danh sách người"));
    if (!q)
        return q.error();
    while (q->next())
        remember(personFrom(*q));
    if (auto rowsEnd = m_db.endOfRows(*q, Tr::tr("đọc danh sách người")); !rowsEnd)
        return rowsEnd.error();
    m_preloaded = true;
    if (!SqliteStatement::available(m_db) || !m_db.inTransaction())
        return {};
    // The id AUTOINCREMENT would give the next person; the write lock is this
    // transaction's (BEGIN IMMEDIATE), so no other writer takes it meanwhile.
    auto next
        = m_db.run(QStringLiteral("SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'person'), 0), "
                                  "coalesce((SELECT max(id) FROM person), 0)) + 1"),
                   {}, Tr::tr("đọc danh sách người"));
    if (!next)
        return next.error();
    if (next->next())
        m_nextId = next->value(0).toLongLong();
    return {};
}

// The INSERT of people with their ids, up to VALUES; the rows follow, six
// values each (bindPersonWithId()).
QString PersonLinker::insertWithIdSql()
{
    return QStringLiteral("INSERT INTO person (id, full_name, name_key, birth_date, citizen_id, created_at) VALUES ");
}

void PersonLinker::bindPersonWithId(PreparedWrite &insert, int at, const Person &p) const
{
    insert.bindInteger(at, p.id);
    insert.bindText(at + 1, p.fullName);
    insert.bindText(at + 2, p.nameKey);
    insert.bindTextOrNull(at + 3, p.birthDate.isEmpty() ? QString() : p.birthDate);
    insert.bindText(at + 4, p.citizenId);
    insert.bindText(at + 5, m_now);
}

Status PersonLinker::flush()
{
    if (m_pending.isEmpty())
        return {};
    constexpr int columns = 6;
    if (m_pending.size() == kBatch) {
        if (!m_batch) {
            QStringList rows;
            for (int r = 0; r < kBatch; ++r)
                rows.append(QStringLiteral("(?, ?, ?, ?, ?, ?)"));
            m_batch = std::make_unique<PreparedWrite>(m_db, insertWithIdSql() + rows.join(QStringLiteral(", ")));
        }
        for (int r = 0; r < kBatch; ++r)
            bindPersonWithId(*m_batch, r * columns, m_pending.at(r));
        // A failed INSERT leaves nothing (SQLite undoes the statement): the
        // people are then inserted one by one for the error naming the one at fault.
        if (m_batch->exec([] { return QString(); })) {
            m_pending.clear();
            return {};
        }
    }
    if (!m_insertWithId) {
        m_insertWithId
            = std::make_unique<PreparedWrite>(m_db, insertWithIdSql() + QStringLiteral("(?, ?, ?, ?, ?, ?)"));
    }
    const QList<Person> pending = std::exchange(m_pending, {});
    for (const Person &p : pending) {
        bindPersonWithId(*m_insertWithId, 0, p);
        if (auto st = m_insertWithId->exec([&p] { return Tr::tr("lưu người %1").arg(p.fullName); }); !st)
            return st;
    }
    return {};
}

Status PersonLinker::loadCandidates(const QString &citizenId, const QString &nameKey, const QString &birth)
{
    if (m_preloaded)
        return {};
    auto q = m_db.run(QStringLiteral("SELECT ") + kPersonColumns
                          + QStringLiteral(" FROM person WHERE (citizen_id <> '' AND citizen_id = ?) "
                                           "OR (name_key = ? AND birth_date = ?)"),
                      { citizenId, nameKey, birth }, Tr::tr("tìm người đã có"));
    if (!q)
        return q.error();
    while (q->next()) {
        const Person p = personFrom(*q);
        if (!m_people.contains(p.id))
            remember(p);
    }
    if (auto rowsEnd = m_db.endOfRows(*q, Tr::tr("đọc danh sách người")); !rowsEnd)
        return rowsEnd.error();
    return {};
}

Result<QSet<qint64>> PersonLinker::keptApartFrom(qint64 personId)
{
    QSet<qint64> out;
    if (personId <= 0)
        return out;
    auto q = m_db.run(QStringLiteral("SELECT other_id FROM person_distinct WHERE person_id = ? "
                                     "UNION SELECT person_id FROM person_distinct WHERE other_id = ?"),
                      { personId, personId }, Tr::tr("đọc người đã tách"));
    if (!q)
        return q.error();
    while (q->next())
        out.insert(q->value(0).toLongLong());
    if (auto rowsEnd = m_db.endOfRows(*q, Tr::tr("đọc danh sách người")); !rowsEnd)
        return rowsEnd.error();
    return out;
}

Result<bool> PersonLinker::reusable(qint64 personId, qint64 nomineeId)
{
    auto q = m_db.run(QStringLiteral("SELECT (SELECT count(*) FROM person WHERE id = ?), "
                                     "(SELECT count(*) FROM nominee WHERE person_id = ? AND id <> ?)"),
                      { personId, personId, nomineeId }, Tr::tr("đọc hồ sơ của người"));
    if (!q)
        return q.error();
    return q->next() && q->value(0).toLongLong() == 1 && q->value(1).toLongLong() == 0;
}

Status PersonLinker::save(const Person &p, bool isNew, qint64 *id)
{
    if (isNew && m_nextId > 0) {
        if (m_now.isEmpty())
            m_now = nowUtc();
        Person added = p;
        added.id = m_nextId++;
        *id = added.id;
        m_pending.append(std::move(added));
        return m_pending.size() >= kBatch ? flush() : Status();
    }
    if (isNew) {
        if (!m_insert) {
            m_insert = std::make_unique<PreparedWrite>(
                m_db, QStringLiteral("INSERT INTO person (full_name, name_key, birth_date, citizen_id, "
                                     "created_at) VALUES (?, ?, ?, ?, ?)"));
            m_now = nowUtc();
        }
        m_insert->bindText(0, p.fullName);
        m_insert->bindText(1, p.nameKey);
        m_insert->bindTextOrNull(2, p.birthDate.isEmpty() ? QString() : p.birthDate);
        m_insert->bindText(3, p.citizenId);
        m_insert->bindText(4, m_now);
        if (auto st = m_insert->exec([&p] { return Tr::tr("lưu người %1").arg(p.fullName); }); !st)
            return st;
        *id = m_insert->lastInsertId();
        return {};
    }
    // The person may still wait for its INSERT.
    if (auto st = flush(); !st)
        return st;
    const QVariant birth = p.birthDate.isEmpty() ? QVariant() : QVariant(p.birthDate);
    auto q = m_db.run(QStringLiteral("UPDATE person SET full_name = ?, name_key = ?, birth_date = ?, "
                                     "citizen_id = ? WHERE id = ?"),
                      { p.fullName, p.nameKey, birth, p.citizenId, p.id }, Tr::tr("lưu người %1").arg(p.fullName));
    if (!q)
        return q.error();
    *id = p.id;
    return {};
}

Result<qint64> PersonLinker::resolve(const Nominee &n) { return resolve(n, foldText(n.fullName)); }

Result<qint64> PersonLinker::resolve(const Nominee &n, const QString &nameKey)
{
    const QString citizenId = n.citizenId.trimmed();
    const QString birth = personBirthText(n);
    if (auto st = loadCandidates(citizenId, nameKey, birth); !st)
        return st.error();
    auto apart = keptApartFrom(n.personId);
    if (!apart)
        return apart.error();

    // The people with the same CCCD, then those with the same name and full
    // birth date, each taken once (looked up in place, no list of them built).
    QVarLengthArray<qint64, 4> matches;
    const auto consider = [&](qint64 id) {
        if (apart->contains(id) || matches.contains(id))
            return;
        const auto it = m_people.constFind(id);
        if (it == m_people.cend())
            return;
        const Person &p = *it;
        if (!citizenId.isEmpty() && p.citizenId == citizenId) {
            if (birthsAgree(p.birthDate, birth))
                matches.append(id); // else: same CCCD, other birth date -> conflict
        } else if (p.nameKey == nameKey && p.birthDate == birth && (citizenId.isEmpty() || p.citizenId.isEmpty())) {
            matches.append(id); // else: same name and birth, other CCCD -> conflict
        }
    };
    if (!citizenId.isEmpty()) {
        const auto [from, to] = m_byCitizenId.equal_range(citizenId);
        for (auto it = from; it != to; ++it)
            consider(it.value());
    }
    if (isFullDate(birth)) {
        const auto [from, to] = m_byNameBirth.equal_range(nameBirthKey(nameKey, birth));
        for (auto it = from; it != to; ++it)
            consider(it.value());
    }

    qint64 chosen = 0;
    if (n.personId > 0 && matches.contains(n.personId))
        chosen = n.personId;
    else if (matches.size() == 1)
        chosen = matches.first();
    if (chosen > 0) {
        // What the dossier adds to what is known of the person: a CCCD, or the
        // full birth date where only the year was known.
        Person p = m_people.value(chosen);
        const Person before = p;
        if (p.citizenId.isEmpty() && !citizenId.isEmpty())
            p.citizenId = citizenId;
        if (birth.size() > p.birthDate.size())
            p.birthDate = birth;
        if (p.citizenId != before.citizenId || p.birthDate != before.birthDate) {
            qint64 id = 0;
            if (auto st = save(p, false, &id); !st)
                return st.error();
            forget(before);
            remember(p);
        }
        return chosen;
    }

    // Nobody matches (or several do: a human decides, see conflicts()).
    Person p;
    p.fullName = n.fullName;
    p.nameKey = nameKey;
    p.birthDate = birth;
    p.citizenId = citizenId;
    bool reuse = false;
    if (n.personId > 0 && n.id > 0) {
        auto own = reusable(n.personId, n.id);
        if (!own)
            return own.error();
        reuse = *own;
    }
    if (reuse) {
        p.id = n.personId;
        if (m_people.contains(p.id))
            forget(m_people.value(p.id));
    }
    qint64 id = 0;
    if (auto st = save(p, !reuse, &id); !st)
        return st.error();
    p.id = id;
    remember(p);
    return id;
}

} // namespace vd
