#include "review.h"

#include "auditlog.h"
#include "campaignstore.h"
#include "database.h"
#include "nomineestore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>

#include <algorithm>

namespace vd {

namespace {

// This file's translations, lupdate context "vd::ReviewService".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vd::ReviewService)
};

const QString kAll = QStringLiteral("*");

// The fields each rule reads. A rule that is a warning by default reads few; the
// others are listed too, since a campaign may make any rule a warning.
const QHash<QString, QStringList> &fieldsByRule()
{
    static const QHash<QString, QStringList> table = {
        { QStringLiteral("NOT_UNION_MEMBER"), { QStringLiteral("union_member") } },
        { QStringLiteral("LEADERSHIP_POSITION"),
          { QStringLiteral("position"), QStringLiteral("bloc"), QStringLiteral("category") } },
        { QStringLiteral("POSITION_NOT_ELIGIBLE"),
          { QStringLiteral("position"), QStringLiteral("bloc"), QStringLiteral("category") } },
        { QStringLiteral("POSITION_UNCLEAR"),
          { QStringLiteral("position"), QStringLiteral("bloc"), QStringLiteral("category") } },
        { QStringLiteral("NO_EMULATION_TITLE"),
          { QStringLiteral("emulation_title"), QStringLiteral("bloc"), QStringLiteral("category") } },
        { QStringLiteral("NO_APPLIED_INITIATIVE"),
          { QStringLiteral("initiative"), QStringLiteral("initiative_decision"), QStringLiteral("category") } },
        { QStringLiteral("NO_MERIT_AWARD"),
          { QStringLiteral("merit_award"), QStringLiteral("merit_year"), QStringLiteral("bloc"),
            QStringLiteral("category") } },
        { QStringLiteral("NOT_RECEIVED"), { QStringLiteral("received_date") } },
        { QStringLiteral("LATE_SUBMISSION"), { QStringLiteral("received_date") } },
        { QStringLiteral("NO_ENDORSEMENT"), { QStringLiteral("endorsed") } },
        { QStringLiteral("DOSSIER_INCOMPLETE"), { QStringLiteral("documents") } },
        { QStringLiteral("DUPLICATE_NOMINEE"),
          { QStringLiteral("full_name"), QStringLiteral("birth_date"), QStringLiteral("citizen_id") } },
        { QStringLiteral("HONOURED_BEFORE"),
          { QStringLiteral("full_name"), QStringLiteral("birth_date"), QStringLiteral("citizen_id") } },
        { QStringLiteral("FEWER_COPIES"), { QStringLiteral("copies") } },
        { QStringLiteral("NO_SOFT_COPY"), { QStringLiteral("soft_copy") } },
    };
    return table;
}

QString fieldValue(const Nominee &n, const QString &field)
{
    auto flag = [](bool b) {
        return b ? QStringLiteral("1") : QStringLiteral("0");
    };
    if (field == QLatin1String("full_name"))
        return n.fullName;
    if (field == QLatin1String("gender"))
        return genderCode(n.gender);
    if (field == QLatin1String("birth_date"))
        return n.birthDate.isValid() ? n.birthDate.toString(Qt::ISODate) : QString::number(n.birthYear);
    if (field == QLatin1String("citizen_id"))
        return n.citizenId;
    if (field == QLatin1String("position"))
        return n.position;
    if (field == QLatin1String("unit"))
        return QString::number(n.unitId);
    if (field == QLatin1String("bloc"))
        return QString::number(n.blocId);
    if (field == QLatin1String("category"))
        return categoryCode(n.category);
    if (field == QLatin1String("union_member"))
        return flag(n.unionMember);
    if (field == QLatin1String("emulation_title"))
        return n.emulationTitle;
    if (field == QLatin1String("initiative"))
        return n.initiative;
    if (field == QLatin1String("initiative_decision"))
        return n.initiativeDecision;
    if (field == QLatin1String("merit_award"))
        return n.meritAward;
    if (field == QLatin1String("merit_year"))
        return QString::number(n.meritYear);
    if (field == QLatin1String("creative_topic"))
        return n.creativeTopic;
    if (field == QLatin1String("achievements"))
        return n.achievements;
    if (field == QLatin1String("received_date"))
        return n.receivedDate.toString(Qt::ISODate);
    if (field == QLatin1String("endorsed"))
        return flag(n.endorsed);
    if (field == QLatin1String("documents"))
        return n.documents.join(QLatin1Char(';'));
    if (field == QLatin1String("copies"))
        return QString::number(n.copies);
    if (field == QLatin1String("soft_copy"))
        return flag(n.softCopy);
    return {};
}

const QStringList &allFields()
{
    static const QStringList fields = {
        QStringLiteral("full_name"),      QStringLiteral("gender"),
        QStringLiteral("birth_date"),     QStringLiteral("citizen_id"),
        QStringLiteral("position"),       QStringLiteral("unit"),
        QStringLiteral("bloc"),           QStringLiteral("category"),
        QStringLiteral("union_member"),   QStringLiteral("emulation_title"),
        QStringLiteral("initiative"),     QStringLiteral("initiative_decision"),
        QStringLiteral("merit_award"),    QStringLiteral("merit_year"),
        QStringLiteral("creative_topic"), QStringLiteral("achievements"),
        QStringLiteral("received_date"),  QStringLiteral("endorsed"),
        QStringLiteral("documents"),      QStringLiteral("copies"),
        QStringLiteral("soft_copy"),
    };
    return fields;
}

} // namespace

QStringList reviewFieldsOf(const QString &ruleCode)
{
    const auto it = fieldsByRule().constFind(ruleCode);
    return it != fieldsByRule().cend() ? *it : allFields();
}

QString reviewKey(const Nominee &nominee, const QStringList &codes)
{
    QStringList fields;
    for (const QString &code : codes) {
        for (const QString &f : reviewFieldsOf(code)) {
            if (!fields.contains(f))
                fields.append(f);
        }
    }
    fields.sort();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &f : std::as_const(fields)) {
        hash.addData(f.toUtf8());
        hash.addData(QByteArrayView("=", 1));
        hash.addData(fieldValue(nominee, f).toUtf8());
        hash.addData(QByteArrayView("\n", 1));
    }
    return QString::fromLatin1(hash.result().toHex());
}

bool reviewHolds(const Nominee &nominee, const QList<Finding> &findings)
{
    const NomineeReview &r = nominee.review;
    if (!r.isSet() || findings.isEmpty())
        return false;
    for (const Finding &f : findings) {
        if (f.severity == Severity::Error || !r.codes.contains(f.code))
            return false;
    }
    return reviewKey(nominee, r.codes) == r.key;
}

Verdict verdictOf(const QList<Finding> &findings, const Nominee &nominee)
{
    const Verdict v = verdictOf(findings);
    if (v == Verdict::Review && nominee.review.isSet() && reviewHolds(nominee, findings))
        return Verdict::Eligible;
    return v;
}

Result<Nominee> ReviewService::review(qint64 id, const QString &note, const QDate &today)
{
    const QString why = note.trimmed();
    Nominee saved;
    Status st = m_db.transaction([&]() -> Status {
        auto campaign = CampaignStore(m_db).loadActive();
        if (!campaign)
            return campaign.error();
        auto nominees = NomineeStore(m_db).loadAll(campaign->id);
        if (!nominees)
            return nominees.error();
        const auto it
            = std::find_if(nominees->cbegin(), nominees->cend(), [id](const Nominee &n) { return n.id == id; });
        if (it == nominees->cend())
            return Error::validation(
                Tr::tr("Mã %1: không có người được đề nghị này trong đợt biểu dương đang dùng.").arg(id));
        Nominee n = *it;
        if (why.isEmpty())
            return Error::validation(
                Tr::tr("%1 (mã %2): hãy ghi lý do xem xét (vì sao vẫn đề nghị duyệt).").arg(n.fullName).arg(id));
        const DuplicateIndex duplicates(*nominees);
        const QList<Finding> findings = RulesEngine(*campaign).check(n, duplicates, today);
        QStringList errors, codes;
        for (const Finding &f : findings) {
            if (f.severity == Severity::Error)
                errors.append(f.message);
            else if (!codes.contains(f.code))
                codes.append(f.code);
        }
        if (!errors.isEmpty())
            return Error::validation(Tr::tr("%1 (mã %2) không đủ điều kiện, không xem xét được: %3")
                                         .arg(n.fullName, QString::number(id), errors.join(QStringLiteral("; "))));
        if (codes.isEmpty())
            return Error::validation(
                Tr::tr("%1 (mã %2) đã đủ điều kiện, không có cảnh báo nào cần xem xét.").arg(n.fullName).arg(id));
        codes.sort();
        n.review.by = m_db.userName();
        n.review.at = QDateTime::currentDateTimeUtc();
        n.review.at.setTime(QTime(n.review.at.time().hour(), n.review.at.time().minute(), n.review.at.time().second()));
        n.review.note = why;
        n.review.codes = codes;
        n.review.key = reviewKey(n, codes);
        if (auto w = NomineeStore(m_db).setReview(n.id, n.review); !w)
            return w;
        saved = n;
        return AuditLog(m_db).record(QStringLiteral("nominee.review"), QStringLiteral("nominee"), id,
                                     QStringLiteral("%1: %2 — %3").arg(n.fullName, codes.join(QLatin1Char(',')), why));
    });
    if (!st)
        return st.error();
    return saved;
}

Result<Nominee> ReviewService::unreview(qint64 id)
{
    Nominee saved;
    Status st = m_db.transaction([&]() -> Status {
        auto n = NomineeStore(m_db).load(id);
        if (!n)
            return n.error();
        if (!n->review.isSet())
            return Error::validation(
                Tr::tr("%1 (mã %2) chưa được xem xét, không có gì để bỏ.").arg(n->fullName).arg(id));
        if (n->approved)
            return Error::validation(
                Tr::tr("%1 (mã %2) đã được duyệt; hãy bỏ duyệt trước rồi mới bỏ xem xét.").arg(n->fullName).arg(id));
        n->review = NomineeReview();
        if (auto w = NomineeStore(m_db).setReview(id, n->review); !w)
            return w;
        saved = *n;
        return AuditLog(m_db).record(QStringLiteral("nominee.unreview"), QStringLiteral("nominee"), id, n->fullName);
    });
    if (!st)
        return st.error();
    return saved;
}

} // namespace vd
