// validateImport() with the wizard's per-column choices (ImportColumnChoices).
#include "campaignstore.h"
#include "importer.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

using namespace vd;
using namespace vd::test;

namespace {

TableRow row(int number, const QStringList &cells)
{
    TableRow r;
    r.rowNumber = number;
    for (const QString &c : cells)
        r.cells.append(c.isEmpty() ? QVariant() : QVariant(c));
    return r;
}

SourceTable table()
{
    SourceTable t;
    t.format = QStringLiteral("CSV");
    t.rows = { row(1, { QStringLiteral("Người được đề nghị"), QStringLiteral("Chức vụ"), QStringLiteral("Đơn vị"),
                        QStringLiteral("Khối"), QStringLiteral("Đoàn viên công đoàn"), QStringLiteral("Điện thoại") }),
               row(2, { QStringLiteral("Nguyễn Thị Ánh"), QStringLiteral("Giáo viên"),
                        QStringLiteral("Trường Tiểu học An Hòa"), QStringLiteral("TH"), QStringLiteral("Có"),
                        QStringLiteral("0912345678") }) };
    return t;
}

bool hasProblemAbout(const ImportResult &r, const QString &needle)
{
    for (const ImportProblem &p : r.problems) {
        if (p.message.contains(needle))
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("Import column choices map an unknown header and skip a column", "[import][choices]")
{
    TempDir dir;
    auto db = openDatabase(dir.file(QStringLiteral("t.sqlite")));
    const Campaign campaign = CampaignStore(*db).loadActive().value();
    const QDate today(2024, 8, 1);

    // Automatic: the name column is unknown, so a required column is missing.
    auto automatic = validateImport(table(), campaign, today);
    REQUIRE(automatic.ok());
    CHECK_FALSE(automatic->headerComplete);
    CHECK_FALSE(automatic->columns.contains(ImportField::FullName));
    CHECK(hasProblemAbout(*automatic, QStringLiteral("Điện thoại")));

    ImportColumnChoices choices;
    choices.insert(0, ImportField::FullName);
    choices.insert(5, std::nullopt);
    auto chosen = validateImport(table(), campaign, today, choices);
    REQUIRE(chosen.ok());
    CHECK(chosen->headerComplete);
    CHECK(chosen->columns.value(ImportField::FullName, -1) == 0);
    CHECK(chosen->columns.value(ImportField::Position, -1) == 1); // unlisted: matched as usual
    CHECK_FALSE(hasProblemAbout(*chosen, QStringLiteral("Điện thoại"))); // skipped silently
    CHECK(chosen->problems.isEmpty());
    REQUIRE(chosen->records.size() == 1);
    CHECK(chosen->records[0].valid);
    CHECK(chosen->records[0].nominee.fullName == QStringLiteral("Nguyễn Thị Ánh"));
}

TEST_CASE("Import column choices can skip a recognised column or map two columns to one field", "[import][choices]")
{
    TempDir dir;
    auto db = openDatabase(dir.file(QStringLiteral("t.sqlite")));
    const Campaign campaign = CampaignStore(*db).loadActive().value();
    const QDate today(2024, 8, 1);

    ImportColumnChoices skipUnit { { 0, ImportField::FullName }, { 2, std::nullopt } };
    auto skipped = validateImport(table(), campaign, today, skipUnit);
    REQUIRE(skipped.ok());
    CHECK_FALSE(skipped->headerComplete); // Đơn vị is required
    CHECK_FALSE(skipped->columns.contains(ImportField::Unit));

    ImportColumnChoices twice { { 0, ImportField::FullName }, { 1, ImportField::FullName } };
    auto duplicate = validateImport(table(), campaign, today, twice);
    REQUIRE(duplicate.ok());
    CHECK(duplicate->columns.value(ImportField::FullName, -1) == 0);
    CHECK(duplicate->hasErrors()); // "only one column ..." on the header row, and no Chức vụ
    CHECK_FALSE(duplicate->headerComplete);
}
