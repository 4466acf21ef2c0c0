// Pure (no database) fixtures for the rules tests: the built-in campaign with
// bloc ids 1..6 and a nominee that passes every rule.
#pragma once

#include "domain.h"
#include "rules.h"
#include "seedcampaign.h"

#include <QSet>

namespace vd::test {

inline Campaign pureCampaign()
{
    Campaign c = builtInCampaign();
    c.id = 1;
    qint64 id = 1;
    for (Bloc &b : c.blocs) {
        b.id = id++;
        b.campaignId = c.id;
    }
    return c;
}

inline Nominee pureNominee(const Campaign &c, const QString &blocCode, const QString &name, qint64 id = 1)
{
    const Bloc *bloc = c.blocByCode(blocCode);
    Nominee n;
    n.id = id;
    n.campaignId = c.id;
    n.fullName = name;
    n.gender = Gender::Female;
    n.birthDate = QDate(1985, 3, 12).addDays(id);
    n.position = bloc && bloc->sector == Sector::Sxkd ? QStringLiteral("Công nhân") : QStringLiteral("Giáo viên");
    n.unitName = QStringLiteral("Đơn vị %1").arg(id);
    n.unitId = id;
    n.blocId = bloc ? bloc->id : 0;
    n.unionMember = true;
    n.emulationTitle = QStringLiteral("Chiến sĩ thi đua cơ sở");
    n.initiative = QStringLiteral("Đổi mới phương pháp dạy học");
    n.initiativeDecision = QStringLiteral("Quyết định số 12/QĐ-PGD ngày 15/5/2023");
    n.meritAward = QStringLiteral("Giấy khen của Giám đốc Công ty");
    n.meritYear = c.criteria.meritYear;
    n.receivedDate = QDate(2024, 7, 5);
    n.endorsed = true;
    n.documents = c.requiredDocumentCodes();
    n.copies = 2;
    n.softCopy = true;
    return n;
}

inline QSet<QString> codesOf(const QList<Finding> &findings)
{
    QSet<QString> out;
    for (const Finding &f : findings)
        out.insert(f.code);
    return out;
}

inline QString joinCodes(const QSet<QString> &codes)
{
    QStringList l(codes.begin(), codes.end());
    l.sort();
    return l.join(QLatin1Char(','));
}

// Findings of one nominee checked alone (no other nominees).
inline QList<Finding> checkAlone(const Campaign &c, const Nominee &n, const QDate &today = QDate(2024, 7, 10))
{
    const DuplicateIndex index(QList<Nominee> { n });
    return RulesEngine(c).check(n, index, today);
}

} // namespace vd::test
