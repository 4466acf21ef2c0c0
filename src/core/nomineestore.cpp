#include "nomineestore.h"

#include "auditlog.h"
#include "database.h"
#include "nomineevalidation.h"
#include "textfold.h"

#include <QCoreApplication>
#include <QHash>

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
// QDate::fromString(text, Qt::ISODate), read directly when the text is the
// plain yyyy-MM-dd this store writes.
QDate dateFrom(const QVariant &v)
{
    if (v.isNull())
        return QDate();
    const QString text = v.toString();
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
        "n.approved_at, n.version, n.created_at, n.updated_at "
        "FROM nominee n JOIN unit u ON u.id = n.unit_id ");

// Shared copies for loading many rows: texts that repeat across thousands of
// nominees (units, positions, titles, initiatives, document lists) are kept
// once, and the time stamps of a bulk import, all equal, are parsed once.
// Halves the memory of loadAll() at 100 000 nominees and most of its frees.
class RowCache
{
public:
    QString text(const QVariant &value)
    {
        const QString s = value.toString();
        const auto it = m_texts.constFind(s);
        if (it != m_texts.cend())
            return *it;
        m_texts.insert(s, s);
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
    QHash<QString, QStringList> m_documents;
    QString m_stampText[3];
    QDateTime m_stamp[3];
};

Nominee fromRow(const QSqlQuery &q, RowCache *cache = nullptr)
{
    auto shared = [cache](const QVariant &v) { return cache ? cache->text(v) : v.toString(); };
    auto stamp = [cache](const QVariant &v, int slot) {
        return cache ? cache->stamp(v.toString(), slot) : QDateTime::fromString(v.toString(), Qt::ISODate);
    };
    Nominee n;
    n.id = q.value(0).toLongLong();
    n.campaignId = q.value(1).toLongLong();
    n.fullName = q.value(2).toString();
    n.gender = parseGenderCode(q.value(3).toString());
    n.birthDate = dateFrom(q.value(4));
    n.citizenId = q.value(5).toString();
    n.position = shared(q.value(6));
    n.unitId = q.value(7).toLongLong();
    n.unitName = shared(q.value(8));
    n.blocId = q.value(9).toLongLong();
    parseCategoryCode(q.value(10).toString(), &n.category);
    n.unionMember = q.value(11).toInt() != 0;
    n.emulationTitle = shared(q.value(12));
    n.initiative = shared(q.value(13));
    n.initiativeDecision = shared(q.value(14));
    n.meritAward = shared(q.value(15));
    n.meritYear = q.value(16).toInt();
    n.creativeTopic = shared(q.value(17));
    n.achievements = q.value(18).toString();
    n.receivedDate = dateFrom(q.value(19));
    n.endorsed = q.value(20).toInt() != 0;
    const QString docs = q.value(21).toString();
    if (!docs.isEmpty())
        n.documents = cache ? cache->documents(docs) : docs.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    n.copies = q.value(22).toInt();
    n.softCopy = q.value(23).toInt() != 0;
    n.notes = q.value(24).toString();
    n.approved = q.value(25).toInt() != 0;
    n.approvedAt = stamp(q.value(26), 0);
    n.version = q.value(27).toInt();
    n.createdAt = stamp(q.value(28), 1);
    n.updatedAt = stamp(q.value(29), 2);
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
    auto q = m_db.run(kSelect + where, { campaignId },
                      Tr::tr("đọc danh sách người được đề nghị"));
    if (!q)
        return q.error();
    QList<Nominee> rows;
    RowCache cache;
    while (q->next())
        rows.append(fromRow(*q, &cache));
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
    return fromRow(*q);
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
            "updated_at) VALUES (%2?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?, ?, ?, ?)")
            .arg(keepId ? QStringLiteral("id, ") : QString(), keepId ? QStringLiteral("?, ") : QString());
}

QVariantList insertValues(const Nominee &n, bool keepId, const QString &now)
{
    QVariantList values;
    if (keepId)
        values << n.id;
    values << n.campaignId << n.fullName << foldText(n.fullName) << genderCode(n.gender)
           << dateValue(n.birthDate) << n.citizenId << n.position << n.unitId << n.blocId
           << categoryCode(n.category) << (n.unionMember ? 1 : 0) << n.emulationTitle << n.initiative
           << n.initiativeDecision << n.meritAward << n.meritYear << n.creativeTopic << n.achievements
           << dateValue(n.receivedDate) << (n.endorsed ? 1 : 0) << n.documents.join(QLatin1Char(';'))
           << n.copies << (n.softCopy ? 1 : 0) << n.notes << (n.approved ? 1 : 0)
           << (n.approved && n.approvedAt.isValid() ? QVariant(n.approvedAt.toString(Qt::ISODate))
                                                     : QVariant())
           << (keepId ? n.version : 1)
           << (n.createdAt.isValid() ? n.createdAt.toString(Qt::ISODate) : now) << now;
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
        const QString now = nowUtc();
        const QDateTime stamp = QDateTime::fromString(now, Qt::ISODate);
        const int total = int(nominees.size());
        const QString what = Tr::tr("lưu hồ sơ %1");
        for (int i = 0; i < total; ++i) {
            Nominee &n = nominees[i];
            normalize(n);
            if (auto st = checkFields(n); !st)
                return st;
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
        auto q = m_db.run(
                QStringLiteral("UPDATE nominee SET full_name = ?, name_key = ?, gender = ?, birth_date = ?, "
                               "citizen_id = ?, position = ?, unit_id = ?, bloc_id = ?, category = ?, "
                               "union_member = ?, emulation_title = ?, initiative = ?, "
                               "initiative_decision = ?, merit_award = ?, merit_year = ?, "
                               "creative_topic = ?, achievements = ?, received_date = ?, endorsed = ?, "
                               "documents = ?, copies = ?, soft_copy = ?, notes = ?, "
                               "version = version + 1, updated_at = ? WHERE id = ? AND version = ?"),
                { n.fullName, foldText(n.fullName), genderCode(n.gender), dateValue(n.birthDate),
                  n.citizenId, n.position, n.unitId, n.blocId, categoryCode(n.category),
                  n.unionMember ? 1 : 0, n.emulationTitle, n.initiative, n.initiativeDecision,
                  n.meritAward, n.meritYear, n.creativeTopic, n.achievements, dateValue(n.receivedDate),
                  n.endorsed ? 1 : 0, n.documents.join(QLatin1Char(';')), n.copies, n.softCopy ? 1 : 0,
                  n.notes, now, n.id, n.version },
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
        return AuditLog(m_db).record(QStringLiteral("nominee.update"), QStringLiteral("nominee"), n.id,
                                     n.fullName);
    });
}

Status NomineeStore::remove(qint64 id)
{
    return m_db.transaction([&]() -> Status {
        auto existing = load(id);
        if (!existing)
            return existing.error();
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
        QSqlQuery q = m_db.prepare(QStringLiteral(
                "UPDATE nominee SET approved = ?, approved_at = ?, version = version + 1, updated_at = ? "
                "WHERE id = ?"));
        const QString now = nowUtc();
        for (qint64 id : ids) {
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
