#include "auditlog.h"
#include "campaignstore.h"
#include "nomineestore.h"
#include "restore.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace vd;
using namespace vd::test;

namespace {

QStringList names(Database &db)
{
    auto c = CampaignStore(db).loadActive();
    REQUIRE(c.ok());
    auto all = NomineeStore(db).loadAll(c->id);
    REQUIRE(all.ok());
    QStringList out;
    for (const Nominee &n : std::as_const(*all))
        out.append(n.fullName);
    return out;
}

} // namespace

TEST_CASE("restoring a backup brings its data back into the open database and keeps a safety copy", "[backup][restore]")
{
    TempDir dir;
    auto db = openDatabase(dir.file(QStringLiteral("live.sqlite")));
    insertNominee(*db, eligibleNominee(*db, QStringLiteral("MN"), QStringLiteral("Trước Thị Sao")));
    const QString backup = dir.file(QStringLiteral("backup.sqlite"));
    REQUIRE(db->backupTo(backup).ok());
    insertNominee(*db, eligibleNominee(*db, QStringLiteral("TH"), QStringLiteral("Sau Văn Lưu")));
    REQUIRE(names(*db).size() == 2);

    auto restored = restoreFromBackup(*db, backup);
    INFO((restored ? QString() : restored.error().message).toStdString());
    REQUIRE(restored.ok());
    // The same connection now sees the backup's rows.
    CHECK(names(*db) == QStringList { QStringLiteral("Trước Thị Sao") });
    auto log = AuditLog(*db).entries(1);
    REQUIRE(log.ok());
    CHECK(log->first().action == QStringLiteral("restore"));
    // What was there before the restore is kept.
    REQUIRE(QFile::exists(restored->safetyCopy));
    auto before = openDatabase(restored->safetyCopy);
    CHECK(names(*before).size() == 2);
    // And the restored file is sound after reopening.
    db.reset();
    auto again = openDatabase(dir.file(QStringLiteral("live.sqlite")));
    CHECK(names(*again) == QStringList { QStringLiteral("Trước Thị Sao") });
}

TEST_CASE("restore refuses files that are not a backup of this schema, changing nothing", "[backup][restore]")
{
    TempDir dir;
    auto db = openDatabase(dir.file(QStringLiteral("live.sqlite")));
    insertNominee(*db, eligibleNominee(*db, QStringLiteral("MN"), QStringLiteral("Giữ Nguyên")));
    const QString text = dir.file(QStringLiteral("notes.sqlite"));
    {
        QFile f(text);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("không phải cơ sở dữ liệu");
    }
    const QString old = dir.file(QStringLiteral("v1.sqlite"));
    REQUIRE(QFile::copy(dataFile(QStringLiteral("schema-v1.sqlite")), old));
    QFile::setPermissions(old, QFile::ReadOwner | QFile::WriteOwner);
    for (const QString &path : { text, old, dir.file(QStringLiteral("missing.sqlite")), db->location() }) {
        CAPTURE(path.toStdString());
        auto r = restoreFromBackup(*db, path);
        CHECK_FALSE(r.ok());
        CHECK(names(*db) == QStringList { QStringLiteral("Giữ Nguyên") });
    }
}

TEST_CASE("a damaged database file is kept aside and replaced by a backup", "[backup][restore]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("office.sqlite"));
    const QString backup = dir.file(QStringLiteral("office-20240705.sqlite"));
    {
        auto db = openDatabase(path);
        insertNominee(*db, eligibleNominee(*db, QStringLiteral("MN"), QStringLiteral("Còn Thị Lại")));
        REQUIRE(db->backupTo(backup).ok());
    }
    // Damage it: cut the file in half.
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.resize(f.size() / 2));
    }
    REQUIRE_FALSE(Database::open(path).ok());
    const QByteArray damaged = fileHash(path);

    // A bad backup changes nothing.
    auto refused = replaceWithBackup(path, dir.file(QStringLiteral("missing.sqlite")));
    REQUIRE_FALSE(refused.ok());
    CHECK(fileHash(path) == damaged);

    auto replaced = replaceWithBackup(path, backup);
    INFO((replaced ? QString() : replaced.error().message).toStdString());
    REQUIRE(replaced.ok());
    CHECK(fileHash(replaced->safetyCopy) == damaged);
    auto db = openDatabase(path);
    CHECK(names(*db) == QStringList { QStringLiteral("Còn Thị Lại") });
    CHECK((QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther)) == 0);
}
