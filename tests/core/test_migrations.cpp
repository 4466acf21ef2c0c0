// Every released schema version has a saved database in tests/data
// (schema-vN.sqlite, made by tests/data/make_schema_db.sh with the build of its
// time). Each is opened by today's code: it must reach the current version with
// its data intact, after writing a backup of the old file. A new schema version
// without its saved database fails "every schema version has a saved database".
#include "auditlog.h"
#include "budget.h"
#include "campaignstore.h"
#include "database.h"
#include "nomineestore.h"
#include "review.h"
#include "settingsstore.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>

#include <map>

using namespace vd;
using namespace vd::test;

namespace {

struct SavedDatabase
{
    QStringList names; // nominees, in id order
    QStringList approved; // the approved ones
    QString citizenIdOfFirst;
    int attachments = 0;
    QString attachmentName; // of the first attachment
    QByteArray attachmentData;
    std::map<QString, QString> settings;
    int auditEntries = 0;
    int costLines = 0; // "Hoa tươi", 10 × 250 000 (version 4 on)
};

// What each saved file holds. Add a row with each new file.
const std::map<int, SavedDatabase> &savedDatabases()
{
    static const std::map<int, SavedDatabase> saved = {
        { 1,
          { { QStringLiteral("Nguyễn Thị Ánh"), QStringLiteral("Phạm Văn Nam") },
            {},
            QStringLiteral("031185001234"),
            0,
            {},
            {},
            {},
            0 } },
        { 2,
          { { QStringLiteral("Nguyễn Thị Ánh"), QStringLiteral("Phạm Văn Nam"), QStringLiteral("Lê Văn Hùng"),
              QStringLiteral("Trần Thị Bích") },
            { QStringLiteral("Nguyễn Thị Ánh") },
            QStringLiteral("031185001234"),
            1,
            QStringLiteral("Tờ trình đề nghị.pdf"),
            QStringLiteral("%PDF-1.4 tờ trình").toUtf8(),
            { { QStringLiteral("certificate.layout"), QStringLiteral("{\"font\":\"Times New Roman\",\"cỡ\":14}") } },
            6 } },
        { 3,
          { { QStringLiteral("Nguyễn Thị Ánh"), QStringLiteral("Phạm Văn Nam"), QStringLiteral("Lê Văn Hùng"),
              QStringLiteral("Trần Thị Bích") },
            { QStringLiteral("Nguyễn Thị Ánh") },
            QStringLiteral("031185001234"),
            1,
            QStringLiteral("Tờ trình đề nghị.pdf"),
            QStringLiteral("%PDF-1.4 tờ trình").toUtf8(),
            { { QStringLiteral("certificate.layout"), QStringLiteral("{\"font\":\"Times New Roman\",\"cỡ\":14}") } },
            6 } },
        { 4,
          { { QStringLiteral("Nguyễn Thị Ánh"), QStringLiteral("Phạm Văn Nam"), QStringLiteral("Lê Văn Hùng"),
              QStringLiteral("Trần Thị Bích") },
            { QStringLiteral("Nguyễn Thị Ánh") },
            QStringLiteral("031185001234"),
            1,
            QStringLiteral("Tờ trình đề nghị.pdf"),
            QStringLiteral("%PDF-1.4 tờ trình").toUtf8(),
            { { QStringLiteral("certificate.layout"), QStringLiteral("{\"font\":\"Times New Roman\",\"cỡ\":14}") } },
            7,
            1 } },
        { 5,
          { { QStringLiteral("Nguyễn Thị Ánh"), QStringLiteral("Phạm Văn Nam"), QStringLiteral("Lê Văn Hùng"),
              QStringLiteral("Trần Thị Bích") },
            { QStringLiteral("Nguyễn Thị Ánh") },
            QStringLiteral("031185001234"),
            1,
            QStringLiteral("Tờ trình đề nghị.pdf"),
            QStringLiteral("%PDF-1.4 tờ trình").toUtf8(),
            { { QStringLiteral("certificate.layout"), QStringLiteral("{\"font\":\"Times New Roman\",\"cỡ\":14}") } },
            7,
            1 } },
        { 6,
          { { QStringLiteral("Nguyễn Thị Ánh"), QStringLiteral("Phạm Văn Nam"), QStringLiteral("Lê Văn Hùng"),
              QStringLiteral("Trần Thị Bích") },
            { QStringLiteral("Nguyễn Thị Ánh") },
            QStringLiteral("031185001234"),
            1,
            QStringLiteral("Tờ trình đề nghị.pdf"),
            QStringLiteral("%PDF-1.4 tờ trình").toUtf8(),
            { { QStringLiteral("certificate.layout"), QStringLiteral("{\"font\":\"Times New Roman\",\"cỡ\":14}") } },
            8,
            1 } },
    };
    return saved;
}

// tests/data/schema-vN.sqlite by N.
std::map<int, QString> savedFiles()
{
    std::map<int, QString> files;
    const QRegularExpression pattern(QStringLiteral("^schema-v(\\d+)\\.sqlite$"));
    const QDir data(dataFile(QString()));
    for (const QString &name : data.entryList({ QStringLiteral("schema-v*.sqlite") }, QDir::Files)) {
        const auto m = pattern.match(name);
        if (m.hasMatch())
            files[m.captured(1).toInt()] = data.filePath(name);
    }
    return files;
}

QVariant scalarOf(Database &db, const QString &sql, const QVariantList &values = {})
{
    auto q = db.run(sql, values, QString());
    REQUIRE(q.ok());
    REQUIRE(q->next());
    return q->value(0);
}

} // namespace

TEST_CASE("every schema version has a saved database in tests/data", "[storage][migration]")
{
    const auto files = savedFiles();
    for (int v = 1; v <= Database::currentSchemaVersion(); ++v) {
        INFO("tests/data/schema-v" << v << ".sqlite (make it with tests/data/make_schema_db.sh)");
        CHECK(files.count(v) == 1);
        CHECK(savedDatabases().count(v) == 1);
    }
    for (const auto &[version, path] : files) {
        INFO(path.toStdString() << " has no expected data in test_migrations.cpp");
        CHECK(savedDatabases().count(version) == 1);
    }
}

TEST_CASE("every saved schema version opens, reaches the current version and keeps its data", "[storage][migration]")
{
    const auto files = savedFiles();
    REQUIRE(files.size() >= 2);
    for (const auto &[version, source] : files) {
        INFO("schema-v" << version << ".sqlite");
        REQUIRE(savedDatabases().count(version) == 1);
        const SavedDatabase &expected = savedDatabases().at(version);
        TempDir dir;
        const QString path = dir.file(QStringLiteral("cu.sqlite"));
        REQUIRE(QFile::copy(source, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);

        auto db = openDatabase(path);
        CHECK(db->schemaVersion() == Database::currentSchemaVersion());
        CHECK(scalarOf(*db, QStringLiteral("PRAGMA integrity_check")).toString() == QStringLiteral("ok"));

        // An older file is copied aside first, still at its own version and complete.
        if (version < Database::currentSchemaVersion()) {
            const QString backup = db->lastMigrationBackup();
            REQUIRE_FALSE(backup.isEmpty());
            REQUIRE(QFile::exists(backup));
            CHECK(backup.contains(QStringLiteral(".v%1-").arg(version)));
            CHECK((QFile::permissions(backup) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteOther)) == 0);
            OpenOptions asIs;
            asIs.createIfMissing = false;
            asIs.migrate = false;
            auto old = Database::open(backup, asIs);
            REQUIRE_FALSE(old.ok()); // refuses to migrate: it is still the old version
            CHECK(old.error().message.contains(QString::number(version)));
        } else {
            CHECK(db->lastMigrationBackup().isEmpty());
        }

        auto campaign = CampaignStore(*db).loadActive();
        REQUIRE(campaign.ok());
        auto nominees = NomineeStore(*db).loadAll(campaign->id);
        REQUIRE(nominees.ok());
        QStringList names, approved;
        for (const Nominee &n : *nominees) {
            names.append(n.fullName);
            if (n.approved)
                approved.append(n.fullName);
        }
        CHECK(names == expected.names);
        CHECK(approved == expected.approved);
        REQUIRE_FALSE(nominees->isEmpty());
        CHECK(nominees->first().citizenId == expected.citizenIdOfFirst);

        CHECK(scalarOf(*db, QStringLiteral("SELECT COUNT(*) FROM attachment")).toInt() == expected.attachments);
        if (expected.attachments > 0) {
            auto q = db->run(QStringLiteral("SELECT file_name, data, size FROM attachment ORDER BY id"), {}, QString());
            REQUIRE(q.ok());
            REQUIRE(q->next());
            CHECK(q->value(0).toString() == expected.attachmentName);
            CHECK(q->value(1).toByteArray() == expected.attachmentData);
            CHECK(q->value(2).toLongLong() == expected.attachmentData.size());
        }
        SettingsStore settings(*db);
        for (const auto &[key, value] : expected.settings)
            CHECK(settings.value(key).value() == value);
        auto audit = AuditLog(*db).entries();
        REQUIRE(audit.ok());
        CHECK(audit->size() == expected.auditEntries);

        // And it takes new data like a new file.
        Nominee added = insertNominee(*db, eligibleNominee(*db, QStringLiteral("MN"), QStringLiteral("Đỗ Thị Hằng")));
        CHECK(added.id > 0);
        auto kept = BudgetStore(*db).lines(campaign->id);
        REQUIRE(kept.ok());
        REQUIRE(kept->size() == expected.costLines);
        if (expected.costLines > 0) {
            CHECK(kept->first().name == QStringLiteral("Hoa tươi"));
            CHECK(kept->first().amount() == 2500000);
        }
        // The conference tables (version 4) take data too.
        CostLine line;
        line.campaignId = campaign->id;
        line.name = QStringLiteral("Hoa tươi");
        line.quantity = 2;
        line.unitPrice = 250000;
        REQUIRE(BudgetStore(*db).add(line).ok());
        auto budget = loadBudget(*db, 1000000);
        REQUIRE(budget.ok());
        CHECK(budget->total == 1000000LL * expected.approved.size() + 2500000LL * expected.costLines + 500000);
    }
}

TEST_CASE("schema step 3 gives version-2 data people, the disciplined flag and open campaigns", "[storage][migration]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("v2.sqlite"));
    REQUIRE(QFile::copy(dataFile(QStringLiteral("schema-v2.sqlite")), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto db = openDatabase(path);
    REQUIRE(db->schemaVersion() >= 3);
    // Every old dossier: not disciplined, not yet linked to a person.
    CHECK(scalarOf(*db, QStringLiteral("SELECT COUNT(*) FROM nominee")).toInt() == 4);
    CHECK(scalarOf(*db, QStringLiteral("SELECT COUNT(*) FROM nominee WHERE disciplined = 0 AND person_id IS NULL"))
              .toInt()
          == 4);
    // The old campaign stays open, HONOURED_BEFORE off, no tie priority, default severities.
    CHECK(scalarOf(*db, QStringLiteral("SELECT closed + honoured_before_years FROM campaign")).toInt() == 0);
    CHECK(scalarOf(*db, QStringLiteral("SELECT tie_priority FROM campaign")).toString().isEmpty());
    CHECK(scalarOf(*db, QStringLiteral("SELECT COUNT(*) FROM campaign_rule")).toInt() == 0);
    CHECK(scalarOf(*db, QStringLiteral("SELECT COUNT(*) FROM person")).toInt() == 0);
    // A person can be added and a nominee linked to it (foreign key on).
    REQUIRE(db->run(QStringLiteral("INSERT INTO person (full_name, name_key, birth_date, citizen_id, created_at) "
                                   "VALUES (?, ?, ?, ?, ?)"),
                    { QStringLiteral("Nguyễn Thị Ánh"), QStringLiteral("nguyen thi anh"), QStringLiteral("1985-03-12"),
                      QStringLiteral("031185001234"), QStringLiteral("2025-01-01T00:00:00Z") },
                    QString())
                .ok());
    REQUIRE(db->run(QStringLiteral("UPDATE nominee SET person_id = 1 WHERE id = (SELECT MIN(id) FROM nominee)"), {},
                    QString())
                .ok());
    CHECK_FALSE(db->run(QStringLiteral("UPDATE nominee SET person_id = 999"), {}, QString()).ok());
}

TEST_CASE("schema step 5: a campaign from before the start-time column has none and takes one", "[storage][migration]")
{
    const auto files = savedFiles();
    REQUIRE(files.count(4) == 1);
    TempDir dir;
    const QString path = dir.file(QStringLiteral("v4.sqlite"));
    REQUIRE(QFile::copy(files.at(4), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto db = openDatabase(path);
    CampaignStore store(*db);
    auto campaign = store.loadActive();
    REQUIRE(campaign.ok());
    // Not invented for an existing campaign: the documents give the day only.
    CHECK_FALSE(campaign->conferenceStart.isValid());
    CHECK(campaign->conferenceTime == QStringLiteral("½ ngày"));
    campaign->conferenceStart = QTime(7, 30);
    REQUIRE(store.update(*campaign).ok());
    CHECK(store.loadActive()->conferenceStart == QTime(7, 30));
}

TEST_CASE("schema step 6: nominees from before the review columns are unreviewed and take a review",
          "[storage][migration]")
{
    const auto files = savedFiles();
    REQUIRE(files.count(5) == 1);
    TempDir dir;
    const QString path = dir.file(QStringLiteral("v5.sqlite"));
    REQUIRE(QFile::copy(files.at(5), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto db = openDatabase(path);
    CHECK(db->schemaVersion() == Database::currentSchemaVersion());
    auto campaign = CampaignStore(*db).loadActive();
    REQUIRE(campaign.ok());
    auto nominees = NomineeStore(*db).loadAll(campaign->id);
    REQUIRE(nominees.ok());
    REQUIRE_FALSE(nominees->isEmpty());
    for (const Nominee &n : *nominees)
        CHECK_FALSE(n.review.isSet());
    // The old verdicts are unchanged, and a warnings-only one can be reviewed.
    const QDate today(2024, 7, 20);
    const CampaignCheck check = checkCampaign(*campaign, *nominees, today);
    for (int i = 0; i < nominees->size(); ++i) {
        if (check.verdicts.at(i) != Verdict::Review)
            continue;
        auto saved = ReviewService(*db).review(nominees->at(i).id, QStringLiteral("đã xem xét sau nâng cấp"), today);
        REQUIRE(saved.ok());
        CHECK(NomineeStore(*db).load(nominees->at(i).id)->review.note == QStringLiteral("đã xem xét sau nâng cấp"));
    }
    CHECK(scalarOf(*db, QStringLiteral("SELECT count(*) FROM nominee WHERE reviewed_at IS NULL AND review_note = ''"))
              .toInt()
          >= 1);
}
