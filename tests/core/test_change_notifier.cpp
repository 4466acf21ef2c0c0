// Live refresh: a client hears when another client commits a change, and not
// of its own changes.
#include "backends.h"
#include "campaignstore.h"
#include "changenotifier.h"
#include "database.h"
#include "settingsstore.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>

using namespace vd;
using namespace vd::test;

TEST_CASE("ChangeNotifier reports another client's commit on both back-ends", "[storage][notify][pg]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(backendName(backend));
    FreshLocation where(backend);
    VD_REQUIRE_BACKEND(where);
    auto mine = Database::open(where.location());
    REQUIRE(mine.ok());
    auto theirs = (*mine)->openAnother();
    REQUIRE(theirs.ok());

    ChangeNotifier notifier(**mine, 20);
    CHECK(notifier.isLive());
    QSignalSpy spy(&notifier, &ChangeNotifier::changed);

    // Our own write is not news.
    REQUIRE(SettingsStore(**mine).setValue(QStringLiteral("a"), QStringLiteral("1")).ok());
    CHECK_FALSE(spy.wait(400));

    // Another client's is.
    REQUIRE(SettingsStore(**theirs).setValue(QStringLiteral("b"), QStringLiteral("2")).ok());
    REQUIRE(spy.wait(5000));
    CHECK(spy.count() == 1);
}
