#include "movementstats.h"

#include "campaignstore.h"
#include "nomineestore.h"
#include "textfold.h"

#include <QCollator>
#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>

namespace vd {

namespace {

// This file's translations, lupdate context "vd::MovementStats".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vd::MovementStats)
};

void count(StatsRow &row, const Nominee &n)
{
    ++row.nominees;
    if (n.approved)
        ++row.honorees;
}

} // namespace

bool isWorker(const Nominee &nominee)
{
    const QStringList words = foldedWords(nominee.position);
    return containsPhrase(words, foldedWords(QStringLiteral("công nhân")))
           || containsPhrase(words, foldedWords(QStringLiteral("lao động trực tiếp")));
}

MovementStats computeMovementStats(const Campaign &campaign, const QList<Nominee> &nominees)
{
    MovementStats s;
    s.campaign = campaign;
    for (const Bloc &b : campaign.blocs)
        s.byBloc.append({ b.code, b.name, 0, 0 });
    StatsRow unknownBloc { QString(), Tr::tr("Chưa rõ khối"), 0, 0 };
    StatsRow female { QStringLiteral("F"), Tr::tr("Nữ"), 0, 0 };
    StatsRow male { QStringLiteral("M"), Tr::tr("Nam"), 0, 0 };
    StatsRow unknownGender { QString(), Tr::tr("Chưa rõ"), 0, 0 };
    StatsRow workers { QStringLiteral("worker"), Tr::tr("Công nhân lao động"), 0, 0 };
    StatsRow staff { QStringLiteral("staff"), Tr::tr("Cán bộ, viên chức, quản lý"), 0, 0 };
    StatsRow ldg { categoryCode(Category::Ldg), categoryName(Category::Ldg), 0, 0 };
    StatsRow ldst { categoryCode(Category::Ldst), categoryName(Category::Ldst), 0, 0 };
    QHash<QString, int> unitIndex;

    for (const Nominee &n : nominees) {
        ++s.nominees;
        if (n.approved)
            ++s.honorees;
        if (!n.initiative.trimmed().isEmpty()) {
            ++s.initiatives;
            if (n.approved)
                ++s.honoreeInitiatives;
        }
        qsizetype b = -1;
        for (qsizetype i = 0; i < campaign.blocs.size() && b < 0; ++i) {
            if (campaign.blocs.at(i).id == n.blocId)
                b = i;
        }
        count(b >= 0 ? s.byBloc[b] : unknownBloc, n);
        count(n.gender == Gender::Female ? female : n.gender == Gender::Male ? male : unknownGender, n);
        count(isWorker(n) ? workers : staff, n);
        count(n.category == Category::Ldst ? ldst : ldg, n);
        const QString unit = n.unitName.isEmpty() ? Tr::tr("Chưa rõ đơn vị") : n.unitName;
        auto it = unitIndex.constFind(unit);
        if (it == unitIndex.cend()) {
            it = unitIndex.insert(unit, int(s.byUnit.size()));
            s.byUnit.append({ unit, unit, 0, 0 });
        }
        count(s.byUnit[*it], n);
    }
    if (unknownBloc.nominees > 0)
        s.byBloc.append(unknownBloc);
    s.byGender = { female, male };
    if (unknownGender.nominees > 0)
        s.byGender.append(unknownGender);
    s.byWorker = { workers, staff };
    s.byCategory = { ldg, ldst };
    QCollator collator(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    std::stable_sort(s.byUnit.begin(), s.byUnit.end(), [&](const StatsRow &a, const StatsRow &b) {
        if (a.honorees != b.honorees)
            return a.honorees > b.honorees;
        if (a.nominees != b.nominees)
            return a.nominees > b.nominees;
        return collator.compare(a.label, b.label) < 0;
    });
    return s;
}

Result<MovementStats> loadMovementStats(Database &db)
{
    auto campaign = CampaignStore(db).loadActive();
    if (!campaign)
        return campaign.error();
    auto nominees = NomineeStore(db).loadAll(campaign->id);
    if (!nominees)
        return nominees.error();
    return computeMovementStats(*campaign, *nominees);
}

} // namespace vd
