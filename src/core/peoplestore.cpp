#include "people.h"
#include "people_p.h"

#include "auditlog.h"
#include "database.h"
#include "nomineestore.h"
#include "textfold.h"

#include <QCoreApplication>

// PersonStore: look-ups, conflicts, history, merge and split of people; the
// linking of dossiers (PersonLinker) is in people.cpp.

namespace vd {

namespace {

// This file's translations, lupdate context "vd::PersonStore".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vd::PersonStore)
};

QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts.append(QString::number(id));
    return parts.join(QStringLiteral(", "));
}

} // namespace

using namespace peopledetail;

Result<QList<Person>> PersonStore::query(const QString &where, const QVariantList &values) const
{
    auto q = m_db.run(QStringLiteral("SELECT ") + kPersonColumns + QStringLiteral(" FROM person ") + where
                          + QStringLiteral(" ORDER BY id"),
                      values, Tr::tr("đọc danh sách người"));
    if (!q)
        return q.error();
    QList<Person> out;
    while (q->next())
        out.append(personFrom(*q));
    if (auto rowsEnd = m_db.endOfRows(*q, Tr::tr("đọc danh sách người")); !rowsEnd)
        return rowsEnd.error();
    return out;
}

Result<Person> PersonStore::load(qint64 id) const
{
    auto list = query(QStringLiteral("WHERE id = ?"), { id });
    if (!list)
        return list.error();
    if (list->isEmpty())
        return Error::validation(Tr::tr("Không có người mã %1.").arg(id));
    return list->constFirst();
}

Result<QList<Person>> PersonStore::findByCitizenId(const QString &citizenId) const
{
    const QString cccd = citizenId.trimmed();
    if (cccd.isEmpty())
        return QList<Person>();
    return query(QStringLiteral("WHERE citizen_id = ? AND EXISTS "
                                "(SELECT 1 FROM nominee n WHERE n.person_id = person.id)"),
                 { cccd });
}

Result<QList<Person>> PersonStore::findByNameBirth(const QString &fullName, const QString &birth) const
{
    return query(QStringLiteral("WHERE name_key = ? AND birth_date = ? AND EXISTS "
                                "(SELECT 1 FROM nominee n WHERE n.person_id = person.id)"),
                 { foldText(normalizeText(fullName)), birth });
}

Result<QList<PersonConflict>> PersonStore::conflicts() const
{
    const QString columns = QStringLiteral("a.id, a.full_name, a.birth_date, a.citizen_id, a.name_key, "
                                           "b.id, b.full_name, b.birth_date, b.citizen_id, b.name_key");
    auto q
        = m_db.run(QStringLiteral("SELECT ") + columns
                       + QStringLiteral(
                           " FROM person a JOIN person b ON b.id > a.id "
                           "AND ((a.citizen_id <> '' AND b.citizen_id = a.citizen_id) "
                           "OR (a.name_key = b.name_key AND a.birth_date = b.birth_date)) "
                           "WHERE EXISTS (SELECT 1 FROM nominee n WHERE n.person_id = a.id) "
                           "AND EXISTS (SELECT 1 FROM nominee n WHERE n.person_id = b.id) "
                           "AND NOT EXISTS (SELECT 1 FROM person_distinct d WHERE "
                           "(d.person_id = a.id AND d.other_id = b.id) OR (d.person_id = b.id AND d.other_id = a.id)) "
                           "ORDER BY a.id, b.id"),
                   {}, Tr::tr("tìm người có thể trùng"));
    if (!q)
        return q.error();
    QList<PersonConflict> out;
    while (q->next()) {
        PersonConflict c;
        c.first = { q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                    q->value(4).toString() };
        c.second = { q->value(5).toLongLong(), q->value(6).toString(), q->value(7).toString(), q->value(8).toString(),
                     q->value(9).toString() };
        const bool sameCitizenId = !c.first.citizenId.isEmpty() && c.first.citizenId == c.second.citizenId;
        if (sameCitizenId)
            c.kind = PersonConflictKind::SameCitizenIdOtherBirth;
        else if (!c.first.citizenId.isEmpty() && !c.second.citizenId.isEmpty())
            c.kind = PersonConflictKind::SameNameBirthOtherCitizenId;
        else if (c.first.birthDate.size() == 4)
            c.kind = PersonConflictKind::SameNameBirthYear;
        else
            c.kind = PersonConflictKind::SameNameBirth;
        out.append(c);
    }
    if (auto rowsEnd = m_db.endOfRows(*q, Tr::tr("đọc danh sách người")); !rowsEnd)
        return rowsEnd.error();
    return out;
}

Result<QList<PersonNomination>> PersonStore::history(qint64 personId) const
{
    auto q = m_db.run(QStringLiteral("SELECT n.id, c.id, c.name, c.year, c.closed, b.code "
                                     "FROM nominee n JOIN campaign c ON c.id = n.campaign_id "
                                     "JOIN bloc b ON b.id = n.bloc_id WHERE n.person_id = ? "
                                     "ORDER BY c.year, c.id, n.id"),
                      { personId }, Tr::tr("đọc lịch sử đề nghị"));
    if (!q)
        return q.error();
    QList<PersonNomination> out;
    QList<qint64> ids;
    while (q->next()) {
        PersonNomination h;
        ids.append(q->value(0).toLongLong());
        h.campaignId = q->value(1).toLongLong();
        h.campaignName = q->value(2).toString();
        h.campaignYear = q->value(3).toInt();
        h.campaignClosed = q->value(4).toInt() != 0;
        h.blocCode = q->value(5).toString();
        out.append(h);
    }
    if (auto rowsEnd = m_db.endOfRows(*q, Tr::tr("đọc danh sách người")); !rowsEnd)
        return rowsEnd.error();
    for (int i = 0; i < out.size(); ++i) {
        auto n = NomineeStore(m_db).load(ids.at(i));
        if (!n)
            return n.error();
        out[i].nominee = *n;
    }
    return out;
}

Status PersonStore::moveNominees(const QList<qint64> &ids, qint64 toPerson)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("UPDATE nominee SET person_id = ? WHERE id = ?"));
    for (qint64 id : ids) {
        q.bindValue(0, toPerson);
        q.bindValue(1, id);
        if (auto st = m_db.exec(q, Tr::tr("gắn hồ sơ với người")); !st)
            return st;
    }
    return {};
}

Status PersonStore::setKeptApart(qint64 a, qint64 b, bool apart)
{
    const qint64 low = qMin(a, b), high = qMax(a, b);
    auto q = apart ? m_db.run(QStringLiteral("INSERT INTO person_distinct (person_id, other_id) "
                                             "VALUES (?, ?)"),
                              { low, high }, Tr::tr("ghi hai người khác nhau"))
                   : m_db.run(QStringLiteral("DELETE FROM person_distinct WHERE (person_id = ? AND "
                                             "other_id = ?) OR (person_id = ? AND other_id = ?)"),
                              { low, high, high, low }, Tr::tr("bỏ ghi hai người khác nhau"));
    return q ? Status() : Status(q.error());
}

namespace {

Result<QList<qint64>> nomineesOf(Database &db, qint64 personId)
{
    auto q = db.run(QStringLiteral("SELECT id FROM nominee WHERE person_id = ? ORDER BY id"), { personId },
                    Tr::tr("đọc hồ sơ của người"));
    if (!q)
        return q.error();
    QList<qint64> out;
    while (q->next())
        out.append(q->value(0).toLongLong());
    if (auto rowsEnd = db.endOfRows(*q, Tr::tr("đọc danh sách người")); !rowsEnd)
        return rowsEnd.error();
    return out;
}

Result<bool> keptApart(Database &db, qint64 a, qint64 b)
{
    auto q = db.run(QStringLiteral("SELECT count(*) FROM person_distinct WHERE (person_id = ? AND "
                                   "other_id = ?) OR (person_id = ? AND other_id = ?)"),
                    { a, b, b, a }, Tr::tr("đọc người đã tách"));
    if (!q)
        return q.error();
    return q->next() && q->value(0).toLongLong() > 0;
}

Status savePerson(Database &db, const Person &p)
{
    auto q = db.run(
        QStringLiteral("UPDATE person SET full_name = ?, name_key = ?, birth_date = ?, "
                       "citizen_id = ? WHERE id = ?"),
        { p.fullName, p.nameKey, p.birthDate.isEmpty() ? QVariant() : QVariant(p.birthDate), p.citizenId, p.id },
        Tr::tr("lưu người %1").arg(p.fullName));
    return q ? Status() : Status(q.error());
}

} // namespace

Result<PersonMerge> PersonStore::merge(qint64 keptId, qint64 mergedId)
{
    if (keptId == mergedId)
        return Error::validation(Tr::tr("Không gộp được: hai bên là cùng một người (mã %1).").arg(keptId));
    PersonMerge m;
    Status st = m_db.transaction([&]() -> Status {
        auto kept = load(keptId);
        if (!kept)
            return kept.error();
        auto merged = load(mergedId);
        if (!merged)
            return merged.error();
        auto moved = nomineesOf(m_db, mergedId);
        if (!moved)
            return moved.error();
        if (moved->isEmpty())
            return Error::validation(
                Tr::tr("Không gộp được: người mã %1 (%2) không còn hồ sơ nào.").arg(mergedId).arg(merged->fullName));
        auto apart = keptApart(m_db, keptId, mergedId);
        if (!apart)
            return apart.error();
        m.keptId = keptId;
        m.mergedId = mergedId;
        m.movedNominees = *moved;
        m.keptBefore = *kept;
        m.wereKeptApart = *apart;
        if (*apart) {
            if (auto s = setKeptApart(keptId, mergedId, false); !s)
                return s;
        }
        if (auto s = moveNominees(*moved, keptId); !s)
            return s;
        // What the merged person knew and the kept one did not.
        Person after = *kept;
        if (after.citizenId.isEmpty())
            after.citizenId = merged->citizenId;
        if (merged->birthDate.size() > after.birthDate.size())
            after.birthDate = merged->birthDate;
        if (auto s = savePerson(m_db, after); !s)
            return s;
        return AuditLog(m_db).record(QStringLiteral("person.merge"), QStringLiteral("person"), keptId,
                                     Tr::tr("Gộp người mã %1 (%2) vào người mã %3 (%4); hồ sơ chuyển sang: %5")
                                         .arg(mergedId)
                                         .arg(merged->fullName)
                                         .arg(keptId)
                                         .arg(kept->fullName, idList(*moved)));
    });
    if (!st)
        return st.error();
    return m;
}

Status PersonStore::undoMerge(const PersonMerge &m)
{
    return m_db.transaction([&]() -> Status {
        if (auto s = moveNominees(m.movedNominees, m.mergedId); !s)
            return s;
        if (auto s = savePerson(m_db, m.keptBefore); !s)
            return s;
        if (m.wereKeptApart) {
            if (auto s = setKeptApart(m.keptId, m.mergedId, true); !s)
                return s;
        }
        return AuditLog(m_db).record(QStringLiteral("person.unmerge"), QStringLiteral("person"), m.mergedId,
                                     Tr::tr("Hoàn tác gộp: người mã %1 lấy lại hồ sơ %2 từ người mã %3")
                                         .arg(m.mergedId)
                                         .arg(idList(m.movedNominees))
                                         .arg(m.keptId));
    });
}

Status PersonStore::keepApart(qint64 firstId, qint64 secondId)
{
    if (firstId == secondId)
        return Error::validation(Tr::tr("Không ghi được: hai bên là cùng một người (mã %1).").arg(firstId));
    return m_db.transaction([&]() -> Status {
        auto first = load(firstId);
        if (!first)
            return first.error();
        auto second = load(secondId);
        if (!second)
            return second.error();
        auto apart = keptApart(m_db, firstId, secondId);
        if (!apart)
            return apart.error();
        if (*apart)
            return Error::validation(
                Tr::tr("Người mã %1 và người mã %2 đã được ghi là hai người khác nhau.").arg(firstId).arg(secondId));
        if (auto s = setKeptApart(firstId, secondId, true); !s)
            return s;
        return AuditLog(m_db).record(QStringLiteral("person.apart"), QStringLiteral("person"), firstId,
                                     Tr::tr("Ghi người mã %1 (%2) và người mã %3 (%4) là hai người khác nhau")
                                         .arg(firstId)
                                         .arg(first->fullName)
                                         .arg(secondId)
                                         .arg(second->fullName));
    });
}

Status PersonStore::undoKeepApart(qint64 firstId, qint64 secondId)
{
    return m_db.transaction([&]() -> Status {
        if (auto s = setKeptApart(firstId, secondId, false); !s)
            return s;
        return AuditLog(m_db).record(
            QStringLiteral("person.unapart"), QStringLiteral("person"), firstId,
            Tr::tr("Hoàn tác: người mã %1 và người mã %2 có thể là một người").arg(firstId).arg(secondId));
    });
}

Result<PersonSplit> PersonStore::split(qint64 personId, const QList<qint64> &nomineeIds)
{
    PersonSplit out;
    Status st = m_db.transaction([&]() -> Status {
        auto person = load(personId);
        if (!person)
            return person.error();
        auto all = nomineesOf(m_db, personId);
        if (!all)
            return all.error();
        for (qint64 id : nomineeIds) {
            if (!all->contains(id))
                return Error::validation(
                    Tr::tr("Không tách được: hồ sơ mã %1 không thuộc người mã %2.").arg(id).arg(personId));
        }
        if (nomineeIds.isEmpty() || nomineeIds.size() >= all->size())
            return Error::validation(
                Tr::tr("Không tách được: phải chọn một phần hồ sơ của người mã %1 (không phải tất cả).").arg(personId));
        // The new person is who the first moved dossier says.
        auto first = NomineeStore(m_db).load(nomineeIds.constFirst());
        if (!first)
            return first.error();
        auto q = m_db.run(QStringLiteral("INSERT INTO person (full_name, name_key, birth_date, "
                                         "citizen_id, created_at) VALUES (?, ?, ?, ?, ?)"),
                          { first->fullName, foldText(first->fullName),
                            personBirthText(*first).isEmpty() ? QVariant() : QVariant(personBirthText(*first)),
                            first->citizenId, nowUtc() },
                          Tr::tr("lưu người %1").arg(first->fullName));
        if (!q)
            return q.error();
        out.fromId = personId;
        out.newId = q->lastInsertId().toLongLong();
        out.movedNominees = nomineeIds;
        if (auto s = moveNominees(nomineeIds, out.newId); !s)
            return s;
        if (auto s = setKeptApart(personId, out.newId, true); !s)
            return s;
        return AuditLog(m_db).record(
            QStringLiteral("person.split"), QStringLiteral("person"), personId,
            Tr::tr("Tách hồ sơ %1 khỏi người mã %2 (%3) thành người mã %4; hai người được ghi là khác nhau")
                .arg(idList(nomineeIds))
                .arg(personId)
                .arg(person->fullName)
                .arg(out.newId));
    });
    if (!st)
        return st.error();
    return out;
}

Status PersonStore::undoSplit(const PersonSplit &s)
{
    return m_db.transaction([&]() -> Status {
        if (auto st = moveNominees(s.movedNominees, s.fromId); !st)
            return st;
        if (auto st = setKeptApart(s.fromId, s.newId, false); !st)
            return st;
        auto q = m_db.run(QStringLiteral("DELETE FROM person WHERE id = ? AND NOT EXISTS "
                                         "(SELECT 1 FROM nominee WHERE person_id = ?)"),
                          { s.newId, s.newId }, Tr::tr("xóa người"));
        if (!q)
            return q.error();
        return AuditLog(m_db).record(
            QStringLiteral("person.unsplit"), QStringLiteral("person"), s.fromId,
            Tr::tr("Hoàn tác tách: hồ sơ %1 trở lại người mã %2").arg(idList(s.movedNominees)).arg(s.fromId));
    });
}

} // namespace vd
