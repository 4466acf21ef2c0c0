// vinhdanh-cli migrate and --db postgresql://... through the real program.
#include "backends.h"
#include "campaignstore.h"
#include "testsupport.h"
#include "transfer.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace vd;
using namespace vd::test;

TEST_CASE("migrate moves an SQLite file up to PostgreSQL and back with the same data", "[cli][transfer][pg]")
{
    FreshLocation server(Backend::Postgres);
    VD_REQUIRE_BACKEND(server);
    TempDir dir;
    const QString source = dir.file(QStringLiteral("source.sqlite"));
    {
        auto db = openDatabase(source);
        insertNominee(*db, eligibleNominee(*db, QStringLiteral("MN"), QStringLiteral("Nguyễn Thị Ánh")));
        insertNominee(*db, eligibleNominee(*db, QStringLiteral("DN"), QStringLiteral("Phạm Văn Nam"),
                                           QStringLiteral("Công ty TNHH Cơ khí An Dương")));
    }
    auto up = runCli(
        { QStringLiteral("migrate"), QStringLiteral("--from"), source, QStringLiteral("--to"), server.location() });
    INFO(up.err.toStdString());
    REQUIRE(up.exitCode == 0);
    CHECK(up.out.contains(QStringLiteral("nominee: 2 dòng")));
    CHECK(up.out.contains(QStringLiteral("khớp với nguồn")));

    auto list = runCli({ QStringLiteral("--db"), server.location(), QStringLiteral("list") });
    REQUIRE(list.exitCode == 0);
    CHECK(list.out.contains(QStringLiteral("Nguyễn Thị Ánh")));
    CHECK(list.out.contains(QStringLiteral("Phạm Văn Nam")));

    // Into a database that already has the data: refused, exit 3.
    auto twice = runCli(
        { QStringLiteral("migrate"), QStringLiteral("--from"), source, QStringLiteral("--to"), server.location() });
    CHECK(twice.exitCode == 3);
    CHECK(twice.err.contains(QStringLiteral("đã có dữ liệu")));

    const QString back = dir.file(QStringLiteral("back.sqlite"));
    auto down = runCli(
        { QStringLiteral("migrate"), QStringLiteral("--from"), server.location(), QStringLiteral("--to"), back });
    INFO(down.err.toStdString());
    REQUIRE(down.exitCode == 0);
    auto a = openDatabase(source);
    auto b = openDatabase(back);
    for (const QString &table : transferTables()) {
        INFO(table.toStdString());
        CHECK(summarizeTable(*a, table)->checksum == summarizeTable(*b, table)->checksum);
    }
}

TEST_CASE("migrate refuses what it cannot do with the right exit code", "[cli][transfer]")
{
    TempDir dir;
    const QString missing = dir.file(QStringLiteral("missing.sqlite"));
    const QString existing = dir.file(QStringLiteral("existing.sqlite"));
    openDatabase(existing);

    auto noSource = runCli({ QStringLiteral("migrate"), QStringLiteral("--from"), missing, QStringLiteral("--to"),
                             dir.file(QStringLiteral("out.sqlite")) });
    CHECK(noSource.exitCode == 3);
    CHECK_FALSE(QFile::exists(missing)); // a missing source is never created
    CHECK_FALSE(QFile::exists(dir.file(QStringLiteral("out.sqlite"))));

    auto targetExists
        = runCli({ QStringLiteral("migrate"), QStringLiteral("--from"), existing, QStringLiteral("--to"), existing });
    CHECK(targetExists.exitCode == 3);

    auto noTarget = runCli({ QStringLiteral("migrate"), QStringLiteral("--from"), existing });
    CHECK(noTarget.exitCode == 2);
    auto password = runCli({ QStringLiteral("migrate"), QStringLiteral("--from"), existing, QStringLiteral("--to"),
                             QStringLiteral("postgresql://u:secret@127.0.0.1/db") });
    CHECK(password.exitCode == 2);
    CHECK(password.err.contains(QStringLiteral(".pgpass")));
    auto refused
        = runCli({ QStringLiteral("--db"), QStringLiteral("postgresql://u@127.0.0.1:1/db"), QStringLiteral("list") });
    CHECK(refused.exitCode == 3);
    CHECK(refused.err.contains(QStringLiteral("Không kết nối được máy chủ PostgreSQL")));
}
