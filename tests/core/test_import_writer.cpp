#include "auditlog.h"
#include "campaignstore.h"
#include "importer.h"
#include "importtemplate.h"
#include "importwriter.h"
#include "nomineestore.h"
#include "testsupport.h"
#include "unitstore.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace vd;
using namespace vd::test;

namespace {

// A name without digits for row i (names with digits are refused on import).
QString spelledName(int i)
{
    QString letters;
    do {
        letters.prepend(QChar(u'a' + i % 26));
        i /= 26;
    } while (i > 0);
    return QStringLiteral("Người ") + letters;
}

QDate today() { return QDate(2024, 8, 1); }

ImportResult parse(Database &db, const QString &fixture)
{
    auto campaign = CampaignStore(db).loadActive();
    REQUIRE(campaign.ok());
    auto r = parseImportFile(dataFile(fixture), *campaign, today());
    REQUIRE(r.ok());
    return *r;
}

int count(Database &db, const char *table)
{
    auto q = db.run(QStringLiteral("SELECT count(*) FROM %1").arg(QString::fromLatin1(table)), {},
                    QStringLiteral("count"));
    REQUIRE(q.ok());
    REQUIRE(q->next());
    return q->value(0).toInt();
}

} // namespace

TEST_CASE("Import writes every valid row in one go, creating units on first use", "[import][writer]")
{
    TempDir dir;
    auto db = openDatabase(dir.file(QStringLiteral("t.sqlite")));
    const Campaign campaign = CampaignStore(*db).loadActive().value();
    // A unit that already exists (spelled differently) is reused, not duplicated.
    REQUIRE(UnitStore(*db).findOrCreate(campaign.id, QStringLiteral("TRƯỜNG MẦM NON HOA SEN"), 0).ok());
    const int auditBefore = count(*db, "audit_log");

    const ImportResult result = parse(*db, QStringLiteral("import-excel-vi.csv"));
    ImportWriteOptions options;
    options.fileName = dataFile(QStringLiteral("import-excel-vi.csv"));
    QList<QPair<int, int>> calls;
    options.progress = [&calls](int done, int total) {
        calls.append({ done, total });
        return true;
    };
    auto summary = writeImport(*db, campaign, result, options);
    REQUIRE(summary.ok());
    CHECK(summary->imported == 4);
    CHECK(summary->skipped == 0);
    CHECK(summary->unitsCreated == 2); // Công ty CP May An Dương (twice, case differs), UBND xã An Hòa
    CHECK(summary->nomineeIds.size() == 4);
    REQUIRE_FALSE(calls.isEmpty());
    CHECK(calls.last() == qMakePair(4, 4));

    auto nominees = NomineeStore(*db).loadAll(campaign.id);
    REQUIRE(nominees.ok());
    REQUIRE(nominees->size() == 4);
    CHECK(nominees->at(0).fullName == QStringLiteral("Nguyễn Thị Ánh"));
    CHECK(nominees->at(0).unitName == QStringLiteral("TRƯỜNG MẦM NON HOA SEN"));
    CHECK(nominees->at(1).unitId == nominees->at(2).unitId);
    CHECK(nominees->at(0).documents.size() == 3);
    CHECK(count(*db, "unit") == 3);

    // One audit entry for the import and one for the batch (plus the new units), not one per row.
    auto entries = AuditLog(*db).entries();
    REQUIRE(entries.ok());
    int imports = 0, singles = 0;
    for (const AuditEntry &e : *entries) {
        if (e.action == QLatin1String("import")) {
            ++imports;
            CHECK(e.details.contains(QStringLiteral("import-excel-vi.csv")));
            CHECK(e.details.contains(QStringLiteral("4")));
        }
        if (e.action == QLatin1String("nominee.create"))
            ++singles;
    }
    CHECK(imports == 1);
    CHECK(singles == 0);
    CHECK(count(*db, "audit_log") - auditBefore == 4); // 2 units + batch + import
}

TEST_CASE("A refused import leaves the database file byte for byte", "[import][writer]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("t.sqlite"));
    {
        auto db = openDatabase(path);
        insertNominee(*db, eligibleNominee(*db, QStringLiteral("MN"), QStringLiteral("Người Có Sẵn")));
    }
    const QByteArray before = fileHash(path);
    {
        auto db = openDatabase(path);
        const Campaign campaign = CampaignStore(*db).loadActive().value();
        const ImportResult bad = parse(*db, QStringLiteral("import-bad.csv"));
        auto refused = writeImport(*db, campaign, bad, {});
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().kind == ErrorKind::Validation);

        const ImportResult missing = parse(*db, QStringLiteral("import-missing-column.csv"));
        ImportWriteOptions skip;
        skip.skipInvalid = true;
        auto noHeader = writeImport(*db, campaign, missing, skip);
        REQUIRE_FALSE(noHeader.ok());
        CHECK(noHeader.error().kind == ErrorKind::Validation);

        ImportWriteOptions dry;
        dry.dryRun = true;
        dry.skipInvalid = true;
        auto dryRun = writeImport(*db, campaign, bad, dry);
        REQUIRE(dryRun.ok());
        CHECK(dryRun->imported == 2);
        CHECK(dryRun->skipped == 23);
        CHECK(dryRun->nomineeIds.isEmpty());
    }
    CHECK(fileHash(path) == before);
}

TEST_CASE("skipInvalid imports only the valid rows", "[import][writer]")
{
    TempDir dir;
    auto db = openDatabase(dir.file(QStringLiteral("t.sqlite")));
    const Campaign campaign = CampaignStore(*db).loadActive().value();
    const ImportResult bad = parse(*db, QStringLiteral("import-bad.csv"));
    ImportWriteOptions options;
    options.skipInvalid = true;
    auto summary = writeImport(*db, campaign, bad, options);
    REQUIRE(summary.ok());
    CHECK(summary->imported == 2);
    CHECK(summary->skipped == 23);
    CHECK(summary->warnings == 2);
    auto nominees = NomineeStore(*db).loadAll(campaign.id);
    REQUIRE(nominees->size() == 2);
    CHECK(nominees->at(0).citizenId == QStringLiteral("031085009999"));
    CHECK(nominees->at(1).fullName == QStringLiteral("Hoàng Văn Đúng"));
}

TEST_CASE("Cancelling an import rolls everything back", "[import][writer]")
{
    TempDir dir;
    auto db = openDatabase(dir.file(QStringLiteral("t.sqlite")));
    const Campaign campaign = CampaignStore(*db).loadActive().value();
    QString csv = QStringLiteral("Họ và tên;Chức vụ;Đơn vị;Khối;Đoàn viên công đoàn\r\n");
    for (int i = 0; i < 1200; ++i)
        csv += QStringLiteral("%1;Công nhân;Công ty %2;DN;x\r\n").arg(spelledName(i)).arg(i % 7);
    const QString path = dir.file(QStringLiteral("lon.csv"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(csv.toUtf8());
    }
    auto result = parseImportFile(path, campaign, today());
    REQUIRE(result.ok());
    ImportWriteOptions options;
    int calls = 0;
    options.progress = [&calls](int done, int) {
        ++calls;
        return done < 1000; // the user presses Cancel after the second batch
    };
    auto summary = writeImport(*db, campaign, *result, options);
    REQUIRE_FALSE(summary.ok());
    CHECK(summary.error().kind == ErrorKind::Cancelled);
    CHECK(calls == 2);
    CHECK(count(*db, "nominee") == 0);
    CHECK(count(*db, "unit") == 0);
}

TEST_CASE("The import template is a valid list with one example row", "[import][template]")
{
    TempDir dir;
    auto db = openDatabase(dir.file(QStringLiteral("t.sqlite")));
    const Campaign campaign = CampaignStore(*db).loadActive().value();
    const QString path = dir.file(importTemplateFileName());
    REQUIRE(writeImportTemplate(path, campaign).ok());
    auto table = readImportTable(path);
    REQUIRE(table.ok());
    REQUIRE(table->rows.size() == 2);
    // The header row is the contract's, in its order.
    const QList<ImportColumnSpec> &columns = importColumns();
    REQUIRE(table->rows[0].cells.size() == columns.size());
    for (int c = 0; c < columns.size(); ++c)
        CHECK(table->rows[0].cell(c).toString() == columns[c].headerText());
    auto result = validateImport(*table, campaign, today());
    REQUIRE(result.ok());
    CHECK(result->problems.isEmpty());
    REQUIRE(result->records.size() == 1);
    CHECK(result->records[0].valid);
    CHECK(result->records[0].nominee.birthDate == QDate(1985, 3, 15)); // a real date cell
    CHECK(result->records[0].nominee.citizenId == QStringLiteral("031185001234"));

    // A folder that does not exist: an error, and no file left behind.
    const QString bad = dir.file(QStringLiteral("khong-co/mau.xlsx"));
    auto st = writeImportTemplate(bad, campaign);
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().kind == ErrorKind::Storage);
    CHECK_FALSE(QFile::exists(bad));
}
