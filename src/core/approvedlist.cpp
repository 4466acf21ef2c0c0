#include "approvedlist.h"

#include "campaignstore.h"
#include "nomineestore.h"
#include "textfold.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace vd {

namespace {

// This file's translations, lupdate context "vd::ApprovedList".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vd::ApprovedList)
};

} // namespace

int ApprovedList::count() const
{
    int n = 0;
    for (const ApprovedGroup &g : groups)
        n += g.nominees.size();
    return n;
}

QList<Nominee> ApprovedList::nominees() const
{
    QList<Nominee> all;
    for (const ApprovedGroup &g : groups)
        all += g.nominees;
    return all;
}

QString ApprovedList::blocName(const Nominee &nominee) const
{
    const Bloc *bloc = campaign.blocById(nominee.blocId);
    return bloc ? bloc->name : QString();
}

ApprovedList ApprovedList::restrictedTo(const QList<qint64> &ids) const
{
    const QSet<qint64> wanted(ids.cbegin(), ids.cend());
    ApprovedList out;
    out.campaign = campaign;
    for (const ApprovedGroup &g : groups) {
        ApprovedGroup kept;
        kept.bloc = g.bloc;
        for (const Nominee &n : g.nominees) {
            if (wanted.contains(n.id))
                kept.nominees.append(n);
        }
        if (!kept.nominees.isEmpty())
            out.groups.append(kept);
    }
    return out;
}

namespace {

ApprovedList group(const Campaign &campaign, const QList<Nominee> &nominees, bool approvedOnly)
{
    const VietnameseCollator collator;
    struct Keyed
    {
        VietnameseCollator::SortKey key;
        const Nominee *nominee;
    };
    ApprovedList list;
    list.campaign = campaign;

    QList<Bloc> blocs = campaign.blocs;
    std::stable_sort(blocs.begin(), blocs.end(),
                     [](const Bloc &a, const Bloc &b) { return a.displayOrder < b.displayOrder; });
    QSet<qint64> known;
    for (const Bloc &b : std::as_const(blocs))
        known.insert(b.id);
    // Nominees whose bloc is not in the campaign are not dropped: they come last.
    Bloc unknown;
    blocs.append(unknown);

    for (const Bloc &bloc : std::as_const(blocs)) {
        QList<Keyed> keyed;
        for (const Nominee &n : nominees) {
            if (approvedOnly && !n.approved)
                continue;
            const bool inGroup = bloc.id != 0 ? n.blocId == bloc.id : !known.contains(n.blocId);
            if (inGroup)
                keyed.append({ collator.nameSortKey(n.fullName), &n });
        }
        if (keyed.isEmpty())
            continue;
        std::stable_sort(keyed.begin(), keyed.end(), [](const Keyed &a, const Keyed &b) { return a.key < b.key; });
        ApprovedGroup group;
        group.bloc = bloc;
        for (const Keyed &k : std::as_const(keyed))
            group.nominees.append(*k.nominee);
        list.groups.append(group);
    }
    return list;
}

} // namespace

ApprovedList buildApprovedList(const Campaign &campaign, const QList<Nominee> &nominees)
{
    return group(campaign, nominees, true);
}

ApprovedList groupNominees(const Campaign &campaign, const QList<Nominee> &nominees)
{
    return group(campaign, nominees, false);
}

Result<ApprovedList> loadApprovedList(Database &db, bool requireAny)
{
    auto campaign = CampaignStore(db).loadActive();
    if (!campaign)
        return campaign.error();
    auto nominees = NomineeStore(db).loadApproved(campaign->id);
    if (!nominees)
        return nominees.error();
    ApprovedList list = buildApprovedList(*campaign, *nominees);
    if (requireAny && list.count() == 0) {
        return Error::validation(
            Tr::tr("Chưa có người nào được duyệt biểu dương trong đợt \"%1\": hãy duyệt danh sách trước.")
                .arg(campaign->name));
    }
    return list;
}

} // namespace vd
