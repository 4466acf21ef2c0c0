#include "approvalservice.h"

#include "campaignstore.h"
#include "database.h"
#include "nomineestore.h"
#include "review.h"

#include <QCoreApplication>
#include <QSet>

namespace vd {

namespace {

// This file's translations, lupdate context "vd::ApprovalService".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vd::ApprovalService)
};

} // namespace

namespace {

QList<qint64> unique(const QList<qint64> &ids)
{
    QList<qint64> out;
    QSet<qint64> seen;
    for (qint64 id : ids) {
        if (!seen.contains(id)) {
            seen.insert(id);
            out.append(id);
        }
    }
    return out;
}

// Everything approval needs, read inside the write transaction.
struct Snapshot
{
    Campaign campaign;
    QList<Nominee> nominees;
    QHash<qint64, int> indexById;
};

Result<Snapshot> loadSnapshot(Database &db)
{
    // An approval may change many rows: the file must be sound first (checked
    // under the write lock, so what was checked is what is written on).
    if (auto sound = db.checkIntegrity(); !sound)
        return sound.error();
    Snapshot s;
    auto campaign = CampaignStore(db).loadActive();
    if (!campaign)
        return campaign.error();
    s.campaign = std::move(campaign.value());
    // Concurrent approvals of this campaign take turns from here on (PostgreSQL:
    // advisory lock; SQLite: BEGIN IMMEDIATE already did it), so the counts
    // read below include every approval committed before ours.
    if (auto st = db.lockForApproval(s.campaign.id); !st)
        return st.error();
    auto nominees = NomineeStore(db).loadAll(s.campaign.id);
    if (!nominees)
        return nominees.error();
    s.nominees = std::move(nominees.value());
    s.indexById.reserve(s.nominees.size());
    for (int i = 0; i < s.nominees.size(); ++i)
        s.indexById.insert(s.nominees.at(i).id, i);
    return s;
}

// Writes the approval flag of summary.changed and fills the summary from the
// snapshot as it is after the change (inside the caller's transaction).
Status applyChange(Database &db, Snapshot &s, const QList<qint64> &ids, bool approved, ApprovalSummary &summary)
{
    if (!summary.changed.isEmpty()) {
        if (auto w = NomineeStore(db).setApproved(summary.changed, approved); !w)
            return w;
    }
    for (qint64 id : std::as_const(summary.changed))
        s.nominees[s.indexById.value(id)].approved = approved;
    for (qint64 id : ids)
        summary.nominees.insert(id, s.nominees.at(s.indexById.value(id)));
    summary.blocs = tallyBlocs(s.campaign, s.nominees, {});
    return {};
}

QString unknownLine(qint64 id)
{
    return Tr::tr("Mã %1: không có người được đề nghị này trong đợt biểu dương đang dùng.").arg(id);
}

} // namespace

Status ApprovalService::approve(const QList<qint64> &ids, const QDate &today)
{
    auto r = approveWithSummary(ids, today);
    return r ? Status() : Status(r.error());
}

Status ApprovalService::unapprove(const QList<qint64> &ids)
{
    auto r = unapproveWithSummary(ids);
    return r ? Status() : Status(r.error());
}

Result<ApprovalSummary> ApprovalService::approveWithSummary(const QList<qint64> &requested, const QDate &today)
{
    ApprovalSummary summary;
    const QList<qint64> ids = unique(requested);
    Status st = m_db.transaction([&]() -> Status {
        auto snapshot = loadSnapshot(m_db);
        if (!snapshot)
            return snapshot.error();
        Snapshot &s = *snapshot;
        // Duplicates are looked up in the whole campaign; only the requested
        // nominees are evaluated.
        const RulesEngine engine(s.campaign);
        const DuplicateIndex duplicates(s.nominees);

        QStringList problems;
        QHash<qint64, int> addedPerBloc;
        for (qint64 id : ids) {
            const auto it = s.indexById.constFind(id);
            if (it == s.indexById.cend()) {
                problems.append(unknownLine(id));
                continue;
            }
            const Nominee &n = s.nominees.at(it.value());
            if (n.approved) {
                summary.unchanged.append(id);
                continue;
            }
            const QList<Finding> findings = engine.check(n, duplicates, today);
            const Verdict v = verdictOf(findings, n);
            if (v != Verdict::Eligible) {
                // What is wrong in words, not rule codes; a warning-only
                // nominee is told how to get past it.
                QStringList messages;
                for (const Finding &f : findings)
                    messages.append(f.message);
                QString line = Tr::tr("%1 (mã %2, %3): %4 — %5")
                                   .arg(n.fullName, QString::number(id), n.unitName, verdictName(v),
                                        messages.join(QStringLiteral("; ")));
                if (v == Verdict::Review)
                    line += QLatin1Char(' ') + Tr::tr("(ghi “đã xem xét” kèm lý do thì mới duyệt được)");
                problems.append(line);
                continue;
            }
            summary.changed.append(id);
            addedPerBloc[n.blocId] += 1;
        }

        const QList<BlocTally> before = tallyBlocs(s.campaign, s.nominees, {});
        for (const BlocTally &t : before) {
            const int added = addedPerBloc.value(t.blocId);
            if (added > 0 && t.approved + added > t.quota) {
                problems.append(Tr::tr("Khối %1: chỉ tiêu %2, đã duyệt %3, đề nghị thêm %4")
                                    .arg(t.name)
                                    .arg(t.quota)
                                    .arg(t.approved)
                                    .arg(added));
            }
        }
        if (!problems.isEmpty()) {
            return Error::validation(Tr::tr("Không duyệt được (không có gì thay đổi):"), problems);
        }
        return applyChange(m_db, s, ids, true, summary);
    });
    if (!st)
        return st.error();
    return summary;
}

Result<ApprovalSummary> ApprovalService::unapproveWithSummary(const QList<qint64> &requested)
{
    ApprovalSummary summary;
    const QList<qint64> ids = unique(requested);
    Status st = m_db.transaction([&]() -> Status {
        auto snapshot = loadSnapshot(m_db);
        if (!snapshot)
            return snapshot.error();
        Snapshot &s = *snapshot;
        QStringList problems;
        for (qint64 id : ids) {
            const auto it = s.indexById.constFind(id);
            if (it == s.indexById.cend())
                problems.append(unknownLine(id));
            else if (s.nominees.at(it.value()).approved)
                summary.changed.append(id);
            else
                summary.unchanged.append(id);
        }
        if (!problems.isEmpty())
            return Error::validation(Tr::tr("Không bỏ duyệt được (không có gì thay đổi):"), problems);
        return applyChange(m_db, s, ids, false, summary);
    });
    if (!st)
        return st.error();
    return summary;
}

} // namespace vd
