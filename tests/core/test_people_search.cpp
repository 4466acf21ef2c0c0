// PersonStore::search(): people of every campaign by name (accents, case,
// NFC/NFD, đ) or CCCD digits (docs/history.md, "Search across campaigns").
#include "testsupport.h"

#include "campaignstore.h"
#include "people.h"

#include <catch2/catch.hpp>

using namespace vd;
using namespace vd::test;

namespace {

QStringList namesFound(Database &db, const QString &text, int limit = 200, bool *truncated = nullptr)
{
    auto hits = PersonStore(db).search(text, limit, truncated);
    REQUIRE(hits.ok());
    QStringList names;
    for (const PersonSearchHit &h : std::as_const(*hits))
        names << h.person.fullName;
    return names;
}

} // namespace

TEST_CASE("people are found across campaigns by any spelling of the name or by CCCD digits", "[people][search]")
{
    TempDir dir;
    auto db = openDatabase(dir.file(QStringLiteral("search.sqlite")));
    const Campaign seed = *CampaignStore(*db).loadActive();
    auto next = CampaignStore(*db).copyForYear(seed.id, seed.year + 1);
    REQUIRE(next.ok());
    const Campaign later = *CampaignStore(*db).load(*next);

    auto add = [&](const Campaign &c, const QString &name, const QDate &birth, const QString &cccd, bool approved) {
        Nominee n = eligibleNominee(*db, QStringLiteral("MN"), name);
        n.campaignId = c.id;
        n.blocId = c.blocByCode(QStringLiteral("MN"))->id;
        n.meritYear = c.criteria.meritYear;
        n.birthDate = birth;
        n.citizenId = cccd;
        n.approved = approved;
        return insertNominee(*db, n);
    };
    add(seed, QStringLiteral("Nguyễn Thị Hòa"), QDate(1985, 3, 12), QStringLiteral("031185001234"), true);
    add(later, QStringLiteral("NGUYỄN THỊ HÒA"), QDate(1985, 3, 12), QStringLiteral("031185001234"), false);
    add(later, QStringLiteral("Lê Văn Hoà"), QDate(1979, 1, 2), QString(), false);
    add(seed, QStringLiteral("Trần Đức Anh"), QDate(1990, 6, 1), QString(), false);
    add(seed, QStringLiteral("Phạm 50% Thử"), QDate(1991, 6, 1), QString(), false);

    struct Case
    {
        const char *query;
        QStringList expected; // in Vietnamese name order
    };
    const Case cases[] = {
        { "hoa", { QStringLiteral("Lê Văn Hoà"), QStringLiteral("Nguyễn Thị Hòa") } },
        { "nguyen thi hoa", { QStringLiteral("Nguyễn Thị Hòa") } },
        { "NGUYỄN THỊ HÒA", { QStringLiteral("Nguyễn Thị Hòa") } },
        { "Ho\xcc\x80"
          "a",
          { QStringLiteral("Lê Văn Hoà"), QStringLiteral("Nguyễn Thị Hòa") } }, // NFD
        { "duc", { QStringLiteral("Trần Đức Anh") } }, // đ = d
        { "đức anh", { QStringLiteral("Trần Đức Anh") } },
        { "1234", { QStringLiteral("Nguyễn Thị Hòa") } }, // CCCD digits
        { "50%", { QStringLiteral("Phạm 50% Thử") } }, // % is a character, not a wildcard
        { "5_%", {} },
        { "  ", {} },
        { "xyz", {} },
    };
    for (const Case &c : cases) {
        INFO(c.query);
        CHECK(namesFound(*db, QString::fromUtf8(c.query)) == c.expected);
    }

    // One person in two campaigns: one hit with both years and the approval.
    auto hits = PersonStore(*db).search(QStringLiteral("nguyen thi hoa"));
    REQUIRE(hits.ok());
    REQUIRE(hits->size() == 1);
    CHECK(hits->first().nominations == 2);
    CHECK(hits->first().approved == 1);
    CHECK(hits->first().firstYear == seed.year);
    CHECK(hits->first().lastYear == seed.year + 1);

    bool truncated = false;
    CHECK(namesFound(*db, QStringLiteral("a"), 2, &truncated).size() == 2);
    CHECK(truncated);
    namesFound(*db, QStringLiteral("a"), 200, &truncated);
    CHECK_FALSE(truncated);
}
