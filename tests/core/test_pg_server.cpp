// PostgreSQL-only behaviour of Database: addresses, refusals (not VinhDanh's,
// newer schema, no server), migrations under the advisory lock.
#include "backends.h"
#include "campaignstore.h"
#include "database.h"
#include "schema.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSqlQuery>
#include <QUrl>

#include <thread>

using namespace vd;
using namespace vd::test;

namespace {

QString failureText(const Error &e) { return e.message + QLatin1Char(' ') + e.details.join(QLatin1Char(' ')); }

} // namespace

TEST_CASE("server addresses that cannot be used are usage errors", "[storage][pg]")
{
    CHECK(Database::isServerLocation(QStringLiteral("postgresql://u@h:5432/db")));
    CHECK(Database::isServerLocation(QStringLiteral("postgres://h/db")));
    CHECK(Database::isServerLocation(QStringLiteral("PostgreSQL://h/db")));
    CHECK_FALSE(Database::isServerLocation(QStringLiteral("/tmp/postgresql.sqlite")));

    struct Case
    {
        const char *url;
        const char *says;
    };
    const Case cases[] = {
        { "postgresql://user:secret@127.0.0.1:5432/db", ".pgpass" },
        { "postgresql://user@127.0.0.1:5432/", "thiếu tên cơ sở dữ liệu" },
        { "postgresql://user@127.0.0.1:5432/a/b", "thiếu tên cơ sở dữ liệu" },
        { "postgresql://user@127.0.0.1/db?password=x", "password" },
    };
    for (const Case &c : cases) {
        INFO(c.url);
        auto db = Database::open(QString::fromUtf8(c.url));
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().kind == ErrorKind::Usage);
        CHECK(failureText(db.error()).contains(QString::fromUtf8(c.says)));
    }
}

TEST_CASE("a server that refuses the connection is a storage error naming the address", "[storage][pg]")
{
    // Port 1 on loopback: nothing listens there, the connection is refused.
    const QString url = QStringLiteral("postgresql://vinhdanh@127.0.0.1:1/vinhdanh");
    auto db = Database::open(url);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().kind == ErrorKind::Storage);
    CHECK(db.error().message.contains(QStringLiteral("Không kết nối được máy chủ PostgreSQL")));
    CHECK(db.error().message.contains(url));
}

TEST_CASE("a wrong login is refused with the server's reason", "[storage][pg]")
{
    FreshLocation where(Backend::Postgres);
    VD_REQUIRE_BACKEND(where);
    auto db = Database::open(where.locationAs(QStringLiteral("no_such_role_vd")));
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().kind == ErrorKind::Storage);
    CHECK(failureText(db.error()).contains(QStringLiteral("no_such_role_vd")));
}

TEST_CASE("a PostgreSQL database that is not VinhDanh's is refused and left untouched", "[storage][pg]")
{
    FreshLocation where(Backend::Postgres);
    VD_REQUIRE_BACKEND(where);
    {
        OpenOptions options;
        options.createIfMissing = false;
        auto empty = Database::open(where.location(), options);
        REQUIRE_FALSE(empty.ok());
        CHECK(empty.error().kind == ErrorKind::Storage);
        CHECK(empty.error().message.contains(QStringLiteral("còn trống")));
    }
    {
        // Someone else's table in the database.
        auto db = Database::open(where.location());
        REQUIRE(db.ok());
        REQUIRE((*db)->run(QStringLiteral("DROP TABLE vinhdanh_meta CASCADE"), {}, QStringLiteral("x")).ok());
    }
    auto foreign = Database::open(where.location());
    REQUIRE_FALSE(foreign.ok());
    CHECK(foreign.error().kind == ErrorKind::Storage);
    CHECK(foreign.error().message.contains(QStringLiteral("không phải của VinhDanh")));
}

TEST_CASE("a PostgreSQL database with a foreign marker or a newer schema is refused", "[storage][pg]")
{
    FreshLocation where(Backend::Postgres);
    VD_REQUIRE_BACKEND(where);
    auto setMeta = [&](const QString &key, const QString &value) {
        auto db = Database::open(where.location());
        REQUIRE(db.ok());
        REQUIRE((*db)
                    ->run(QStringLiteral("UPDATE vinhdanh_meta SET value = ? WHERE key = ?"), { value, key },
                          QStringLiteral("x"))
                    .ok());
    };
    setMeta(QStringLiteral("schema_version"), QString::number(Database::currentSchemaVersion() + 1));
    auto newer = Database::open(where.location());
    REQUIRE_FALSE(newer.ok());
    CHECK(newer.error().kind == ErrorKind::Storage);
    CHECK(newer.error().message.contains(QStringLiteral("mới hơn")));

    // Opening is refused, so the version is put back (and a foreign marker set)
    // through a plain connection.
    QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("vd-meta-edit"));
    {
        const QUrl url(where.location());
        conn.setHostName(url.host());
        conn.setPort(url.port());
        conn.setUserName(url.userName());
        conn.setDatabaseName(url.path().mid(1));
        REQUIRE(conn.open());
        QSqlQuery q(conn);
        REQUIRE(q.exec(QStringLiteral("UPDATE vinhdanh_meta SET value = '%1' WHERE key = 'schema_version'")
                           .arg(Database::currentSchemaVersion())));
        REQUIRE(q.exec(QStringLiteral("UPDATE vinhdanh_meta SET value = 'OtherApp' WHERE key = 'application'")));
        conn.close();
    }
    conn = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("vd-meta-edit"));
    auto other = Database::open(where.location());
    REQUIRE_FALSE(other.ok());
    CHECK(other.error().message.contains(QStringLiteral("không phải của VinhDanh")));
}

TEST_CASE("PostgreSQL keeps the schema version in vinhdanh_meta, one transaction per step", "[storage][pg][migration]")
{
    FreshLocation where(Backend::Postgres);
    VD_REQUIRE_BACKEND(where);
    auto db = Database::open(where.location());
    REQUIRE(db.ok());
    auto meta
        = (*db)->run(QStringLiteral("SELECT key, value FROM vinhdanh_meta ORDER BY key"), {}, QStringLiteral("x"));
    REQUIRE(meta.ok());
    QStringList rows;
    while (meta->next())
        rows << meta->value(0).toString() + QLatin1Char('=') + meta->value(1).toString();
    CHECK(rows
          == QStringList { QStringLiteral("application=VinhDanh"),
                           QStringLiteral("schema_version=%1").arg(Database::currentSchemaVersion()) });

    // Drop back to version 1 (as an older VinhDanh left it: without the tables
    // and columns of steps 4, 3 and 2) and reopen: steps 2 on run.
    REQUIRE((*db)
                ->transaction([&]() -> Status {
                    for (const char *sql :
                         { "DROP TABLE council_vote", "DROP TABLE council_member", "DROP TABLE conference_setting",
                           "DROP TABLE cost_line", "DROP TABLE delegate", "DROP TABLE campaign_rule",
                           "DROP TABLE person_distinct", "ALTER TABLE nominee DROP COLUMN reviewed_at",
                           "ALTER TABLE nominee DROP COLUMN reviewed_by", "ALTER TABLE nominee DROP COLUMN review_note",
                           "ALTER TABLE nominee DROP COLUMN review_codes", "ALTER TABLE nominee DROP COLUMN review_key",
                           "ALTER TABLE nominee DROP COLUMN person_id", "ALTER TABLE nominee DROP COLUMN disciplined",
                           "DROP TABLE person", "ALTER TABLE campaign DROP COLUMN honoured_before_years",
                           "ALTER TABLE campaign DROP COLUMN tie_priority", "ALTER TABLE campaign DROP COLUMN closed",
                           "ALTER TABLE campaign DROP COLUMN conference_start" }) {
                        auto r = (*db)->run(QString::fromLatin1(sql), {}, QStringLiteral("x"));
                        if (!r)
                            return r.error();
                    }
                    auto a = (*db)->run(QStringLiteral("DROP TABLE setting"), {}, QStringLiteral("x"));
                    if (!a)
                        return a.error();
                    auto b = (*db)->run(QStringLiteral("UPDATE vinhdanh_meta SET value = '1' WHERE key = ?"),
                                        { QStringLiteral("schema_version") }, QStringLiteral("x"));
                    return b ? Status() : Status(b.error());
                })
                .ok());
    db->reset();
    OpenOptions noMigrate;
    noMigrate.migrate = false;
    auto refused = Database::open(where.location(), noMigrate);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("lược đồ cũ")));
    auto migrated = Database::open(where.location());
    REQUIRE(migrated.ok());
    CHECK((*migrated)->schemaVersion() == Database::currentSchemaVersion());
    CHECK((*migrated)->lastMigrationBackup().isEmpty()); // PG: pg_dump is the backup; DDL is transactional
    CHECK((*migrated)->run(QStringLiteral("SELECT count(*) FROM setting"), {}, QStringLiteral("x")).ok());
    CHECK((*migrated)->run(QStringLiteral("SELECT count(*) FROM person"), {}, QStringLiteral("x")).ok());
    CHECK((*migrated)
              ->run(QStringLiteral("SELECT count(person_id) + sum(disciplined) FROM nominee"), {}, QStringLiteral("x"))
              .ok());
    CHECK((*migrated)->run(QStringLiteral("SELECT count(*) FROM cost_line"), {}, QStringLiteral("x")).ok());
    CHECK((*migrated)->run(QStringLiteral("SELECT conference_start FROM campaign"), {}, QStringLiteral("x")).ok());
    CHECK(CampaignStore(**migrated).list()->size() == 1);
}

TEST_CASE("clients opening a new PostgreSQL database at once create it once", "[storage][pg]")
{
    FreshLocation where(Backend::Postgres);
    VD_REQUIRE_BACKEND(where);
    constexpr int kClients = 4;
    QString errors[kClients];
    std::thread clients[kClients];
    for (int i = 0; i < kClients; ++i) {
        clients[i] = std::thread([&, i] {
            auto db = Database::open(where.location());
            if (!db)
                errors[i] = failureText(db.error());
        });
    }
    for (auto &t : clients)
        t.join();
    for (const QString &e : errors)
        CHECK(e.toStdString() == std::string());
    auto db = Database::open(where.location());
    REQUIRE(db.ok());
    CHECK(CampaignStore(**db).list()->size() == 1);
}

TEST_CASE("lockForApproval must be called inside a transaction", "[storage][pg]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(backendName(backend));
    FreshLocation where(backend);
    VD_REQUIRE_BACKEND(where);
    auto db = Database::open(where.location());
    REQUIRE(db.ok());
    const qint64 campaign = CampaignStore(**db).loadActive()->id;
    CHECK_FALSE((*db)->lockForApproval(campaign).ok());
    CHECK((*db)->transaction([&] { return (*db)->lockForApproval(campaign); }).ok());
}

TEST_CASE("the password comes from the pgpass file or from memory, never from the address", "[storage][pg]")
{
    FreshLocation where(Backend::Postgres);
    VD_REQUIRE_BACKEND(where);
    const QByteArray passFile = qgetenv("PGPASSFILE");
    if (passFile.isEmpty()) {
        WARN("no PGPASSFILE: the test server's login does not use a password file");
        return;
    }
    // The test server's pgpass line: host:port:*:user:password.
    QFile file(QString::fromLocal8Bit(passFile));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> fields = file.readLine().trimmed().split(':');
    REQUIRE(fields.size() == 5);
    const QString password = QString::fromUtf8(fields.at(4));

    struct RestoreEnv
    {
        QByteArray value;
        ~RestoreEnv() { qputenv("PGPASSFILE", value); }
    } restore { passFile };
    TempDir dir;
    qputenv("PGPASSFILE", dir.file(QStringLiteral("none")).toLocal8Bit());

    auto without = Database::open(where.location());
    REQUIRE_FALSE(without.ok());
    CHECK(without.error().kind == ErrorKind::Storage);
    CHECK(failureText(without.error()).contains(QStringLiteral(".pgpass")));

    OpenOptions typed;
    typed.password = password; // e.g. asked by the GUI, kept in memory only
    auto with = Database::open(where.location(), typed);
    REQUIRE(with.ok());
    CHECK_FALSE((*with)->location().contains(password));
    CHECK((*with)->userName() == QUrl(where.location()).userName());
}
