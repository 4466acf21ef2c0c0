#include "council.h"

#include "auditlog.h"
#include "campaignstore.h"
#include "database.h"
#include "movementstats.h"
#include "nomineestore.h"
#include "review.h"
#include "textfold.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace vd {

namespace {

// This file's translations, lupdate context "vd::Council".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vd::Council)
};

} // namespace

namespace {

QVariant dateValue(const QDate &d) { return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(); }

// Members who may vote on a nominee of `unitName`: present (or all), less
// those of the same unit.
void votersFor(const QList<CouncilMember> &members, const MajorityRule &rule, const QString &unitName, int *base,
               int *recused)
{
    const QString unit = foldKey(unitName);
    *base = 0;
    *recused = 0;
    for (const CouncilMember &m : members) {
        if (rule.ofPresent && !m.present)
            continue;
        if (!unit.isEmpty() && foldKey(m.unitName) == unit)
            ++*recused;
        else
            ++*base;
    }
}

// The nominees of the campaign on the ballot (eligible at `today`).
QList<Nominee> onBallot(const Campaign &campaign, const QList<Nominee> &nominees, const QDate &today)
{
    const RulesEngine engine(campaign);
    const DuplicateIndex duplicates(nominees);
    QList<Nominee> result;
    for (const Nominee &n : nominees) {
        if (verdictOf(engine.check(n, duplicates, today), n) == Verdict::Eligible)
            result.append(n);
    }
    return result;
}

} // namespace

QString councilRoleCode(CouncilRole role)
{
    switch (role) {
    case CouncilRole::Chair:
        return QStringLiteral("chair");
    case CouncilRole::Secretary:
        return QStringLiteral("secretary");
    case CouncilRole::Member:
        break;
    }
    return QStringLiteral("member");
}

bool parseCouncilRole(const QString &code, CouncilRole *out)
{
    for (CouncilRole r : { CouncilRole::Chair, CouncilRole::Secretary, CouncilRole::Member }) {
        if (code.trimmed().compare(councilRoleCode(r), Qt::CaseInsensitive) == 0) {
            *out = r;
            return true;
        }
    }
    return false;
}

QString councilRoleName(CouncilRole role)
{
    switch (role) {
    case CouncilRole::Chair:
        return Tr::tr("Chủ tịch Hội đồng");
    case CouncilRole::Secretary:
        return Tr::tr("Thư ký");
    case CouncilRole::Member:
        break;
    }
    return Tr::tr("Thành viên");
}

QString MajorityRule::describe() const
{
    return (ofPresent ? Tr::tr("quá %1/%2 số thành viên có mặt") : Tr::tr("quá %1/%2 tổng số thành viên"))
        .arg(numerator)
        .arg(denominator);
}

Result<ConferenceSettings> CouncilStore::settings(qint64 campaignId) const
{
    auto q = m_db.run(QStringLiteral("SELECT majority_numerator, majority_denominator, majority_of, council_date, "
                                     "council_place, batch_size FROM conference_setting WHERE campaign_id = ?"),
                      { campaignId }, Tr::tr("đọc thiết lập hội nghị"));
    if (!q)
        return q.error();
    ConferenceSettings s;
    if (q->next()) {
        s.majority.numerator = q->value(0).toInt();
        s.majority.denominator = q->value(1).toInt();
        s.majority.ofPresent = q->value(2).toString() != QLatin1String("members");
        s.councilDate = QDate::fromString(q->value(3).toString(), Qt::ISODate);
        s.councilPlace = q->value(4).toString();
        s.batchSize = q->value(5).toInt();
    }
    return s;
}

QStringList conferenceSettingsProblems(const ConferenceSettings &s)
{
    QStringList problems;
    if (s.majority.numerator < 1 || s.majority.denominator < 1 || s.majority.numerator > s.majority.denominator)
        problems << Tr::tr("Tỷ lệ đa số phải là một phân số từ 1/%1 đến 1 (ví dụ 1/2, 2/3).")
                        .arg(qMax(2, s.majority.denominator));
    if (s.batchSize < 1 || s.batchSize > 200)
        problems << Tr::tr("Số người mỗi lượt lên nhận phải từ 1 đến 200.");
    return problems;
}

Status CouncilStore::saveSettings(qint64 campaignId, const ConferenceSettings &s)
{
    if (const QStringList problems = conferenceSettingsProblems(s); !problems.isEmpty())
        return Error::validation(Tr::tr("Thiết lập hội nghị không hợp lệ."), problems);
    return m_db.transaction([&]() -> Status {
        auto del = m_db.run(QStringLiteral("DELETE FROM conference_setting WHERE campaign_id = ?"), { campaignId },
                            Tr::tr("ghi thiết lập hội nghị"));
        if (!del)
            return del.error();
        auto ins
            = m_db.run(QStringLiteral("INSERT INTO conference_setting (campaign_id, majority_numerator, "
                                      "majority_denominator, majority_of, council_date, council_place, batch_size) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                       { campaignId, s.majority.numerator, s.majority.denominator,
                         s.majority.ofPresent ? QStringLiteral("present") : QStringLiteral("members"),
                         dateValue(s.councilDate), normalizeText(s.councilPlace), s.batchSize },
                       Tr::tr("ghi thiết lập hội nghị"));
        if (!ins)
            return ins.error();
        return AuditLog(m_db).record(QStringLiteral("conference.settings"), QStringLiteral("campaign"), campaignId,
                                     s.majority.describe());
    });
}

Result<QList<CouncilMember>> CouncilStore::members(qint64 campaignId) const
{
    auto q = m_db.run(QStringLiteral("SELECT id, position, full_name, title, unit_name, role, present "
                                     "FROM council_member WHERE campaign_id = ? ORDER BY position, id"),
                      { campaignId }, Tr::tr("đọc thành viên Hội đồng"));
    if (!q)
        return q.error();
    QList<CouncilMember> result;
    while (q->next()) {
        CouncilMember m;
        m.id = q->value(0).toLongLong();
        m.campaignId = campaignId;
        m.position = q->value(1).toInt();
        m.fullName = q->value(2).toString();
        m.title = q->value(3).toString();
        m.unitName = q->value(4).toString();
        parseCouncilRole(q->value(5).toString(), &m.role);
        m.present = q->value(6).toInt() != 0;
        result.append(m);
    }
    if (auto rowsEnd = m_db.endOfRows(*q, Tr::tr("đọc thành viên Hội đồng")); !rowsEnd)
        return rowsEnd.error();
    return result;
}

Status CouncilStore::addMember(CouncilMember &m)
{
    m.fullName = normalizeText(m.fullName);
    m.title = normalizeText(m.title);
    m.unitName = normalizeText(m.unitName);
    if (m.fullName.isEmpty())
        return Error::validation(Tr::tr("Họ và tên thành viên Hội đồng không được để trống."));
    return m_db.transaction([&]() -> Status {
        auto existing = members(m.campaignId);
        if (!existing)
            return existing.error();
        for (const CouncilMember &other : std::as_const(*existing)) {
            if (m.role != CouncilRole::Member && other.role == m.role) {
                return Error::validation(
                    Tr::tr("Hội đồng đã có %1: %2.").arg(councilRoleName(m.role).toLower(), other.fullName));
            }
        }
        m.position = existing->isEmpty() ? 1 : existing->constLast().position + 1;
        auto ins = m_db.run(
            QStringLiteral("INSERT INTO council_member (campaign_id, position, full_name, title, "
                           "unit_name, role, present) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            { m.campaignId, m.position, m.fullName, m.title, m.unitName, councilRoleCode(m.role), m.present ? 1 : 0 },
            Tr::tr("thêm thành viên Hội đồng"));
        if (!ins)
            return ins.error();
        m.id = ins->lastInsertId().toLongLong();
        return AuditLog(m_db).record(QStringLiteral("council.member_add"), QStringLiteral("council_member"), m.id,
                                     m.fullName);
    });
}

Status CouncilStore::updateMember(CouncilMember &m)
{
    m.fullName = normalizeText(m.fullName);
    m.title = normalizeText(m.title);
    m.unitName = normalizeText(m.unitName);
    if (m.fullName.isEmpty())
        return Error::validation(Tr::tr("Họ và tên thành viên Hội đồng không được để trống."));
    return m_db.transaction([&]() -> Status {
        auto existing = members(m.campaignId);
        if (!existing)
            return existing.error();
        bool found = false;
        for (const CouncilMember &other : std::as_const(*existing)) {
            if (other.id == m.id) {
                found = true;
                m.position = other.position;
                continue;
            }
            if (m.role != CouncilRole::Member && other.role == m.role) {
                return Error::validation(
                    Tr::tr("Hội đồng đã có %1: %2.").arg(councilRoleName(m.role).toLower(), other.fullName));
            }
        }
        if (!found)
            return Error::validation(Tr::tr("Không có thành viên Hội đồng số %1 trong đợt này.").arg(m.id));
        auto q = m_db.run(
            QStringLiteral("UPDATE council_member SET full_name = ?, title = ?, unit_name = ?, "
                           "role = ?, present = ? WHERE id = ? AND campaign_id = ?"),
            { m.fullName, m.title, m.unitName, councilRoleCode(m.role), m.present ? 1 : 0, m.id, m.campaignId },
            Tr::tr("sửa thành viên Hội đồng"));
        if (!q)
            return q.error();
        return AuditLog(m_db).record(QStringLiteral("council.member_edit"), QStringLiteral("council_member"), m.id,
                                     m.fullName);
    });
}

Status CouncilStore::setPresent(qint64 campaignId, qint64 memberId, bool present)
{
    return m_db.transaction([&]() -> Status {
        auto q = m_db.run(QStringLiteral("UPDATE council_member SET present = ? WHERE id = ? AND campaign_id = ?"),
                          { present ? 1 : 0, memberId, campaignId }, Tr::tr("ghi có mặt của thành viên Hội đồng"));
        if (!q)
            return q.error();
        if (q->numRowsAffected() != 1)
            return Error::validation(Tr::tr("Không có thành viên Hội đồng số %1 trong đợt này.").arg(memberId));
        return AuditLog(m_db).record(present ? QStringLiteral("council.present") : QStringLiteral("council.absent"),
                                     QStringLiteral("council_member"), memberId, QString());
    });
}

Status CouncilStore::removeMember(qint64 campaignId, qint64 memberId)
{
    return m_db.transaction([&]() -> Status {
        auto q = m_db.run(QStringLiteral("DELETE FROM council_member WHERE id = ? AND campaign_id = ?"),
                          { memberId, campaignId }, Tr::tr("xóa thành viên Hội đồng"));
        if (!q)
            return q.error();
        if (q->numRowsAffected() != 1)
            return Error::validation(Tr::tr("Không có thành viên Hội đồng số %1 trong đợt này.").arg(memberId));
        return AuditLog(m_db).record(QStringLiteral("council.member_remove"), QStringLiteral("council_member"),
                                     memberId, QString());
    });
}

Result<QHash<qint64, CouncilVote>> CouncilStore::votes(qint64 campaignId) const
{
    auto q = m_db.run(QStringLiteral("SELECT v.nominee_id, v.agree, v.disagree, v.abstain FROM council_vote v "
                                     "JOIN nominee n ON n.id = v.nominee_id WHERE n.campaign_id = ?"),
                      { campaignId }, Tr::tr("đọc kết quả kiểm phiếu"));
    if (!q)
        return q.error();
    QHash<qint64, CouncilVote> result;
    while (q->next())
        result.insert(q->value(0).toLongLong(), { q->value(1).toInt(), q->value(2).toInt(), q->value(3).toInt() });
    if (auto rowsEnd = m_db.endOfRows(*q, Tr::tr("đọc kết quả kiểm phiếu")); !rowsEnd)
        return rowsEnd.error();
    return result;
}

Status CouncilStore::setVote(qint64 campaignId, qint64 nomineeId, const CouncilVote &vote, const QDate &today)
{
    if (vote.agree < 0 || vote.disagree < 0 || vote.abstain < 0)
        return Error::validation(Tr::tr("Số phiếu không được âm."));
    return m_db.transaction([&]() -> Status {
        auto campaign = CampaignStore(m_db).load(campaignId);
        if (!campaign)
            return campaign.error();
        auto nominees = NomineeStore(m_db).loadAll(campaignId);
        if (!nominees)
            return nominees.error();
        auto settings = this->settings(campaignId);
        if (!settings)
            return settings.error();
        auto members = this->members(campaignId);
        if (!members)
            return members.error();
        if (members->isEmpty())
            return Error::validation(Tr::tr("Chưa có thành viên Hội đồng: thêm thành viên trước khi nhập phiếu."));
        const QList<Nominee> ballot = onBallot(*campaign, *nominees, today);
        const auto it
            = std::find_if(ballot.begin(), ballot.end(), [nomineeId](const Nominee &n) { return n.id == nomineeId; });
        if (it == ballot.end()) {
            return Error::validation(
                Tr::tr("Hồ sơ số %1 không có trên phiếu bầu (chỉ người đủ điều kiện mới được bầu).").arg(nomineeId));
        }
        int base = 0, recused = 0;
        votersFor(*members, settings->majority, it->unitName, &base, &recused);
        if (vote.total() > base) {
            return Error::validation(Tr::tr("%1: %2 phiếu nhưng chỉ %3 thành viên được bầu (%4 "
                                            "thành viên cùng đơn vị không bầu).")
                                         .arg(it->fullName)
                                         .arg(vote.total())
                                         .arg(base)
                                         .arg(recused));
        }
        auto del = m_db.run(QStringLiteral("DELETE FROM council_vote WHERE nominee_id = ?"), { nomineeId },
                            Tr::tr("ghi kết quả kiểm phiếu"));
        if (!del)
            return del.error();
        auto ins
            = m_db.run(QStringLiteral("INSERT INTO council_vote (nominee_id, agree, disagree, abstain, entered_at) "
                                      "VALUES (?, ?, ?, ?, ?)"),
                       { nomineeId, vote.agree, vote.disagree, vote.abstain,
                         QDateTime::currentDateTimeUtc().toString(Qt::ISODate) },
                       Tr::tr("ghi kết quả kiểm phiếu"));
        if (!ins)
            return ins.error();
        return AuditLog(m_db).record(QStringLiteral("council.vote"), QStringLiteral("nominee"), nomineeId,
                                     QStringLiteral("%1/%2/%3").arg(vote.agree).arg(vote.disagree).arg(vote.abstain));
    });
}

Status CouncilStore::clearVote(qint64 campaignId, qint64 nomineeId)
{
    return m_db.transaction([&]() -> Status {
        auto q = m_db.run(QStringLiteral("DELETE FROM council_vote WHERE nominee_id = ? AND nominee_id IN "
                                         "(SELECT id FROM nominee WHERE campaign_id = ?)"),
                          { nomineeId, campaignId }, Tr::tr("xóa kết quả kiểm phiếu"));
        if (!q)
            return q.error();
        return AuditLog(m_db).record(QStringLiteral("council.vote_clear"), QStringLiteral("nominee"), nomineeId,
                                     QString());
    });
}

QList<qint64> CouncilResult::preselectedIds() const
{
    QList<qint64> ids;
    for (const CouncilBloc &b : blocs) {
        for (const TallyRow &r : b.rows) {
            if (r.preselected)
                ids.append(r.nominee.id);
        }
    }
    return ids;
}

bool CouncilResult::hasTies() const
{
    for (const CouncilBloc &b : blocs) {
        for (const TallyRow &r : b.rows) {
            if (r.tiedAtCutoff)
                return true;
        }
    }
    return false;
}

QStringList tiePriorityKeys() { return { QStringLiteral("female"), QStringLiteral("worker") }; }

QString tiePriorityName(const QString &key)
{
    if (key == QLatin1String("female"))
        return Tr::tr("nữ");
    if (key == QLatin1String("worker"))
        return Tr::tr("công nhân, lao động trực tiếp");
    return key;
}

QStringList tiePriorityNames(const QStringList &keys)
{
    QStringList names;
    for (const QString &key : keys)
        names << tiePriorityName(key);
    return names;
}

Result<QStringList> parseTiePriority(const QString &text)
{
    QStringList keys;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString key = part.trimmed().toLower();
        if (key.isEmpty())
            continue;
        if (!tiePriorityKeys().contains(key))
            return Error::validation(Tr::tr("Thứ tự ưu tiên khi bằng phiếu: không biết \"%1\" (dùng %2).")
                                         .arg(part.trimmed(), tiePriorityKeys().join(QLatin1String(", "))));
        if (keys.contains(key))
            return Error::validation(Tr::tr("Thứ tự ưu tiên khi bằng phiếu: \"%1\" có hai lần.").arg(key));
        keys.append(key);
    }
    return keys;
}

bool matchesTiePriority(const Nominee &nominee, const QString &key)
{
    if (key == QLatin1String("female"))
        return nominee.gender == Gender::Female;
    if (key == QLatin1String("worker"))
        return isWorker(nominee);
    return false;
}

namespace {
// The rows tied at the cut-off of one bloc get their place by the priorities:
// the number of tied rows a priority puts before them, plus one.
void suggestTieOrder(CouncilBloc &t, const QStringList &priorities)
{
    int preselected = 0;
    QList<int> tied;
    for (int i = 0; i < t.rows.size(); ++i) {
        preselected += t.rows.at(i).preselected ? 1 : 0;
        if (t.rows.at(i).tiedAtCutoff)
            tied.append(i);
    }
    t.tiedPlaces = tied.isEmpty() ? 0 : qMax(0, t.places - preselected);
    if (tied.isEmpty() || priorities.isEmpty())
        return;
    auto keyOf = [&](int row) {
        QList<bool> key;
        for (const QString &p : priorities)
            key.append(!matchesTiePriority(t.rows.at(row).nominee, p)); // false sorts first
        return key;
    };
    for (int row : std::as_const(tied)) {
        const QList<bool> mine = keyOf(row);
        int before = 0;
        for (int other : std::as_const(tied))
            before += keyOf(other) < mine ? 1 : 0;
        t.rows[row].suggestedPlace = before + 1;
    }
}
} // namespace

CouncilResult computeCouncilResult(const Campaign &campaign, const ConferenceSettings &settings,
                                   const QList<CouncilMember> &members, const QList<Nominee> &nominees,
                                   const QHash<qint64, CouncilVote> &votes, const QDate &today)
{
    CouncilResult result;
    result.campaign = campaign;
    result.settings = settings;
    result.members = members;
    for (const CouncilMember &m : members)
        result.present += m.present ? 1 : 0;
    const QList<Nominee> ballot = onBallot(campaign, nominees, today);
    QSet<qint64> onBallotIds;
    for (const Nominee &n : ballot)
        onBallotIds.insert(n.id);
    const VietnameseCollator collator;

    for (const Bloc &bloc : campaign.blocs) {
        CouncilBloc t;
        t.bloc = bloc;
        for (const Nominee &n : nominees) {
            if (n.blocId == bloc.id && n.approved && !onBallotIds.contains(n.id))
                ++t.alreadyApproved;
        }
        t.places = qMax(0, bloc.quota - t.alreadyApproved);
        QList<std::pair<VietnameseCollator::SortKey, TallyRow>> keyed;
        for (const Nominee &n : ballot) {
            if (n.blocId != bloc.id)
                continue;
            TallyRow r;
            r.nominee = n;
            r.counted = votes.contains(n.id);
            r.vote = votes.value(n.id);
            votersFor(members, settings.majority, n.unitName, &r.base, &r.recused);
            r.passes = r.counted && settings.majority.passes(r.vote.agree, r.base);
            keyed.append({ collator.nameSortKey(n.fullName), r });
        }
        if (keyed.isEmpty())
            continue;
        std::stable_sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) {
            if (a.second.passes != b.second.passes)
                return a.second.passes;
            if (a.second.vote.agree != b.second.vote.agree)
                return a.second.vote.agree > b.second.vote.agree;
            return a.first < b.first;
        });
        for (const auto &k : keyed)
            t.rows.append(k.second);

        int passing = 0;
        while (passing < t.rows.size() && t.rows.at(passing).passes)
            ++passing;
        for (int i = 0; i < passing; ++i) {
            TallyRow &r = t.rows[i];
            r.rank = (i > 0 && t.rows.at(i - 1).vote.agree == r.vote.agree) ? t.rows.at(i - 1).rank : i + 1;
        }
        if (passing <= t.places) {
            for (int i = 0; i < passing; ++i)
                t.rows[i].preselected = true;
        } else if (t.places > 0) {
            const int cutoff = t.rows.at(t.places - 1).vote.agree;
            const bool tie = t.rows.at(t.places).vote.agree == cutoff;
            for (int i = 0; i < passing; ++i) {
                TallyRow &r = t.rows[i];
                if (tie && r.vote.agree == cutoff)
                    r.tiedAtCutoff = true;
                else
                    r.preselected = i < t.places;
            }
        }
        suggestTieOrder(t, campaign.tiePriority);
        result.blocs.append(t);
    }
    return result;
}

Result<CouncilResult> loadCouncilResult(Database &db, const QDate &today)
{
    auto campaign = CampaignStore(db).loadActive();
    if (!campaign)
        return campaign.error();
    CouncilStore store(db);
    auto settings = store.settings(campaign->id);
    if (!settings)
        return settings.error();
    auto members = store.members(campaign->id);
    if (!members)
        return members.error();
    auto nominees = NomineeStore(db).loadAll(campaign->id);
    if (!nominees)
        return nominees.error();
    auto votes = store.votes(campaign->id);
    if (!votes)
        return votes.error();
    return computeCouncilResult(*campaign, *settings, *members, *nominees, *votes, today);
}

} // namespace vd
