#include "autobackup.h"
#include "campaignstore.h"
#include "nomineestore.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace vd;
using namespace vd::test;

TEST_CASE("the daily backup is written once a day and only the newest N are kept", "[backup]")
{
    TempDir dir;
    auto db = openDatabase(dir.file(QStringLiteral("office.sqlite")));
    insertNominee(*db, eligibleNominee(*db, QStringLiteral("MN"), QStringLiteral("Vũ Thị Hạnh")));

    auto first = AutoBackup::runDaily(*db, QDate(2024, 7, 1), 3);
    REQUIRE(first.ok());
    CHECK(first->endsWith(QStringLiteral("office-20240701.sqlite")));
    auto again = AutoBackup::runDaily(*db, QDate(2024, 7, 1), 3);
    REQUIRE(again.ok());
    CHECK(again->isEmpty());

    for (int day = 2; day <= 6; ++day)
        REQUIRE(AutoBackup::runDaily(*db, QDate(2024, 7, day), 3).ok());
    const QStringList kept = AutoBackup::existing(db->location());
    REQUIRE(kept.size() == 3);
    CHECK(kept.first().endsWith(QStringLiteral("office-20240704.sqlite")));
    CHECK(kept.last().endsWith(QStringLiteral("office-20240706.sqlite")));

    // A backup restores: it opens and holds the nominee.
    auto restored = openDatabase(kept.last());
    auto c = CampaignStore(*restored).loadActive();
    REQUIRE(c.ok());
    CHECK(NomineeStore(*restored).count(c->id).value() == 1);
    CHECK((QFile::permissions(kept.last()) & (QFile::ReadGroup | QFile::ReadOther)) == 0);
}
