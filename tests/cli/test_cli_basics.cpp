#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace vd::test;

TEST_CASE("init creates the database with the built-in campaign, idempotently", "[cli]")
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("x.sqlite"));
    auto r = runCli({ QStringLiteral("--db"), db, QStringLiteral("init") });
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("chỉ tiêu 95")));
    r = runCli({ QStringLiteral("--db"), db, QStringLiteral("init") });
    CHECK(r.exitCode == 0);
}

TEST_CASE("list --json prints every nominee with its id", "[cli]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("x.sqlite"));
    {
        auto db = openDatabase(path);
        insertNominee(*db, eligibleNominee(*db, QStringLiteral("MN"), QStringLiteral("Nguyễn Thị Ánh")));
        insertNominee(*db, eligibleNominee(*db, QStringLiteral("DN"), QStringLiteral("Phạm Văn Nam"),
                                           QStringLiteral("Công ty CP May An Dương")));
    }
    auto r = runCli({ QStringLiteral("--db"), path, QStringLiteral("list"), QStringLiteral("--json") });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8());
    REQUIRE(doc.isObject());
    const QJsonArray nominees = doc.object().value(QStringLiteral("nominees")).toArray();
    REQUIRE(nominees.size() == 2);
    CHECK(nominees.at(0).toObject().value(QStringLiteral("id")).toInt() > 0);
    CHECK(nominees.at(0).toObject().value(QStringLiteral("full_name")).toString() == QStringLiteral("Nguyễn Thị Ánh"));
    CHECK(nominees.at(1).toObject().value(QStringLiteral("bloc")).toString() == QStringLiteral("DN"));

    r = runCli({ QStringLiteral("--db"), path, QStringLiteral("list") });
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("Phạm Văn Nam")));
}

TEST_CASE("usage errors exit 2", "[cli]")
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("x.sqlite"));
    struct Row
    {
        QStringList args;
    };
    const QList<Row> rows = {
        { {} },
        { { QStringLiteral("--db"), db, QStringLiteral("frobnicate") } },
        { { QStringLiteral("--db") } },
        { { QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("list") } },
        { { QStringLiteral("--db"), db, QStringLiteral("list"), QStringLiteral("--xml") } },
        { { QStringLiteral("--bogus"), QStringLiteral("list") } },
    };
    for (const Row &row : rows) {
        CAPTURE(row.args.join(QLatin1Char(' ')).toStdString());
        auto r = runCli(row.args);
        CHECK(r.exitCode == 2);
        CHECK_FALSE(r.err.isEmpty());
    }
    CHECK_FALSE(QFile::exists(db));
}

TEST_CASE("help and version exit 0 and English messages with lang en", "[cli]")
{
    auto help = runCli({ QStringLiteral("--help") });
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("Cách dùng")));
    auto version = runCli({ QStringLiteral("--version") });
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith(QStringLiteral("vinhdanh-cli ")));
    auto english = runCli({ QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help") });
    CHECK(english.exitCode == 0);
    CHECK(english.out.contains(QStringLiteral("Usage")));
}

TEST_CASE("bad database paths exit 3 and leave the file byte for byte", "[cli]")
{
    TempDir dir;
    const QString text = dir.file(QStringLiteral("notes.txt"));
    {
        QFile f(text);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("Đây không phải cơ sở dữ liệu\n");
    }
    const QString empty = dir.file(QStringLiteral("empty.sqlite"));
    {
        QFile f(empty);
        REQUIRE(f.open(QIODevice::WriteOnly));
    }
    for (const QString &path : { text, empty }) {
        CAPTURE(path.toStdString());
        const QByteArray before = fileHash(path);
        auto r = runCli({ QStringLiteral("--db"), path, QStringLiteral("list") });
        CHECK(r.exitCode == 3);
        CHECK_FALSE(r.err.isEmpty());
        CHECK(fileHash(path) == before);
    }
    auto missing
        = runCli({ QStringLiteral("--db"), dir.file(QStringLiteral("nope/x.sqlite")), QStringLiteral("init") });
    CHECK(missing.exitCode == 3);
    CHECK(missing.err.contains(QStringLiteral("không tồn tại")));
}
