#include "approvalguard.h"

#include "auditlog.h"
#include "campaignstore.h"
#include "database.h"
#include "nomineestore.h"
#include "rules.h"
#include "textfold.h"

#include <QCoreApplication>
#include <QHash>

namespace vd {

namespace {

// This file's translations, lupdate context "vd::ApprovalGuard".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vd::ApprovalGuard)
};

// Ids of the other nominees of the campaign that may duplicate `n` (same CCCD,
// or same folded name: DuplicateIndex decides with the birth date).
Result<QList<qint64>> possibleDuplicates(Database &db, qint64 campaignId, const Nominee &n)
{
    const QString what = Tr::tr("tìm hồ sơ trùng");
    auto q = db.run(QStringLiteral("SELECT id FROM nominee WHERE campaign_id = ? AND id <> ? AND "
                                   "((citizen_id <> '' AND citizen_id = ?) OR name_key = ?)"),
                    { campaignId, n.id, n.citizenId.trimmed(), foldText(n.fullName) }, what);
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q->next())
        ids.append(q->value(0).toLongLong());
    if (auto st = db.endOfRows(*q, what); !st)
        return st.error();
    return ids;
}

} // namespace

Result<QList<qint64>> guardApprovals(Database &db, qint64 campaignId, const ApprovalChange &change, const QDate &today,
                                     BrokenApprovals policy)
{
    if (change.nominees.isEmpty())
        return QList<qint64>();
    const QDate day = today.isValid() ? today : QDate::currentDate();
    NomineeStore store(db);
    // As they are now, inside the transaction: the change included.
    auto approved = store.loadApproved(campaignId);
    if (!approved)
        return approved.error();
    if (approved->isEmpty())
        return QList<qint64>();

    QSet<qint64> changedIds;
    for (const Nominee &n : change.nominees)
        changedIds.insert(n.id);
    // The approved nominees this change may break: changed ones, and those a
    // changed or new dossier now duplicates.
    QSet<qint64> affected;
    for (const Nominee &a : std::as_const(*approved)) {
        if (changedIds.contains(a.id))
            affected.insert(a.id);
    }
    {
        const DuplicateIndex approvedIndex(*approved);
        for (const Nominee &n : change.nominees) {
            for (const Nominee *d : approvedIndex.duplicatesOf(n))
                affected.insert(d->id);
        }
    }
    if (affected.isEmpty())
        return QList<qint64>();

    // Every dossier that may duplicate an affected one: the approved ones, the
    // changed ones, and for a changed approved one the campaign's candidates.
    QHash<qint64, Nominee> pool;
    for (const Nominee &a : std::as_const(*approved))
        pool.insert(a.id, a);
    for (const Nominee &n : change.nominees) {
        if (!pool.contains(n.id))
            pool.insert(n.id, n);
    }
    for (const Nominee &a : std::as_const(*approved)) {
        if (!changedIds.contains(a.id))
            continue;
        auto ids = possibleDuplicates(db, campaignId, a);
        if (!ids)
            return ids.error();
        for (qint64 id : std::as_const(*ids)) {
            if (pool.contains(id))
                continue;
            auto other = store.load(id);
            if (!other)
                return other.error();
            pool.insert(id, *other);
        }
    }
    auto campaign = CampaignStore(db).load(campaignId);
    if (!campaign)
        return campaign.error();
    const DuplicateIndex index(pool.values());
    const RulesEngine engine(*campaign);
    QHash<qint64, BlocTally> tallies;
    for (const BlocTally &t : tallyBlocs(*campaign, *approved, {}))
        tallies.insert(t.blocId, t);

    QList<qint64> broken;
    QStringList lines;
    for (const Nominee &a : std::as_const(*approved)) {
        if (!affected.contains(a.id))
            continue;
        QStringList reasons;
        const QList<Finding> findings = engine.check(a, index, day);
        if (verdictOf(findings) != Verdict::Eligible) {
            reasons.append(verdictName(verdictOf(findings)));
            for (const Finding &f : findings)
                reasons.append(f.message);
        }
        if (change.movedToAnotherBloc.contains(a.id)) {
            const BlocTally t = tallies.value(a.blocId);
            if (t.approved > t.quota) {
                reasons.append(
                    Tr::tr("khối %1 đã duyệt %2 người, vượt chỉ tiêu %3").arg(t.name).arg(t.approved).arg(t.quota));
            }
        }
        if (reasons.isEmpty())
            continue;
        broken.append(a.id);
        lines.append(Tr::tr("%1 (mã %2, %3): %4")
                         .arg(a.fullName, QString::number(a.id), a.unitName, reasons.join(QStringLiteral("; "))));
    }
    if (broken.isEmpty())
        return QList<qint64>();

    if (policy == BrokenApprovals::Refuse) {
        Error e
            = Error::validation(Tr::tr("Không lưu: thay đổi này làm %n người đã duyệt không còn đủ điều kiện duyệt. "
                                       "Hãy sửa lại, hoặc bỏ duyệt họ trước (hay xác nhận bỏ duyệt khi lưu).",
                                       nullptr, int(broken.size())),
                                lines);
        e.code = QLatin1String(kApprovalBrokenCode);
        return e;
    }
    if (auto st = store.setApproved(broken, false); !st)
        return st.error();
    for (int i = 0; i < broken.size(); ++i) {
        if (auto st = AuditLog(db).record(QStringLiteral("approval.withdraw"), QStringLiteral("nominee"), broken.at(i),
                                          lines.at(i));
            !st)
            return st.error();
    }
    return broken;
}

} // namespace vd
