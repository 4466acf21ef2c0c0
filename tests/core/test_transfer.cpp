// Copying a whole database between back-ends (transfer.h) and backing up a
// PostgreSQL database to an SQLite file.
#include "auditlog.h"
#include "backends.h"
#include "campaignstore.h"
#include "database.h"
#include "nomineestore.h"
#include "settingsstore.h"
#include "testsupport.h"
#include "transfer.h"
#include "unitstore.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace vd;
using namespace vd::test;

namespace {

QByteArray everyByte()
{
    QByteArray bytes;
    for (int i = 0; i < 256; ++i)
        bytes.append(char(i));
    return bytes.repeated(3);
}

// A database with something in every table.
void fill(Database &db)
{
    Nominee a = insertNominee(db, eligibleNominee(db, QStringLiteral("MN"), QStringLiteral("Nguyễn Thị Ánh")));
    Nominee b = eligibleNominee(db, QStringLiteral("DN"), QStringLiteral("Phạm Văn Nam"),
                                QStringLiteral("Công ty TNHH Cơ khí An Dương"));
    b.birthDate = QDate(); // NULL stays NULL
    b.notes = QStringLiteral("dấu ' nháy \" và ký tự \\ ;");
    b = insertNominee(db, b);
    insertNominee(db, eligibleNominee(db, QStringLiteral("TH"), QStringLiteral("Đỗ Thị Hằng"),
                                      QStringLiteral("Trường Tiểu học Lê Thiện")));
    REQUIRE(NomineeStore(db).setApproved({ a.id }, true).ok());
    REQUIRE(NomineeStore(db).remove(b.id - 0).ok()); // a gap in the ids
    insertNominee(db, eligibleNominee(db, QStringLiteral("DN"), QStringLiteral("Vũ Văn Long"),
                                      QStringLiteral("Công ty TNHH Cơ khí An Dương")));
    REQUIRE(db.transaction([&]() -> Status {
                  auto r = db.run(QStringLiteral("INSERT INTO attachment (nominee_id, document_code, file_name, "
                                                 "mime_type, size, data, added_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                                  { a.id, QStringLiteral("TO_TRINH"), QStringLiteral("Tờ trình.pdf"),
                                    QStringLiteral("application/pdf"), everyByte().size(), everyByte(),
                                    QStringLiteral("2024-07-05T08:00:00Z") },
                                  QStringLiteral("đính kèm"));
                  return r ? Status() : Status(r.error());
              }).ok());
    REQUIRE(SettingsStore(db).setValue(QStringLiteral("print.layout"), QStringLiteral("A4 ngang")).ok());
    REQUIRE(SettingsStore(db).setValue(QStringLiteral("Zeta"), QStringLiteral("z")).ok());
    REQUIRE(SettingsStore(db).setValue(QStringLiteral("alpha"), QStringLiteral("a")).ok());
    REQUIRE(CampaignStore(db).copyForYear(CampaignStore(db).loadActive()->id, 2024).ok());
}

// An SQLite file even in the whole-suite PostgreSQL mode (this test is about
// crossing back-ends).
std::unique_ptr<Database> openFile(const QString &path)
{
    auto db = Database::open(path);
    REQUIRE(db.ok());
    return std::move(db.value());
}

std::unique_ptr<Database> openEmpty(const QString &location)
{
    OpenOptions options;
    options.seedBuiltInCampaign = false;
    auto db = Database::open(location, options);
    INFO((db ? QString() : db.error().message + QLatin1Char(' ') + db.error().details.join(QLatin1Char(' ')))
             .toStdString());
    REQUIRE(db.ok());
    return std::move(db.value());
}

TransferReport summarize(const Database &db)
{
    TransferReport all;
    for (const QString &table : transferTables()) {
        auto s = summarizeTable(db, table);
        REQUIRE(s.ok());
        all.append(*s);
    }
    return all;
}

void requireSame(const TransferReport &a, const TransferReport &b)
{
    REQUIRE(a.size() == b.size());
    for (int i = 0; i < a.size(); ++i) {
        INFO(a.at(i).table.toStdString());
        CHECK(a.at(i).table == b.at(i).table);
        CHECK(a.at(i).rows == b.at(i).rows);
        CHECK(a.at(i).checksum == b.at(i).checksum);
    }
}

} // namespace

TEST_CASE("a whole database copies to another back-end with ids, blobs and audit log intact", "[transfer][pg]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(backendName(backend));
    FreshLocation target(backend);
    VD_REQUIRE_BACKEND(target);
    TempDir dir;
    auto source = openFile(dir.file(QStringLiteral("source.sqlite")));
    fill(*source);
    const TransferReport before = summarize(*source);

    auto to = openEmpty(target.location());
    auto report = copyDatabase(*source, *to);
    INFO(
        (report ? QString() : report.error().message + QLatin1Char(' ') + report.error().details.join(QLatin1Char(' ')))
            .toStdString());
    REQUIRE(report.ok());
    requireSame(*report, before);
    requireSame(summarize(*to), before);
    for (const TableSummary &t : *report) {
        if (t.table == QLatin1String("setting"))
            CHECK(t.rows == 3);
        if (t.table == QLatin1String("attachment"))
            CHECK(t.rows == 1);
        if (t.table == QLatin1String("campaign"))
            CHECK(t.rows == 2);
    }

    // Same ids and contents, read through the stores.
    const qint64 campaignId = CampaignStore(*source).loadActive()->id;
    auto mine = NomineeStore(*source).loadAll(campaignId);
    auto theirs = NomineeStore(*to).loadAll(campaignId);
    REQUIRE(mine.ok());
    REQUIRE(theirs.ok());
    REQUIRE(mine->size() == theirs->size());
    for (int i = 0; i < mine->size(); ++i) {
        CHECK(mine->at(i).id == theirs->at(i).id);
        CHECK(mine->at(i).fullName == theirs->at(i).fullName);
        CHECK(mine->at(i).approved == theirs->at(i).approved);
        CHECK(mine->at(i).birthDate == theirs->at(i).birthDate);
        CHECK(mine->at(i).notes == theirs->at(i).notes);
    }
    auto blob = to->run(QStringLiteral("SELECT data FROM attachment"), {}, QStringLiteral("x"));
    REQUIRE(blob.ok());
    REQUIRE(blob->next());
    CHECK(blob->value(0).toByteArray() == everyByte());
    blob->finish();

    // New rows continue after the copied ids (PostgreSQL sequences were moved).
    const qint64 highest = mine->last().id;
    const Nominee added = insertNominee(*to, eligibleNominee(*to, QStringLiteral("XA"), QStringLiteral("Mai Văn Tú"),
                                                             QStringLiteral("UBND xã An Hồng")));
    CHECK(added.id == highest + 1);

    // A target that already has rows is refused and left as it was.
    const TransferReport targetBefore = summarize(*to);
    auto again = copyDatabase(*source, *to);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message.contains(QStringLiteral("đã có dữ liệu")));
    requireSame(summarize(*to), targetBefore);
}

TEST_CASE("backupTo from PostgreSQL writes an SQLite file that opens with the same data", "[transfer][backup][pg]")
{
    FreshLocation server(Backend::Postgres);
    VD_REQUIRE_BACKEND(server);
    auto db = Database::open(server.location());
    REQUIRE(db.ok());
    fill(**db);
    TempDir dir;
    const QString file = dir.file(QStringLiteral("archive.sqlite"));
    REQUIRE((*db)->backupTo(file).ok());
    CHECK_FALSE(QFile::exists(file + QStringLiteral(".part")));
    auto copy = openFile(file);
    CHECK(copy->dialect() == Dialect::Sqlite);
    requireSame(summarize(*copy), summarize(**db));
    CHECK(CampaignStore(*copy).list()->size() == 2);

    auto refused = (*db)->backupTo(file); // never overwrites
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Storage);
}

TEST_CASE("summaries do not depend on the back-end or on row order", "[transfer]")
{
    TempDir dir;
    auto a = openEmpty(dir.file(QStringLiteral("a.sqlite")));
    auto b = openEmpty(dir.file(QStringLiteral("b.sqlite")));
    for (const auto &pair :
         { std::pair<Database *, QStringList>(a.get(), { QStringLiteral("x"), QStringLiteral("y") }),
           std::pair<Database *, QStringList>(b.get(), { QStringLiteral("y"), QStringLiteral("x") }) }) {
        for (const QString &key : pair.second)
            REQUIRE(SettingsStore(*pair.first).setValue(key, key.toUpper()).ok());
    }
    CHECK(summarizeTable(*a, QStringLiteral("setting"))->checksum
          == summarizeTable(*b, QStringLiteral("setting"))->checksum);
    REQUIRE(SettingsStore(*b).setValue(QStringLiteral("x"), QStringLiteral("other")).ok());
    CHECK(summarizeTable(*a, QStringLiteral("setting"))->checksum
          != summarizeTable(*b, QStringLiteral("setting"))->checksum);
}
