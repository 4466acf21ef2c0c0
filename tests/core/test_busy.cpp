#include "database.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

using namespace vd;
using namespace vd::test;

TEST_CASE("a writer blocked past the timeout gets a clear 'database busy' error and nothing changes",
          "[storage][concurrency]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("busy.sqlite"));
    auto holder = openDatabase(path);
    OpenOptions quick;
    quick.busyTimeoutMs = 200;
    auto other = Database::open(path, quick);
    INFO((other ? QString() : other.error().message).toStdString());
    REQUIRE(other.ok());

    // The holder keeps the write lock while the other connection tries to write.
    Status held = holder->transaction([&]() -> Status {
        auto blocked = (*other)->transaction([&]() -> Status { return {}; });
        REQUIRE_FALSE(blocked.ok());
        CHECK(blocked.error().kind == ErrorKind::Storage);
        CHECK(blocked.error().message.contains(QStringLiteral("đang bận")));
        return {};
    });
    REQUIRE(held.ok());
    // Once the lock is gone, the other connection writes normally.
    CHECK((*other)->transaction([&]() -> Status { return {}; }).ok());
}
