#include "auditlog.h"
#include "campaignstore.h"
#include "database.h"
#include "nomineestore.h"
#include "schema.h"
#include "settingsstore.h"
#include "testsupport.h"
#include "unitstore.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSqlQuery>

using namespace vd;
using namespace vd::test;

namespace {

QVariant scalar(Database &db, const QString &sql)
{
    QSqlQuery q = db.prepare(sql);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

TEST_CASE("a new database has the current schema, WAL, foreign keys and our application id", "[storage]")
{
    TempDir dir;
    auto db = openDatabase(dir.file(QStringLiteral("new.sqlite")));
    CHECK(db->schemaVersion() == Database::currentSchemaVersion());
    CHECK(scalar(*db, QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));
    CHECK(scalar(*db, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    CHECK(scalar(*db, QStringLiteral("PRAGMA application_id")).toInt() == Database::applicationId);
    CHECK(scalar(*db, QStringLiteral("PRAGMA busy_timeout")).toInt() > 0);
    CHECK((QFile::permissions(db->location()) & (QFile::ReadGroup | QFile::ReadOther)) == 0);
}

TEST_CASE("a new database has pages of 8 KiB; an existing one keeps its own", "[storage]")
{
    // docs/performance-import.md, round 8: half as many pages to write and
    // read for the wide nominee rows. A saved database of an earlier version
    // (SQLite's 4 KiB pages) is migrated without changing them.
    TempDir dir;
    struct Case
    {
        const char *name;
        QString source; // a saved database to open, or none: a new file
        int pageSize;
    };
    const Case cases[] = {
        { "new", QString(), 8192 },
        { "saved by schema version 2", dataFile(QStringLiteral("schema-v2.sqlite")), 4096 },
    };
    for (const Case &c : cases) {
        INFO(c.name);
        const QString path = dir.file(QStringLiteral("%1.sqlite").arg(QLatin1String(c.name)));
        if (!c.source.isEmpty())
            REQUIRE(QFile::copy(c.source, path));
        {
            auto db = openDatabase(path);
            CHECK(db->schemaVersion() == Database::currentSchemaVersion());
            CHECK(scalar(*db, QStringLiteral("PRAGMA page_size")).toInt() == c.pageSize);
        }
        auto again = openDatabase(path);
        CHECK(scalar(*again, QStringLiteral("PRAGMA page_size")).toInt() == c.pageSize);
    }
}

TEST_CASE("the built-in campaign is Kế hoạch 161/KH-LT", "[storage][campaign]")
{
    TempDir dir;
    auto db = openDatabase(dir.file(QStringLiteral("seed.sqlite")));
    auto c = CampaignStore(*db).loadActive();
    REQUIRE(c.ok());
    CHECK(c->year == 2023);
    CHECK(c->documentNumber == QStringLiteral("161/KH-LT"));
    CHECK(c->deadline == QDate(2024, 7, 8));
    CHECK_FALSE(c->deadlineInclusive);
    CHECK(c->conferenceDate == QDate(2024, 7, 26));
    CHECK(c->conferenceStart == QTime(7, 30));
    CHECK(c->conferenceTime == QStringLiteral("½ ngày"));
    CHECK(c->conferencePlace == QStringLiteral("Hội trường Nhà văn hóa huyện"));
    CHECK(c->programme.size() == 6);
    CHECK(c->programme.first() == QStringLiteral("Văn nghệ chào mừng"));
    CHECK(c->participants.size() == 9);
    CHECK(c->signers.size() == 2);
    CHECK(c->signers.first().name == QStringLiteral("Lê Văn Thịnh"));
    CHECK(c->criteria.meritYear == 2023);
    CHECK(c->requiredDocumentCodes()
          == QStringList { QStringLiteral("TO_TRINH"), QStringLiteral("BIEN_BAN"), QStringLiteral("TRICH_NGANG") });

    struct Row
    {
        const char *code;
        QString name;
        Sector sector;
        int quota;
    };
    const QList<Row> expected = {
        { "MN", QStringLiteral("Mầm non"), Sector::Hcsn, 18 },
        { "TH", QStringLiteral("Tiểu học"), Sector::Hcsn, 17 },
        { "THCS", QStringLiteral("THCS"), Sector::Hcsn, 16 },
        { "XA", QStringLiteral("Xã, thị trấn"), Sector::Hcsn, 16 },
        { "HCSN", QStringLiteral("Cơ quan HCSN"), Sector::Hcsn, 13 },
        { "DN", QStringLiteral("Doanh nghiệp"), Sector::Sxkd, 15 },
    };
    REQUIRE(c->blocs.size() == expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        CAPTURE(expected.at(i).code);
        CHECK(c->blocs.at(i).code == QLatin1String(expected.at(i).code));
        CHECK(c->blocs.at(i).name == expected.at(i).name);
        CHECK(c->blocs.at(i).sector == expected.at(i).sector);
        CHECK(c->blocs.at(i).quota == expected.at(i).quota);
    }
    CHECK(c->totalQuota() == 95);
}

TEST_CASE("opening twice does not seed twice", "[storage][campaign]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("twice.sqlite"));
    openDatabase(path);
    auto db = openDatabase(path);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM campaign")).toInt() == 1);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM bloc")).toInt() == 6);
}

TEST_CASE("files that are not VinhDanh databases are refused and left untouched", "[storage]")
{
    TempDir dir;
    struct Row
    {
        const char *name;
        QByteArray bytes;
        const char *messagePart;
    };
    QByteArray foreignSqlite;
    {
        // A real SQLite database of another program.
        const QString p = dir.file(QStringLiteral("foreign-src.sqlite"));
        {
            QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            c.setDatabaseName(p);
            REQUIRE(c.open());
            QSqlQuery(c).exec(QStringLiteral("CREATE TABLE t (x)"));
            c.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        QFile f(p);
        REQUIRE(f.open(QIODevice::ReadOnly));
        foreignSqlite = f.readAll();
    }
    QByteArray newer = [&] {
        TempDir tmp;
        const QString p = tmp.file(QStringLiteral("n.sqlite"));
        {
            auto db = openDatabase(p);
            REQUIRE(db->run(QStringLiteral("PRAGMA journal_mode = DELETE"), {}, QString()).ok());
            REQUIRE(db->run(QStringLiteral("PRAGMA user_version = 999"), {}, QString()).ok());
        }
        QFile f(p);
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    }();
    QByteArray truncated = newer.left(newer.size() / 2);
    const QList<Row> rows = {
        { "empty.sqlite", QByteArray(), "rỗng" },
        { "text.sqlite", QByteArrayLiteral("Họ và tên,Khối\nNguyễn Văn A,MN\n"), "không phải" },
        { "foreign.sqlite", foreignSqlite, "không phải của VinhDanh" },
        { "newer.sqlite", newer, "mới hơn" },
        { "truncated.sqlite", truncated, "cắt cụt" },
    };
    for (const Row &r : rows) {
        CAPTURE(r.name);
        const QString path = dir.file(QString::fromLatin1(r.name));
        writeFile(path, r.bytes);
        const QByteArray before = fileHash(path);
        auto db = Database::open(path);
        REQUIRE_FALSE(db.ok());
        INFO(db.error().message.toStdString());
        CHECK(db.error().kind == ErrorKind::Storage);
        CHECK(db.error().message.contains(QString::fromUtf8(r.messagePart)));
        CHECK(fileHash(path) == before);
        CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    }
}

TEST_CASE("a path in a missing folder is refused without creating anything", "[storage]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("no/such/folder/x.sqlite"));
    auto db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().kind == ErrorKind::Storage);
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("a saved version-1 database opens and keeps its data", "[storage][migration]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("v1.sqlite"));
    REQUIRE(QFile::copy(dataFile(QStringLiteral("schema-v1.sqlite")), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto db = openDatabase(path);
    CHECK(db->schemaVersion() == Database::currentSchemaVersion());
    auto campaign = CampaignStore(*db).loadActive();
    REQUIRE(campaign.ok());
    auto nominees = NomineeStore(*db).loadAll(campaign->id);
    REQUIRE(nominees.ok());
    REQUIRE(nominees->size() == 2);
    CHECK(nominees->at(0).fullName == QStringLiteral("Nguyễn Thị Ánh"));
    CHECK(nominees->at(1).unitName == QStringLiteral("Công ty TNHH Cơ khí An Dương"));
}

TEST_CASE("every migration step runs inside one transaction and sets user_version", "[storage][migration]")
{
    // A failing step must leave the database at the previous version: the step
    // list is applied by Database::migrate inside transaction().
    TempDir dir;
    auto db = openDatabase(dir.file(QStringLiteral("m.sqlite")));
    Status failed = db->transaction([&]() -> Status {
        REQUIRE(db->run(QStringLiteral("CREATE TABLE scratch (x)"), {}, QString()).ok());
        REQUIRE(db->run(QStringLiteral("PRAGMA user_version = 42"), {}, QString()).ok());
        return Error::storage(QStringLiteral("simulated failure"));
    });
    CHECK_FALSE(failed.ok());
    CHECK(db->schemaVersion() == Database::currentSchemaVersion());
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'scratch'")).toInt() == 0);
    CHECK(schemaMigrations().size() == std::size_t(Database::currentSchemaVersion()));
}

TEST_CASE("nominees round-trip, and a stale edit is refused", "[storage][nominee]")
{
    TempDir dir;
    auto db = openDatabase(dir.file(QStringLiteral("n.sqlite")));
    Nominee n = eligibleNominee(*db, QStringLiteral("MN"),
                                QStringLiteral("  Nguyễn   Thị Ánh ").normalized(QString::NormalizationForm_D));
    n.citizenId = QStringLiteral("031185001234");
    n = insertNominee(*db, n);
    REQUIRE(n.id > 0);

    auto loaded = NomineeStore(*db).load(n.id);
    REQUIRE(loaded.ok());
    CHECK(loaded->fullName == QStringLiteral("Nguyễn Thị Ánh"));
    CHECK(loaded->unitName == QStringLiteral("Trường Mầm non Hoa Sen"));
    CHECK(loaded->documents
          == QStringList { QStringLiteral("BIEN_BAN"), QStringLiteral("TO_TRINH"), QStringLiteral("TRICH_NGANG") });
    CHECK(loaded->receivedDate == QDate(2024, 7, 5));
    CHECK(loaded->version == 1);

    Nominee first = *loaded;
    Nominee second = *loaded;
    first.position = QStringLiteral("Giáo viên mầm non");
    REQUIRE(NomineeStore(*db).update(first).ok());
    CHECK(first.version == 2);
    second.position = QStringLiteral("Nhân viên");
    auto stale = NomineeStore(*db).update(second);
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().kind == ErrorKind::Validation);
    CHECK(NomineeStore(*db).load(n.id)->position == QStringLiteral("Giáo viên mầm non"));

    REQUIRE(NomineeStore(*db).remove(n.id).ok());
    CHECK_FALSE(NomineeStore(*db).load(n.id).ok());
    REQUIRE(NomineeStore(*db).restore(first).ok());
    CHECK(NomineeStore(*db).load(n.id)->fullName == QStringLiteral("Nguyễn Thị Ánh"));

    auto log = AuditLog(*db).entries();
    REQUIRE(log.ok());
    QStringList actions;
    for (const AuditEntry &e : *log)
        actions.append(e.action);
    CHECK(actions.contains(QStringLiteral("nominee.create")));
    CHECK(actions.contains(QStringLiteral("nominee.update")));
    CHECK(actions.contains(QStringLiteral("nominee.delete")));
    CHECK(actions.contains(QStringLiteral("nominee.restore")));
}

TEST_CASE("units are found accent-insensitively, renamed, moved and merged", "[storage][unit]")
{
    TempDir dir;
    auto db = openDatabase(dir.file(QStringLiteral("u.sqlite")));
    auto c = CampaignStore(*db).loadActive();
    REQUIRE(c.ok());
    const qint64 mn = c->blocByCode(QStringLiteral("MN"))->id;
    const qint64 th = c->blocByCode(QStringLiteral("TH"))->id;
    UnitStore units(*db);
    auto a = units.findOrCreate(c->id, QStringLiteral("Trường Mầm non Hoa Sen"), mn);
    auto b = units.findOrCreate(c->id, QStringLiteral("TRUONG MAM NON HOA SEN"), mn);
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    CHECK(*a == *b);

    insertNominee(*db, eligibleNominee(*db, QStringLiteral("MN"), QStringLiteral("Lê Thị Hoa"),
                                       QStringLiteral("Trường MN Hoa Sen")));
    auto other = units.find(c->id, QStringLiteral("Trường MN Hoa Sen"));
    REQUIRE(other.ok());
    REQUIRE(*other > 0);
    REQUIRE(units.merge(*other, *a).ok());
    auto list = units.list(c->id);
    REQUIRE(list.ok());
    REQUIRE(list->size() == 1);
    CHECK(list->first().nomineeCount == 1);

    REQUIRE(units.rename(*a, QStringLiteral("Trường Mầm non Hoa Sen An Dương")).ok());
    REQUIRE(units.moveToBloc(*a, th).ok());
    auto nominees = NomineeStore(*db).loadAll(c->id);
    REQUIRE(nominees.ok());
    CHECK(nominees->first().blocId == th);
    CHECK(nominees->first().unitName == QStringLiteral("Trường Mầm non Hoa Sen An Dương"));
    CHECK_FALSE(units.remove(*a).ok());
}

TEST_CASE("campaign settings are data: edit, save, reload, copy for next year", "[storage][campaign]")
{
    TempDir dir;
    auto db = openDatabase(dir.file(QStringLiteral("c.sqlite")));
    CampaignStore store(*db);
    Campaign c = *store.loadActive();
    c.deadline = QDate(2024, 7, 10);
    c.deadlineInclusive = true;
    c.blocs[0].quota = 20;
    c.programme.append(QStringLiteral("Chụp ảnh lưu niệm"));
    c.criteria.leadershipPositions.append(QStringLiteral("trưởng khoa"));
    Bloc extra;
    extra.code = QStringLiteral("YTE");
    extra.name = QStringLiteral("Y tế");
    extra.quota = 5;
    c.blocs.append(extra);
    REQUIRE(store.update(c).ok());

    Campaign again = *store.loadActive();
    CHECK(again.deadline == QDate(2024, 7, 10));
    CHECK(again.deadlineInclusive);
    CHECK(again.blocs.first().quota == 20);
    CHECK(again.blocs.size() == 7);
    CHECK(again.totalQuota() == 102);
    CHECK(again.programme.last() == QStringLiteral("Chụp ảnh lưu niệm"));
    CHECK(again.criteria.leadershipPositions.contains(QStringLiteral("trưởng khoa")));

    auto next = store.copyForYear(again.id, 2024);
    REQUIRE(next.ok());
    Campaign copy = *store.load(*next);
    CHECK(copy.year == 2024);
    CHECK(copy.name.endsWith(QStringLiteral("năm 2024")));
    CHECK(copy.deadline == QDate(2025, 7, 10));
    CHECK(copy.blocs.size() == 7);
    CHECK_FALSE(copy.active);
    REQUIRE(store.setActive(copy.id).ok());
    CHECK(store.loadActive()->id == copy.id);
}

TEST_CASE("a bloc that still has nominees cannot be removed", "[storage][campaign]")
{
    TempDir dir;
    auto db = openDatabase(dir.file(QStringLiteral("b.sqlite")));
    insertNominee(*db, eligibleNominee(*db, QStringLiteral("DN"), QStringLiteral("Phạm Văn Nam"),
                                       QStringLiteral("Công ty TNHH Cơ khí An Dương")));
    CampaignStore store(*db);
    Campaign c = *store.loadActive();
    c.blocs.removeLast();
    auto st = store.update(c);
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().message.contains(QStringLiteral("DN")));
    CHECK(store.loadActive()->blocs.size() == 6);
}

TEST_CASE("backupTo writes a consistent copy that opens", "[storage][backup]")
{
    TempDir dir;
    auto db = openDatabase(dir.file(QStringLiteral("live.sqlite")));
    insertNominee(*db, eligibleNominee(*db, QStringLiteral("TH"), QStringLiteral("Đỗ Thị Lan")));
    const QString copy = dir.file(QStringLiteral("copy.sqlite"));
    REQUIRE(db->backupTo(copy).ok());
    CHECK_FALSE(db->backupTo(copy).ok()); // never overwrites
    auto restored = openDatabase(copy);
    auto c = CampaignStore(*restored).loadActive();
    REQUIRE(c.ok());
    CHECK(NomineeStore(*restored).count(c->id).value() == 1);
}

TEST_CASE("migrating a version-1 file writes a backup copy first and adds the settings table", "[storage][migration]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("old.sqlite"));
    REQUIRE(QFile::copy(dataFile(QStringLiteral("schema-v1.sqlite")), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray original = fileHash(path);
    auto db = openDatabase(path);
    REQUIRE_FALSE(db->lastMigrationBackup().isEmpty());
    CHECK(db->lastMigrationBackup().contains(QStringLiteral(".v1-")));
    REQUIRE(QFile::exists(db->lastMigrationBackup()));
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM setting")).toInt() == 0);
    SettingsStore settings(*db);
    REQUIRE(settings.setValue(QStringLiteral("certificate.layout"), QStringLiteral("{}")).ok());
    CHECK(settings.value(QStringLiteral("certificate.layout")).value() == QStringLiteral("{}"));
    CHECK(settings.value(QStringLiteral("missing"), QStringLiteral("x")).value() == QStringLiteral("x"));
    // The backup holds the version-1 schema (user_version in the header, offset 60).
    QFile backup(db->lastMigrationBackup());
    REQUIRE(backup.open(QIODevice::ReadOnly));
    const QByteArray header = backup.read(100);
    REQUIRE(header.size() == 100);
    CHECK(header.at(63) == 1);
    CHECK(original.size() > 0);
}

TEST_CASE("loadApproved returns only the approved nominees, in id order", "[storage][nominee]")
{
    TempDir dir;
    auto db = openDatabase(dir.file(QStringLiteral("approved.sqlite")));
    const Nominee a = insertNominee(*db, eligibleNominee(*db, QStringLiteral("MN"), QStringLiteral("Lê Thị Một")));
    const Nominee b = insertNominee(*db, eligibleNominee(*db, QStringLiteral("TH"), QStringLiteral("Lê Thị Hai")));
    const Nominee c = insertNominee(*db, eligibleNominee(*db, QStringLiteral("DN"), QStringLiteral("Lê Văn Ba"),
                                                         QStringLiteral("Công ty CP May An Dương")));
    REQUIRE(NomineeStore(*db).setApproved({ c.id, a.id }, true).ok());
    auto approved = NomineeStore(*db).loadApproved(a.campaignId);
    REQUIRE(approved.ok());
    REQUIRE(approved->size() == 2);
    CHECK(approved->at(0).id == a.id);
    CHECK(approved->at(1).id == c.id);
    CHECK(approved->at(1).unitName == QStringLiteral("Công ty CP May An Dương"));
    CHECK(NomineeStore(*db).loadAll(a.campaignId)->size() == 3);
    Q_UNUSED(b);
}

TEST_CASE("loadAll puts rows of interleaved blocs in id order, every field with its row", "[storage][nominee]")
{
    TempDir dir;
    auto db = openDatabase(dir.file(QStringLiteral("order.sqlite")));
    // SQLite returns the rows bloc by bloc (the campaign index): MN, TH, DN
    // filed in turn give runs that loadAll must merge back into id order.
    const QStringList blocs = { QStringLiteral("DN"), QStringLiteral("MN"), QStringLiteral("TH") };
    QList<Nominee> inserted;
    for (int i = 0; i < 30; ++i) {
        const QString bloc = blocs.at((i * 7 + i / 5) % 3);
        const QString unit = bloc == QLatin1String("DN") ? QStringLiteral("Công ty CP May An Dương")
                                                         : QStringLiteral("Trường Mầm non Hoa Sen");
        inserted.append(insertNominee(*db, eligibleNominee(*db, bloc, QStringLiteral("Người số %1").arg(i), unit)));
    }
    auto all = NomineeStore(*db).loadAll(inserted.first().campaignId);
    REQUIRE(all.ok());
    REQUIRE(all->size() == inserted.size());
    for (int i = 0; i < all->size(); ++i) {
        INFO(i);
        CHECK(all->at(i).id == inserted.at(i).id);
        CHECK(all->at(i).fullName == inserted.at(i).fullName);
        CHECK(all->at(i).blocId == inserted.at(i).blocId);
        CHECK(all->at(i).birthDate == inserted.at(i).birthDate);
    }
}

TEST_CASE("a second connection does not repeat the first open's quick_check, and the first open still refuses a "
          "damaged file",
          "[storage][damaged]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("office.sqlite"));
    {
        auto db = openDatabase(path);
        // Enough audit entries for several pages; opening never reads them.
        addAuditEntries(*db, 600);
    }
    OpenOptions checked;
    checked.checkIntegrity = true; // as the desktop program opens
    Database::Another another = [&] {
        auto first = Database::open(path, checked);
        REQUIRE(first.ok());
        return first.value()->another();
    }();
    damageTablePage(path, QStringLiteral("audit_log"));

    // The first open of a file checks every page and refuses it.
    auto refused = Database::open(path, checked);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("bị hỏng")));

    // The copy of an open connection's options does not read every page again
    // (docs/performance-check-gui.md, round 5): it opens; the damage is still
    // there for the writers' own check to find.
    auto copy = another.open();
    REQUIRE(copy.ok());
    CHECK_FALSE(copy.value()->isDamaged());
    auto sound = copy.value()->checkIntegrity();
    CHECK_FALSE(sound.ok());
    CHECK(copy.value()->isDamaged());
}
