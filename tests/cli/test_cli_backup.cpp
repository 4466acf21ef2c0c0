#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace vd::test;

TEST_CASE("backup -o writes a copy that opens with the same nominees", "[cli][backup]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("live.sqlite"));
    {
        auto db = openDatabase(path);
        insertNominee(*db, eligibleNominee(*db, QStringLiteral("XA"), QStringLiteral("Hoàng Văn Thái"),
                                           QStringLiteral("UBND xã An Hồng")));
    }
    const QString copy = dir.file(QStringLiteral("copy.sqlite"));
    auto r = runCli({ QStringLiteral("--db"), path, QStringLiteral("backup"), QStringLiteral("-o"), copy });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    auto list = runCli({ QStringLiteral("--db"), copy, QStringLiteral("list") });
    CHECK(list.exitCode == 0);
    CHECK(list.out.contains(QStringLiteral("Hoàng Văn Thái")));

    // Never overwrites an existing file; a missing folder is a file error.
    r = runCli({ QStringLiteral("--db"), path, QStringLiteral("backup"), QStringLiteral("-o"), copy });
    CHECK(r.exitCode == 3);
    r = runCli({ QStringLiteral("--db"), path, QStringLiteral("backup"), QStringLiteral("-o"),
                 dir.file(QStringLiteral("missing/dir/x.sqlite")) });
    CHECK(r.exitCode == 3);
    r = runCli({ QStringLiteral("--db"), path, QStringLiteral("backup") });
    CHECK(r.exitCode == 2);
}

TEST_CASE("audit --json shows who changed what", "[cli][audit]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("a.sqlite"));
    {
        auto db = openDatabase(path);
        insertNominee(*db, eligibleNominee(*db, QStringLiteral("MN"), QStringLiteral("Mai Thị Nhật")));
    }
    auto r = runCli({ QStringLiteral("--db"), path, QStringLiteral("audit"), QStringLiteral("--json") });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("nominee.create")));
    CHECK(r.out.contains(QStringLiteral("Mai Thị Nhật")));
    r = runCli({ QStringLiteral("--db"), path, QStringLiteral("purge-campaign"), QStringLiteral("1") });
    CHECK(r.exitCode == 2);
    r = runCli({ QStringLiteral("--db"), path, QStringLiteral("purge-campaign"), QStringLiteral("1"),
                 QStringLiteral("--yes") });
    CHECK(r.exitCode == 1); // the active campaign is refused
}
