// The movement report's figures (movementstats.h).
#include "../docs/doctesttools.h"

#include "movementstats.h"
#include "seedcampaign.h"

#include <catch2/catch.hpp>

using namespace vd;
using namespace vd::test;

namespace {

Nominee nominee(const Campaign &c, const QString &bloc, const QString &unit, Gender gender, const QString &position,
                Category category, bool approved, const QString &initiative = {})
{
    Nominee n;
    n.blocId = c.blocByCode(bloc)->id;
    n.unitName = unit;
    n.gender = gender;
    n.position = position;
    n.category = category;
    n.approved = approved;
    n.initiative = initiative;
    return n;
}

} // namespace

TEST_CASE("movement figures: by bloc, unit, gender, worker vs staff, category, initiatives", "[movementstats]")
{
    Campaign c = builtInCampaign();
    qint64 id = 0;
    for (Bloc &b : c.blocs)
        b.id = ++id;
    const QString dn = QStringLiteral("Công ty CP May An Dương");
    const QString mn = QStringLiteral("Trường Mầm non Hoa Sen");
    const QList<Nominee> nominees = {
        nominee(c, QStringLiteral("DN"), dn, Gender::Female, QStringLiteral("Công nhân may"), Category::Ldst, true,
                QStringLiteral("Cải tiến máy may")),
        nominee(c, QStringLiteral("DN"), dn, Gender::Male, QStringLiteral("CONG NHAN co khi"), Category::Ldg, false),
        nominee(c, QStringLiteral("DN"), dn, Gender::Male, QStringLiteral("Tổ trưởng"), Category::Ldg, true,
                QStringLiteral("Sắp xếp chuyền")),
        nominee(c, QStringLiteral("MN"), mn, Gender::Female, QStringLiteral("Giáo viên"), Category::Ldg, true),
        nominee(c, QStringLiteral("MN"), QStringLiteral("Trường Mầm non An Hòa"), Gender::Unknown,
                QStringLiteral("Nhân viên"), Category::Ldg, false),
    };
    const MovementStats s = computeMovementStats(c, nominees);
    CHECK(s.nominees == 5);
    CHECK(s.honorees == 3);
    CHECK(s.initiatives == 2);
    CHECK(s.honoreeInitiatives == 2);

    REQUIRE(s.byBloc.size() == c.blocs.size()); // every bloc, even without nominees
    CHECK(s.byBloc.first().key == QStringLiteral("MN"));
    CHECK(s.byBloc.first().nominees == 2);
    CHECK(s.byBloc.first().honorees == 1);
    CHECK(s.byBloc.last().key == QStringLiteral("DN"));
    CHECK(s.byBloc.last().nominees == 3);
    CHECK(s.byBloc.last().honorees == 2);

    REQUIRE(s.byUnit.size() == 3);
    CHECK(s.byUnit.at(0).label == dn); // most honorees first
    CHECK(s.byUnit.at(1).label == mn);
    CHECK(s.byUnit.at(2).honorees == 0);

    REQUIRE(s.byGender.size() == 3);
    CHECK(s.byGender.at(0).key == QStringLiteral("F"));
    CHECK(s.byGender.at(0).nominees == 2);
    CHECK(s.byGender.at(0).honorees == 2);
    CHECK(s.byGender.at(2).nominees == 1); // unknown, shown because there is one

    // "Công nhân" in any case and without diacritics; a team leader is staff.
    REQUIRE(s.byWorker.size() == 2);
    CHECK(s.byWorker.at(0).nominees == 2);
    CHECK(s.byWorker.at(0).honorees == 1);
    CHECK(s.byWorker.at(1).nominees == 3);

    REQUIRE(s.byCategory.size() == 2);
    CHECK(s.byCategory.at(0).nominees == 4);
    CHECK(s.byCategory.at(1).honorees == 1);

    const MovementStats empty = computeMovementStats(c, {});
    CHECK(empty.byGender.size() == 2);
    CHECK(empty.byUnit.isEmpty());
}
