#include "nomineestore.h"

#include "auditlog.h"
#include "campaignstore.h"
#include "database.h"
#include "isodate.h"
#include "nomineevalidation.h"
#include "people.h"
#include "preparedwrite.h"
#include "review.h"
#include "sqlitefastread.h"
#include "textfold.h"

#include <QCoreApplication>
#include <QSet>

// Writing nominees (insert, insertMany, update, restore, remove, approval and
// review flags); the reads are in nomineestore_read.cpp.

namespace vd {

namespace {

// This file's translations, lupdate context "vd::NomineeStore".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vd::NomineeStore)
};

} // namespace

namespace {

QVariant dateValue(const QDate &d)
{
    const QString text = isoDateText(d);
    return text.isNull() ? QVariant() : QVariant(text);
}
// birth_date: the date, or only the year ("1985") when no full date is known;
// null when neither is.
QString birthText(const Nominee &n)
{
    if (!n.birthDate.isValid() && n.birthYear > 0)
        return QString::number(n.birthYear);
    return isoDateText(n.birthDate);
}
QVariant birthValue(const Nominee &n)
{
    const QString text = birthText(n);
    return text.isNull() ? QVariant() : QVariant(text);
}

QString nowUtc() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODate); }

QString nfc(const QString &s) { return toNfc(s).trimmed(); }

// True when normalize() would leave the document codes as they are: each code
// ASCII without lower-case letters or surrounding spaces, the list sorted with
// no repeats.
bool documentCodesClean(const QStringList &codes)
{
    for (qsizetype i = 0; i < codes.size(); ++i) {
        const QString &code = codes.at(i);
        if (code.isEmpty() || code.front().isSpace() || code.back().isSpace())
            return false;
        for (const QChar c : code) {
            if (c.unicode() >= 0x80 || (c.unicode() >= u'a' && c.unicode() <= u'z'))
                return false;
        }
        if (i > 0 && !(codes.at(i - 1) < code))
            return false;
    }
    return true;
}

// The guard of every new or changed row: what nomineeFieldProblems() refuses is
// never stored, whoever writes (editor, import, CLI, a script of the core).
Status checkFields(const Nominee &n)
{
    const QList<FieldProblem> problems = nomineeFieldProblems(n);
    if (problems.isEmpty())
        return {};
    return Error::validation(Tr::tr("Hồ sơ “%1” chưa lưu được: dữ liệu không hợp lệ.").arg(n.fullName),
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
    // Clean codes (an import's records already are) stay as they are.
    if (!documentCodesClean(n.documents)) {
        QStringList docs;
        for (const QString &d : std::as_const(n.documents)) {
            const QString code = d.trimmed().toUpper();
            if (!code.isEmpty() && !docs.contains(code))
                docs.append(code);
        }
        docs.sort();
        n.documents = docs;
    }
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

// Binds the values of insertSql(keepId), in its order.
void bindInsert(PreparedWrite &w, const Nominee &n, bool keepId, const QString &now, const QString &nameKey,
                int first = 0)
{
    int i = first;
    if (keepId)
        w.bindInteger(i++, n.id);
    w.bindInteger(i++, n.campaignId);
    w.bindText(i++, n.fullName);
    w.bindText(i++, nameKey);
    w.bindText(i++, genderCode(n.gender));
    w.bindTextOrNull(i++, birthText(n));
    w.bindText(i++, n.citizenId);
    w.bindText(i++, n.position);
    w.bindInteger(i++, n.unitId);
    w.bindInteger(i++, n.blocId);
    w.bindText(i++, categoryCode(n.category));
    w.bindInteger(i++, n.unionMember ? 1 : 0);
    w.bindText(i++, n.emulationTitle);
    w.bindText(i++, n.initiative);
    w.bindText(i++, n.initiativeDecision);
    w.bindText(i++, n.meritAward);
    w.bindInteger(i++, n.meritYear);
    w.bindText(i++, n.creativeTopic);
    w.bindText(i++, n.achievements);
    w.bindTextOrNull(i++, isoDateText(n.receivedDate));
    w.bindInteger(i++, n.endorsed ? 1 : 0);
    w.bindText(i++, n.documents.join(QLatin1Char(';')));
    w.bindInteger(i++, n.copies);
    w.bindInteger(i++, n.softCopy ? 1 : 0);
    w.bindText(i++, n.notes);
    w.bindInteger(i++, n.approved ? 1 : 0);
    if (n.approved && n.approvedAt.isValid())
        w.bindText(i++, n.approvedAt.toString(Qt::ISODate));
    else
        w.bindNull(i++);
    w.bindInteger(i++, keepId ? n.version : 1);
    w.bindText(i++, n.createdAt.isValid() ? n.createdAt.toString(Qt::ISODate) : now);
    w.bindText(i++, now);
    w.bindInteger(i++, n.disciplined ? 1 : 0);
    if (n.personId > 0)
        w.bindInteger(i++, n.personId);
    else
        w.bindNull(i++);
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
    PreparedWrite insert(m_db, insertSql(keepId));
    bindInsert(insert, n, keepId, now, foldText(n.fullName));
    if (auto st = insert.exec([&n] { return Tr::tr("lưu hồ sơ %1").arg(n.fullName); }); !st)
        return st;
    if (!keepId) {
        n.id = insert.lastInsertId();
        n.version = 1;
        n.createdAt = QDateTime::fromString(now, Qt::ISODate);
    }
    n.updatedAt = QDateTime::fromString(now, Qt::ISODate);
    return {};
}

NomineeBulkInsert::NomineeBulkInsert(Database &db) : m_db(db) { }

NomineeBulkInsert::~NomineeBulkInsert() = default;

namespace {

// insertSql(false) with `rows` rows of values.
QString batchInsertSql(int rows)
{
    const QString sql = insertSql(false);
    const qsizetype values = sql.indexOf(QStringLiteral("VALUES ")) + 7;
    const QString row = sql.mid(values);
    QStringList all;
    for (int r = 0; r < rows; ++r)
        all.append(row);
    return sql.left(values) + all.join(QStringLiteral(", "));
}

// Placeholders of one row of insertSql(false).
int insertColumns() { return int(insertSql(false).count(QLatin1Char('?'))); }

} // namespace

Status NomineeBulkInsert::start()
{
    // One statement for every row, straight on SQLite (preparedwrite.h).
    m_insert = std::make_unique<PreparedWrite>(m_db, insertSql(false));
    // SQLite: the write lock is this transaction's, so the rows of one INSERT
    // get consecutive ids (AUTOINCREMENT); PostgreSQL's sequences give no
    // such promise to concurrent sessions, so it inserts row by row.
    if (SqliteStatement::available(m_db))
        m_batch = std::make_unique<PreparedWrite>(m_db, batchInsertSql(kBatch));
    m_people = std::make_unique<PersonLinker>(m_db);
    if (auto st = m_people->preload(); !st)
        return st;
    m_now = nowUtc();
    m_stamp = QDateTime::fromString(m_now, Qt::ISODate);
    return {};
}

NomineeBulkInsert::Prepared NomineeBulkInsert::prepare(Nominee nominee)
{
    Prepared row;
    row.nominee = std::move(nominee);
    NomineeStore::normalize(row.nominee);
    row.checked = checkFields(row.nominee);
    if (row.checked)
        row.nameKey = foldText(row.nominee.fullName);
    return row;
}

Status NomineeBulkInsert::insert(Nominee &n)
{
    Prepared row = prepare(std::move(n));
    Status st = insert(row);
    n = std::move(row.nominee);
    return st;
}

Status NomineeBulkInsert::insert(Prepared &row, bool giveAway)
{
    Nominee &n = row.nominee;
    if (!m_open.contains(n.campaignId)) {
        if (auto st = writePending(); !st)
            return st;
        if (auto st = CampaignStore(m_db).ensureOpen(n.campaignId); !st)
            return st;
        m_open.insert(n.campaignId);
    }
    if (!m_insert) {
        if (auto st = start(); !st)
            return st;
    }
    // The rows before this one would have been written before it is checked.
    if (!row.checked) {
        if (auto written = writePending(); !written)
            return written;
        return row.checked;
    }
    auto person = m_people->resolve(n, row.nameKey);
    if (!person) {
        if (auto written = writePending(); !written)
            return written;
        return person.error();
    }
    n.personId = *person;
    m_pendingKeys.append(row.nameKey);
    if (giveAway) {
        m_pending.append(std::move(n));
    } else {
        m_pending.append(n); // as given: a created_at it has is kept (bindInsert)
        n.version = 1;
        n.createdAt = m_stamp;
        n.updatedAt = m_stamp;
    }
    if (!m_batch || m_pending.size() >= kBatch)
        return writePending();
    return {};
}

Status NomineeBulkInsert::finish() { return writePending(); }

Status NomineeBulkInsert::writePending()
{
    // The people the rows name go in first (PersonLinker batches them too).
    if (m_people) {
        if (auto st = m_people->flush(); !st) {
            m_pending.clear();
            m_pendingKeys.clear();
            return st;
        }
    }
    if (m_pending.isEmpty())
        return {};
    if (m_batch && m_pending.size() == kBatch) {
        static const int columns = insertColumns();
        for (int r = 0; r < kBatch; ++r)
            bindInsert(*m_batch, m_pending.at(r), false, m_now, m_pendingKeys.at(r), r * columns);
        // A failed INSERT leaves nothing behind (SQLite undoes the statement);
        // the rows are then run one by one for the error of the row at fault.
        if (m_batch->exec([] { return QString(); })) {
            const qint64 last = m_batch->lastInsertId();
            for (int r = 0; r < kBatch; ++r)
                m_ids.append(last - kBatch + 1 + r);
            m_pending.clear();
            m_pendingKeys.clear();
            return {};
        }
    }
    for (qsizetype r = 0; r < m_pending.size(); ++r) {
        const Nominee &n = m_pending.at(r);
        bindInsert(*m_insert, n, false, m_now, m_pendingKeys.at(r));
        if (auto st = m_insert->exec([&n] { return Tr::tr("lưu hồ sơ %1").arg(n.fullName); }); !st) {
            m_pending.clear();
            m_pendingKeys.clear();
            return st;
        }
        m_ids.append(m_insert->lastInsertId());
    }
    m_pending.clear();
    m_pendingKeys.clear();
    return {};
}

Status NomineeStore::insertMany(QList<Nominee> &nominees, const QString &auditDetails,
                                const std::function<bool(int, int)> &progress)
{
    return m_db.transaction([&]() -> Status {
        // Every campaign is checked open before any row is written.
        NomineeBulkInsert bulk(m_db);
        QSet<qint64> open;
        for (const Nominee &n : std::as_const(nominees)) {
            if (open.contains(n.campaignId))
                continue;
            if (auto st = CampaignStore(m_db).ensureOpen(n.campaignId); !st)
                return st;
            open.insert(n.campaignId);
        }
        const int total = int(nominees.size());
        for (int i = 0; i < total; ++i) {
            if (auto st = bulk.insert(nominees[i]); !st)
                return st;
            if (progress && ((i + 1) % 500 == 0 || i + 1 == total) && !progress(i + 1, total))
                return Error::cancelled(Tr::tr("Đã hủy; không lưu hồ sơ nào."));
        }
        if (auto st = bulk.finish(); !st)
            return st;
        for (int i = 0; i < total; ++i)
            nominees[i].id = bulk.ids().at(i);
        return AuditLog(m_db).record(QStringLiteral("nominee.create_many"), QStringLiteral("nominee"), 0, auditDetails);
    });
}

Result<qint64> NomineeStore::insert(Nominee &n)
{
    Status st = m_db.transaction([&]() -> Status {
        if (auto s = insertRow(n, false); !s)
            return s;
        return AuditLog(m_db).record(QStringLiteral("nominee.create"), QStringLiteral("nominee"), n.id, n.fullName);
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
        return AuditLog(m_db).record(QStringLiteral("nominee.restore"), QStringLiteral("nominee"), n.id, n.fullName);
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
            QStringLiteral(
                "UPDATE nominee SET full_name = ?, name_key = ?, gender = ?, birth_date = ?, "
                "citizen_id = ?, position = ?, unit_id = ?, bloc_id = ?, category = ?, "
                "union_member = ?, emulation_title = ?, initiative = ?, "
                "initiative_decision = ?, merit_award = ?, merit_year = ?, "
                "creative_topic = ?, achievements = ?, received_date = ?, endorsed = ?, "
                "documents = ?, copies = ?, soft_copy = ?, notes = ?, "
                "disciplined = ?, person_id = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?"),
            { n.fullName,
              foldText(n.fullName),
              genderCode(n.gender),
              birthValue(n),
              n.citizenId,
              n.position,
              n.unitId,
              n.blocId,
              categoryCode(n.category),
              n.unionMember ? 1 : 0,
              n.emulationTitle,
              n.initiative,
              n.initiativeDecision,
              n.meritAward,
              n.meritYear,
              n.creativeTopic,
              n.achievements,
              dateValue(n.receivedDate),
              n.endorsed ? 1 : 0,
              n.documents.join(QLatin1Char(';')),
              n.copies,
              n.softCopy ? 1 : 0,
              n.notes,
              n.disciplined ? 1 : 0,
              n.personId > 0 ? QVariant(n.personId) : QVariant(),
              now,
              n.id,
              n.version },
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
        if (auto st
            = AuditLog(m_db).record(QStringLiteral("nominee.update"), QStringLiteral("nominee"), n.id, n.fullName);
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
    auto q
        = m_db.run(QStringLiteral("SELECT campaign_id FROM nominee WHERE id = ?"), { nomineeId }, Tr::tr("đọc hồ sơ"));
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
        QSqlQuery q = m_db.prepare(
            QStringLiteral("UPDATE nominee SET approved = ?, approved_at = ?, version = version + 1, updated_at = ? "
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
            if (auto st = AuditLog(m_db).record(approved ? QStringLiteral("approve") : QStringLiteral("unapprove"),
                                                QStringLiteral("nominee"), id, QString());
                !st)
                return st;
        }
        return {};
    });
}

} // namespace vd
