#include "campaignstore.h"
#include "nomineestore.h"
#include "privacy.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace vd;
using namespace vd::test;

TEST_CASE("CCCD masking shows the last four digits only", "[privacy]")
{
    CHECK(maskCitizenId(QStringLiteral("031185001234")) == QStringLiteral("********1234"));
    CHECK(maskCitizenId(QString()).isEmpty());
    CHECK(maskCitizenId(QStringLiteral("123")) == QStringLiteral("123"));
}

TEST_CASE("purging a closed campaign really removes its personal data from the file", "[privacy]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("p.sqlite"));
    auto db = openDatabase(path);
    Nominee n = eligibleNominee(*db, QStringLiteral("MN"), QStringLiteral("Quách Thị Riêngtư"));
    n.citizenId = QStringLiteral("031185009876");
    insertNominee(*db, n);
    CampaignStore store(*db);
    const qint64 old = store.loadActive()->id;

    // The active campaign is refused.
    auto refused = purgeCampaignPersonalData(*db, old);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Validation);

    auto next = store.copyForYear(old, 2024);
    REQUIRE(next.ok());
    REQUIRE(store.setActive(*next).ok());
    auto purged = purgeCampaignPersonalData(*db, old);
    REQUIRE(purged.ok());
    CHECK(*purged == 1);
    CHECK(NomineeStore(*db).count(old).value() == 0);
    db.reset();

    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    CHECK_FALSE(bytes.contains(QStringLiteral("Riêngtư").toUtf8()));
    CHECK_FALSE(bytes.contains("031185009876"));
}
