#include "campaignstore.h"

#include "database.h"

#include <QCoreApplication>
#include <QSet>

namespace vd {

namespace {

// This file's translations, lupdate context "vd::CampaignStore".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vd::CampaignStore)
};

} // namespace

namespace {

// campaign_text.kind values.
const QString kParticipant = QStringLiteral("participant");
const QString kProgramme = QStringLiteral("programme");
const QString kRecipient = QStringLiteral("recipient");
const QString kLeadership = QStringLiteral("leadership");
const QString kSxkdAllowed = QStringLiteral("sxkd_allowed");
const QString kSxkdExcluded = QStringLiteral("sxkd_excluded");
const QString kEmulationTitle = QStringLiteral("emulation_title");

QVariant dateValue(const QDate &d) { return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(); }
QDate dateFrom(const QVariant &v) { return QDate::fromString(v.toString(), Qt::ISODate); }
// A time of day as "HH:mm" (NULL when not set).
QVariant timeValue(const QTime &t) { return t.isValid() ? QVariant(t.toString(QStringLiteral("HH:mm"))) : QVariant(); }
QTime timeFrom(const QVariant &v) { return QTime::fromString(v.toString(), QStringLiteral("HH:mm")); }

QStringList *listForKind(Campaign &c, const QString &kind)
{
    if (kind == kParticipant)
        return &c.participants;
    if (kind == kProgramme)
        return &c.programme;
    if (kind == kRecipient)
        return &c.recipients;
    if (kind == kLeadership)
        return &c.criteria.leadershipPositions;
    if (kind == kSxkdAllowed)
        return &c.criteria.sxkdAllowedPositions;
    if (kind == kSxkdExcluded)
        return &c.criteria.sxkdExcludedPositions;
    if (kind == kEmulationTitle)
        return &c.criteria.emulationTitles;
    return nullptr;
}

const QString kCampaignColumns
    = QStringLiteral("id, name, year, active, document_number, document_date, place, issuing_parent, "
                     "issuing_body, deadline, deadline_inclusive, conference_date, conference_time, "
                     "conference_place, merit_year, min_copies, reward_amount, conference_start, "
                     "honoured_before_years, tie_priority, closed");

} // namespace

Result<Campaign> CampaignStore::loadActive() const
{
    auto q = m_db.run(QStringLiteral("SELECT id FROM campaign WHERE active = 1 ORDER BY year DESC, id DESC"), {},
                      Tr::tr("đọc đợt biểu dương đang dùng"));
    if (!q)
        return q.error();
    if (!q->next())
        return Error::storage(Tr::tr("Cơ sở dữ liệu chưa có đợt biểu dương nào đang dùng."));
    return load(q->value(0).toLongLong());
}

Result<Campaign> CampaignStore::load(qint64 id) const
{
    auto q = m_db.run(QStringLiteral("SELECT ") + kCampaignColumns + QStringLiteral(" FROM campaign WHERE id = ?"),
                      { id }, Tr::tr("đọc đợt biểu dương"));
    if (!q)
        return q.error();
    if (!q->next())
        return Error::storage(Tr::tr("Không có đợt biểu dương số %1.").arg(id));
    Campaign c;
    c.id = q->value(0).toLongLong();
    c.name = q->value(1).toString();
    c.year = q->value(2).toInt();
    c.active = q->value(3).toInt() != 0;
    c.documentNumber = q->value(4).toString();
    c.documentDate = dateFrom(q->value(5));
    c.place = q->value(6).toString();
    c.issuingParent = q->value(7).toString();
    c.issuingBody = q->value(8).toString();
    c.deadline = dateFrom(q->value(9));
    c.deadlineInclusive = q->value(10).toInt() != 0;
    c.conferenceDate = dateFrom(q->value(11));
    c.conferenceTime = q->value(12).toString();
    c.conferencePlace = q->value(13).toString();
    c.criteria.meritYear = q->value(14).toInt();
    c.criteria.minCopies = q->value(15).toInt();
    c.rewardAmount = q->value(16).toLongLong();
    c.conferenceStart = timeFrom(q->value(17));
    c.honouredBeforeYears = q->value(18).toInt();
    c.tiePriority = q->value(19).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    c.closed = q->value(20).toInt() != 0;
    auto rules = m_db.run(QStringLiteral("SELECT code, severity FROM campaign_rule WHERE campaign_id = ?"), { c.id },
                          Tr::tr("đọc mức của các quy tắc"));
    if (!rules)
        return rules.error();
    while (rules->next())
        c.ruleSeverities.insert(rules->value(0).toString(), rules->value(1).toString());
    if (auto rowsEnd = m_db.endOfRows(*rules, Tr::tr("đọc mức của các quy tắc")); !rowsEnd)
        return rowsEnd.error();
    // The approvals of the campaigns before this one (at most a quota each).
    // The earlier campaigns first, their nominees by the campaign index: not a
    // scan of every nominee of every campaign, this one's included (at 100 000
    // nominees ~50 ms of each `check` and each load of the window,
    // docs/performance-check-gui.md round 5); in id order, as that scan gave.
    auto honours = m_db.run(QStringLiteral("SELECT n.person_id, p.id, p.year, p.name, n.id, n.initiative, "
                                           "n.initiative_decision, u.name FROM campaign p CROSS JOIN nominee n "
                                           "JOIN unit u ON u.id = n.unit_id "
                                           "WHERE n.campaign_id = p.id AND n.approved = 1 "
                                           "AND n.person_id IS NOT NULL "
                                           "AND (p.year < ? OR (p.year = ? AND p.id < ?)) ORDER BY n.id"),
                            { c.year, c.year, c.id }, Tr::tr("đọc các lần được biểu dương trước"));
    if (!honours)
        return honours.error();
    while (honours->next()) {
        PriorHonour h;
        h.personId = honours->value(0).toLongLong();
        h.campaignId = honours->value(1).toLongLong();
        h.campaignYear = honours->value(2).toInt();
        h.campaignName = honours->value(3).toString();
        h.nomineeId = honours->value(4).toLongLong();
        h.initiative = honours->value(5).toString();
        h.initiativeDecision = honours->value(6).toString();
        h.unitName = honours->value(7).toString();
        c.priorHonours.append(h);
    }
    if (auto rowsEnd = m_db.endOfRows(*honours, Tr::tr("đọc các lần được biểu dương trước")); !rowsEnd)
        return rowsEnd.error();
    if (auto st = loadLists(c); !st)
        return st.error();
    return c;
}

Status CampaignStore::loadLists(Campaign &c) const
{
    auto texts = m_db.run(QStringLiteral("SELECT kind, text FROM campaign_text WHERE campaign_id = ? "
                                         "ORDER BY kind, position"),
                          { c.id }, Tr::tr("đọc danh mục của đợt"));
    if (!texts)
        return texts.error();
    while (texts->next()) {
        if (QStringList *list = listForKind(c, texts->value(0).toString()))
            list->append(texts->value(1).toString());
    }
    if (auto rowsEnd = m_db.endOfRows(*texts, Tr::tr("đọc danh mục của đợt")); !rowsEnd)
        return rowsEnd.error();

    auto signers = m_db.run(QStringLiteral("SELECT authority, title, name FROM signer "
                                           "WHERE campaign_id = ? ORDER BY position"),
                            { c.id }, Tr::tr("đọc người ký"));
    if (!signers)
        return signers.error();
    while (signers->next()) {
        c.signers.append({ signers->value(0).toString(), signers->value(1).toString(), signers->value(2).toString() });
    }
    if (auto rowsEnd = m_db.endOfRows(*signers, Tr::tr("đọc người ký")); !rowsEnd)
        return rowsEnd.error();

    auto docs = m_db.run(QStringLiteral("SELECT code, name, required FROM document_type "
                                        "WHERE campaign_id = ? ORDER BY position"),
                         { c.id }, Tr::tr("đọc danh mục hồ sơ"));
    if (!docs)
        return docs.error();
    while (docs->next()) {
        c.documentTypes.append({ docs->value(0).toString(), docs->value(1).toString(), docs->value(2).toInt() != 0 });
    }
    if (auto rowsEnd = m_db.endOfRows(*docs, Tr::tr("đọc danh mục hồ sơ")); !rowsEnd)
        return rowsEnd.error();

    auto blocs = m_db.run(QStringLiteral("SELECT id, code, name, sector, quota, display_order FROM bloc "
                                         "WHERE campaign_id = ? ORDER BY display_order, id"),
                          { c.id }, Tr::tr("đọc các khối"));
    if (!blocs)
        return blocs.error();
    while (blocs->next()) {
        Bloc b;
        b.id = blocs->value(0).toLongLong();
        b.campaignId = c.id;
        b.code = blocs->value(1).toString();
        b.name = blocs->value(2).toString();
        parseSectorCode(blocs->value(3).toString(), &b.sector);
        b.quota = blocs->value(4).toInt();
        b.displayOrder = blocs->value(5).toInt();
        c.blocs.append(b);
    }
    if (auto rowsEnd = m_db.endOfRows(*blocs, Tr::tr("đọc các khối")); !rowsEnd)
        return rowsEnd.error();
    return {};
}

Result<QList<CampaignSummary>> CampaignStore::list() const
{
    auto q = m_db.run(QStringLiteral("SELECT c.id, c.name, c.year, c.active, c.closed, c.document_number, "
                                     "c.deadline, c.conference_date, "
                                     "(SELECT count(*) FROM nominee n WHERE n.campaign_id = c.id), "
                                     "(SELECT count(*) FROM nominee n WHERE n.campaign_id = c.id "
                                     "AND n.approved = 1) FROM campaign c ORDER BY c.year DESC, c.id DESC"),
                      {}, Tr::tr("đọc danh sách đợt biểu dương"));
    if (!q)
        return q.error();
    QList<CampaignSummary> out;
    while (q->next()) {
        CampaignSummary c;
        c.id = q->value(0).toLongLong();
        c.name = q->value(1).toString();
        c.year = q->value(2).toInt();
        c.active = q->value(3).toInt() != 0;
        c.closed = q->value(4).toInt() != 0;
        c.documentNumber = q->value(5).toString();
        c.deadline = dateFrom(q->value(6));
        c.conferenceDate = dateFrom(q->value(7));
        c.nominees = q->value(8).toInt();
        c.approved = q->value(9).toInt();
        out.append(c);
    }
    if (auto rowsEnd = m_db.endOfRows(*q, Tr::tr("đọc danh sách đợt biểu dương")); !rowsEnd)
        return rowsEnd.error();
    return out;
}

Result<qint64> CampaignStore::insert(Campaign &c)
{
    qint64 newId = 0;
    Status st = m_db.transaction([&]() -> Status {
        auto q = m_db.run(QStringLiteral("INSERT INTO campaign (name, year, active, document_number, document_date, "
                                         "place, issuing_parent, issuing_body, deadline, deadline_inclusive, "
                                         "conference_date, conference_time, conference_place, merit_year, "
                                         "min_copies, reward_amount, created_at, conference_start, "
                                         "honoured_before_years, tie_priority) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                          { c.name,
                            c.year,
                            c.active ? 1 : 0,
                            c.documentNumber,
                            dateValue(c.documentDate),
                            c.place,
                            c.issuingParent,
                            c.issuingBody,
                            dateValue(c.deadline),
                            c.deadlineInclusive ? 1 : 0,
                            dateValue(c.conferenceDate),
                            c.conferenceTime,
                            c.conferencePlace,
                            c.criteria.meritYear,
                            c.criteria.minCopies,
                            c.rewardAmount,
                            QDateTime::currentDateTimeUtc().toString(Qt::ISODate),
                            timeValue(c.conferenceStart),
                            c.honouredBeforeYears,
                            c.tiePriority.join(QLatin1Char(',')) },
                          Tr::tr("tạo đợt biểu dương"));
        if (!q)
            return q.error();
        newId = q->lastInsertId().toLongLong();
        c.id = newId;
        for (Bloc &b : c.blocs)
            b.id = 0;
        if (auto s = saveBlocs(c); !s)
            return s;
        if (c.active) {
            auto others = m_db.run(QStringLiteral("UPDATE campaign SET active = 0 WHERE id <> ?"), { newId },
                                   Tr::tr("đặt đợt đang dùng"));
            if (!others)
                return others.error();
        }
        return insertLists(c);
    });
    if (!st)
        return st.error();
    return newId;
}

Status CampaignStore::update(Campaign &c)
{
    return m_db.transaction([&]() -> Status {
        // Quotas must not change under an approval in progress (and the other way round).
        if (auto st = m_db.lockForApproval(c.id); !st)
            return st;
        if (auto st = ensureOpen(c.id); !st)
            return st;
        auto q = m_db.run(QStringLiteral("UPDATE campaign SET name = ?, year = ?, document_number = ?, "
                                         "document_date = ?, place = ?, issuing_parent = ?, issuing_body = ?, "
                                         "deadline = ?, deadline_inclusive = ?, conference_date = ?, "
                                         "conference_time = ?, conference_place = ?, merit_year = ?, "
                                         "min_copies = ?, reward_amount = ?, conference_start = ?, "
                                         "honoured_before_years = ?, tie_priority = ? WHERE id = ?"),
                          { c.name, c.year, c.documentNumber, dateValue(c.documentDate), c.place, c.issuingParent,
                            c.issuingBody, dateValue(c.deadline), c.deadlineInclusive ? 1 : 0,
                            dateValue(c.conferenceDate), c.conferenceTime, c.conferencePlace, c.criteria.meritYear,
                            c.criteria.minCopies, c.rewardAmount, timeValue(c.conferenceStart), c.honouredBeforeYears,
                            c.tiePriority.join(QLatin1Char(',')), c.id },
                          Tr::tr("lưu đợt biểu dương"));
        if (!q)
            return q.error();
        if (q->numRowsAffected() != 1)
            return Error::storage(Tr::tr("Không có đợt biểu dương số %1.").arg(c.id));
        if (auto s = saveBlocs(c); !s)
            return s;
        if (auto s = deleteLists(c.id); !s)
            return s;
        return insertLists(c);
    });
}

Status CampaignStore::saveBlocs(Campaign &c)
{
    QSet<qint64> kept;
    for (const Bloc &b : c.blocs) {
        if (b.id > 0)
            kept.insert(b.id);
    }
    auto existing
        = m_db.run(QStringLiteral("SELECT id, code FROM bloc WHERE campaign_id = ?"), { c.id }, Tr::tr("đọc các khối"));
    if (!existing)
        return existing.error();
    QList<QPair<qint64, QString>> removed;
    while (existing->next()) {
        const qint64 id = existing->value(0).toLongLong();
        if (!kept.contains(id))
            removed.append({ id, existing->value(1).toString() });
    }
    if (auto rowsEnd = m_db.endOfRows(*existing, Tr::tr("đọc các khối")); !rowsEnd)
        return rowsEnd.error();
    for (const auto &r : removed) {
        auto used = m_db.run(QStringLiteral("SELECT (SELECT count(*) FROM nominee WHERE bloc_id = ?) + "
                                            "(SELECT count(*) FROM unit WHERE bloc_id = ?)"),
                             { r.first, r.first }, Tr::tr("kiểm tra khối"));
        if (!used)
            return used.error();
        if (used->next() && used->value(0).toInt() > 0) {
            return Error::validation(
                Tr::tr("Không xóa được khối %1: còn đơn vị hoặc người được đề nghị thuộc khối này.").arg(r.second));
        }
        auto del = m_db.run(QStringLiteral("DELETE FROM bloc WHERE id = ?"), { r.first }, Tr::tr("xóa khối"));
        if (!del)
            return del.error();
    }
    int order = 1;
    for (Bloc &b : c.blocs) {
        b.campaignId = c.id;
        b.displayOrder = order++;
        if (b.id > 0) {
            auto up = m_db.run(QStringLiteral("UPDATE bloc SET code = ?, name = ?, sector = ?, quota = ?, "
                                              "display_order = ? WHERE id = ? AND campaign_id = ?"),
                               { b.code, b.name, sectorCode(b.sector), b.quota, b.displayOrder, b.id, c.id },
                               Tr::tr("lưu khối %1").arg(b.code));
            if (!up)
                return up.error();
        } else {
            auto ins = m_db.run(QStringLiteral("INSERT INTO bloc (campaign_id, code, name, sector, quota, "
                                               "display_order) VALUES (?, ?, ?, ?, ?, ?)"),
                                { c.id, b.code, b.name, sectorCode(b.sector), b.quota, b.displayOrder },
                                Tr::tr("thêm khối %1").arg(b.code));
            if (!ins)
                return ins.error();
            b.id = ins->lastInsertId().toLongLong();
        }
    }
    return {};
}

Status CampaignStore::deleteLists(qint64 campaignId)
{
    for (const QString &table : { QStringLiteral("campaign_text"), QStringLiteral("signer"),
                                  QStringLiteral("document_type"), QStringLiteral("campaign_rule") }) {
        // The table name comes from the fixed list above, never from data.
        auto q = m_db.run(QStringLiteral("DELETE FROM ") + table + QStringLiteral(" WHERE campaign_id = ?"),
                          { campaignId }, Tr::tr("lưu danh mục của đợt"));
        if (!q)
            return q.error();
    }
    return {};
}

Status CampaignStore::insertLists(const Campaign &c)
{
    QSqlQuery rule
        = m_db.prepare(QStringLiteral("INSERT INTO campaign_rule (campaign_id, code, severity) VALUES (?, ?, ?)"));
    for (auto it = c.ruleSeverities.cbegin(); it != c.ruleSeverities.cend(); ++it) {
        rule.bindValue(0, c.id);
        rule.bindValue(1, it.key());
        rule.bindValue(2, it.value());
        if (auto st = m_db.exec(rule, Tr::tr("lưu mức của các quy tắc")); !st)
            return st;
    }
    Campaign copy = c;
    QSqlQuery text = m_db.prepare(
        QStringLiteral("INSERT INTO campaign_text (campaign_id, kind, position, text) VALUES (?, ?, ?, ?)"));
    for (const QString &kind :
         { kParticipant, kProgramme, kRecipient, kLeadership, kSxkdAllowed, kSxkdExcluded, kEmulationTitle }) {
        const QStringList *list = listForKind(copy, kind);
        for (int i = 0; i < list->size(); ++i) {
            text.bindValue(0, c.id);
            text.bindValue(1, kind);
            text.bindValue(2, i + 1);
            text.bindValue(3, Database::bindable(list->at(i)));
            if (auto st = m_db.exec(text, Tr::tr("lưu danh mục của đợt")); !st)
                return st;
        }
    }
    QSqlQuery signer = m_db.prepare(
        QStringLiteral("INSERT INTO signer (campaign_id, position, authority, title, name) VALUES (?, ?, ?, ?, ?)"));
    for (int i = 0; i < c.signers.size(); ++i) {
        const Signer &s = c.signers.at(i);
        signer.bindValue(0, c.id);
        signer.bindValue(1, i + 1);
        signer.bindValue(2, Database::bindable(s.authority));
        signer.bindValue(3, Database::bindable(s.title));
        signer.bindValue(4, Database::bindable(s.name));
        if (auto st = m_db.exec(signer, Tr::tr("lưu người ký")); !st)
            return st;
    }
    QSqlQuery doc = m_db.prepare(QStringLiteral(
        "INSERT INTO document_type (campaign_id, code, name, required, position) VALUES (?, ?, ?, ?, ?)"));
    for (int i = 0; i < c.documentTypes.size(); ++i) {
        const DocumentType &d = c.documentTypes.at(i);
        doc.bindValue(0, c.id);
        doc.bindValue(1, Database::bindable(d.code));
        doc.bindValue(2, Database::bindable(d.name));
        doc.bindValue(3, d.required ? 1 : 0);
        doc.bindValue(4, i + 1);
        if (auto st = m_db.exec(doc, Tr::tr("lưu danh mục hồ sơ")); !st)
            return st;
    }
    return {};
}

Status CampaignStore::setActive(qint64 id)
{
    return m_db.transaction([&]() -> Status {
        auto q = m_db.run(QStringLiteral("UPDATE campaign SET active = CASE WHEN id = ? THEN 1 ELSE 0 END"), { id },
                          Tr::tr("đặt đợt đang dùng"));
        return q ? Status() : Status(q.error());
    });
}

Result<qint64> CampaignStore::copyForYear(qint64 fromId, int year)
{
    auto source = load(fromId);
    if (!source)
        return source.error();
    Campaign c = *source;
    c.id = 0;
    c.year = year;
    c.active = false;
    c.criteria.meritYear = year;
    c.name.replace(QString::number(source->year), QString::number(year));
    auto shift = [&](const QDate &d) {
        return d.isValid() ? d.addYears(year - source->year) : d;
    };
    c.deadline = shift(c.deadline);
    c.conferenceDate = shift(c.conferenceDate);
    c.documentDate = shift(c.documentDate);
    return insert(c);
}

} // namespace vd
