// Issue #21: "Chức vụ, đơn vị công tác" in one column. Recognised from its
// header, never split silently: without ImportOptions::splitPositionUnit the
// file is refused naming the column; with it each cell is cut at its first
// comma (or " - "), and a cell that cannot be cut is an error of its row.
// Real files (CSV in a temporary folder, the LibreOffice fixture of
// tests/data/units) through readImportTables() + validateImportTables().
#include "campaignstore.h"
#include "importer.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace vd;
using namespace vd::test;

namespace {

const QDate kToday(2024, 8, 1);

struct Checked
{
    TempDir dir;
    std::unique_ptr<Database> db;
    Campaign campaign;
    Checked()
        : db(openDatabase(dir.file(QStringLiteral("t.sqlite")))), campaign(CampaignStore(*db).loadActive().value())
    {
    }
    // `lines` written as a UTF-8 CSV file (";"), then read and checked.
    ImportResult check(const QStringList &lines, bool split)
    {
        const QString path = dir.file(QStringLiteral("ds.csv"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(lines.join(QLatin1Char('\n')).toUtf8());
        file.close();
        return checkFile(path, split);
    }
    ImportResult checkFile(const QString &path, bool split)
    {
        auto tables = readImportTables(path);
        REQUIRE(tables.ok());
        ImportOptions options;
        options.splitPositionUnit = split;
        auto result = validateImportTables(*tables, campaign, kToday, options);
        REQUIRE(result.ok());
        return *result;
    }
};

const ImportProblem *problemAt(const ImportResult &r, int row, ImportSeverity severity)
{
    for (const ImportProblem &p : r.problems) {
        if (p.row == row && p.severity == severity)
            return &p;
    }
    return nullptr;
}

QString csvRow(const QString &name, const QString &positionUnit)
{
    return QStringLiteral("%1;%2;MN;Có").arg(name, positionUnit);
}

} // namespace

TEST_CASE("Import: headers naming position and unit in one column", "[import][position-unit]")
{
    struct Case
    {
        const char *header;
        bool combined;
    };
    const Case cases[] = {
        { "Chức vụ, đơn vị công tác", true },
        { "CHỨC VỤ - ĐƠN VỊ", true },
        { "chuc vu va don vi cong tac", true },
        { "Chức danh, nơi công tác", true },
        { "Chức vụ, cơ quan đơn vị", true },
        { "Chức vụ", false },
        { "Đơn vị", false },
        { "Đơn vị, chức vụ", false },
        { "Chức vụ nghề nghiệp", false },
    };
    for (const Case &c : cases) {
        INFO(c.header);
        CHECK(isPositionUnitHeader(QString::fromUtf8(c.header)) == c.combined);
    }
}

TEST_CASE("Import: cutting one 'chức vụ, đơn vị' cell", "[import][position-unit]")
{
    struct Case
    {
        const char *cell;
        bool cut;
        const char *position;
        const char *unit;
    };
    const Case cases[] = {
        { "Giáo viên, Trường Mầm non Hoa Sen", true, "Giáo viên", "Trường Mầm non Hoa Sen" },
        { "  Giáo viên ,  Trường Mầm non Hoa Sen ", true, "Giáo viên", "Trường Mầm non Hoa Sen" },
        { "Công nhân - Công ty CP May An Dương", true, "Công nhân", "Công ty CP May An Dương" },
        { "Công nhân – Công ty CP May An Dương", true, "Công nhân", "Công ty CP May An Dương" },
        // A comma wins over an earlier " - ", which belongs to the position.
        { "Công chức Văn phòng - Thống kê, UBND xã An Hồng", true, "Công chức Văn phòng - Thống kê",
          "UBND xã An Hồng" },
        { "Chuyên viên, Phòng Tài chính - Kế hoạch", true, "Chuyên viên", "Phòng Tài chính - Kế hoạch" },
        { "Hiệu trưởng, Trường TH An Hòa, xã An Hòa", true, "Hiệu trưởng", "Trường TH An Hòa, xã An Hòa" },
        { "Bảo vệ", false, "", "" },
        { "Giáo viên-Trường Mầm non", false, "", "" },
        { ", Trường Mầm non Hoa Sen", false, "", "" },
        { "Giáo viên,", false, "", "" },
    };
    for (const Case &c : cases) {
        INFO(c.cell);
        QString position, unit;
        REQUIRE(splitPositionUnit(QString::fromUtf8(c.cell), &position, &unit) == c.cut);
        if (c.cut) {
            CHECK(position == QString::fromUtf8(c.position));
            CHECK(unit == QString::fromUtf8(c.unit));
        }
    }
}

TEST_CASE("Import: a combined column refuses the file unless the split is chosen", "[import][position-unit]")
{
    Checked c;
    const QStringList lines = {
        QStringLiteral("Họ và tên;Chức vụ, đơn vị công tác;Khối;Đoàn viên công đoàn"),
        csvRow(QStringLiteral("Nguyễn Thị Ánh"), QStringLiteral("Giáo viên, Trường Mầm non Hoa Sen")),
        csvRow(QStringLiteral("Trần Thị Bích"), QStringLiteral("Giáo viên - Trường Mầm non Hoa Sen")),
    };
    const ImportResult off = c.check(lines, false);
    CHECK(off.positionUnitUnsplit);
    CHECK_FALSE(off.headerComplete);
    CHECK(off.positionUnitColumn == 1);
    CHECK(off.positionUnitHeader == QStringLiteral("Chức vụ, đơn vị công tác"));
    const ImportProblem *refusal = problemAt(off, 1, ImportSeverity::Error);
    REQUIRE(refusal != nullptr);
    CHECK(refusal->column == QStringLiteral("Chức vụ, đơn vị công tác"));
    CHECK(refusal->columnIndex == 1);
    CHECK(refusal->message.contains(QStringLiteral("“Chức vụ, đơn vị công tác”")));
    CHECK(refusal->message.contains(QStringLiteral("Tách ô")));
    CHECK(refusal->message.contains(QStringLiteral("--split-position-unit")));
    CHECK(off.errorCount() == 1); // not also "Thiếu cột bắt buộc Chức vụ / Đơn vị"
    CHECK(off.splits.isEmpty());

    const ImportResult on = c.check(lines, true);
    CHECK_FALSE(on.positionUnitUnsplit);
    CHECK(on.headerComplete);
    CHECK(on.errorCount() == 0);
    REQUIRE(on.records.size() == 2);
    for (const ImportRecord &r : on.records) {
        CHECK(r.valid);
        CHECK(r.nominee.position == QStringLiteral("Giáo viên"));
        CHECK(r.nominee.unitName == QStringLiteral("Trường Mầm non Hoa Sen"));
    }
    REQUIRE(on.splits.size() == 2);
    CHECK(on.splits.at(1).row == 3);
    CHECK(on.splits.at(1).cell == QStringLiteral("Giáo viên - Trường Mầm non Hoa Sen"));
    CHECK(on.splits.at(1).position == QStringLiteral("Giáo viên"));
    CHECK(on.splits.at(1).unit == QStringLiteral("Trường Mầm non Hoa Sen"));
}

TEST_CASE("Import: a split cell without a separator is an error of its row and column", "[import][position-unit]")
{
    struct Case
    {
        const char *cell;
        const char *needle; // in the row's error
    };
    const Case cases[] = {
        { "Bảo vệ", "không có dấu phẩy" },
        { "Giáo viên,", "không có dấu phẩy" },
        { "", "đang trống" },
    };
    for (const Case &bad : cases) {
        INFO(bad.cell);
        Checked c;
        const ImportResult r = c.check(
            {
                QStringLiteral("Họ và tên;Chức vụ - Đơn vị;Khối;Đoàn viên công đoàn"),
                csvRow(QStringLiteral("Nguyễn Thị Ánh"), QStringLiteral("Giáo viên, Trường Mầm non Hoa Sen")),
                csvRow(QStringLiteral("Lê Văn Cường"), QString::fromUtf8(bad.cell)),
            },
            true);
        CHECK(r.headerComplete);
        REQUIRE(r.records.size() == 2);
        CHECK(r.records.at(0).valid);
        CHECK_FALSE(r.records.at(1).valid);
        CHECK(r.errorCount() == 1); // not also "Chức vụ trống" from the nominee's checks
        const ImportProblem *p = problemAt(r, 3, ImportSeverity::Error);
        REQUIRE(p != nullptr);
        CHECK(p->column == QStringLiteral("Chức vụ - Đơn vị"));
        CHECK(p->columnIndex == 1);
        CHECK(p->message.contains(QString::fromUtf8(bad.needle)));
        CHECK(r.splits.size() == 1);
    }
}

TEST_CASE("Import: a combined column beside a separate Đơn vị or Chức vụ column", "[import][position-unit]")
{
    struct Case
    {
        const char *header;
        const char *other; // the separate column's cell
        const char *cell;
        const char *position;
        const char *unit;
        bool warning;
    };
    const Case cases[] = {
        // "Đơn vị" of its own: the cell gives the position, cut where the rest is that unit.
        { "Đơn vị", "Trường Mầm non Hoa Sen", "Giáo viên, Trường mầm non Hoa Sen", "Giáo viên",
          "Trường Mầm non Hoa Sen", false },
        { "Đơn vị", "Trường Mầm non Hoa Sen", "Giáo viên", "Giáo viên", "Trường Mầm non Hoa Sen", false },
        { "Đơn vị", "Trường Mầm non Hoa Sen", "Phó Hiệu trưởng, phụ trách chuyên môn",
          "Phó Hiệu trưởng, phụ trách chuyên môn", "Trường Mầm non Hoa Sen", true },
        // "Chức vụ" of its own: the cell gives the unit.
        { "Chức vụ", "Giáo viên", "Giáo viên, Trường Mầm non Hoa Sen", "Giáo viên", "Trường Mầm non Hoa Sen", false },
        { "Chức vụ", "Giáo viên", "Trường Mầm non Hoa Sen", "Giáo viên", "Trường Mầm non Hoa Sen", false },
    };
    for (const Case &k : cases) {
        INFO(k.header << " / " << k.cell);
        Checked c;
        const QStringList lines = {
            QStringLiteral("Họ và tên;%1;Chức vụ, đơn vị công tác;Khối;Đoàn viên công đoàn")
                .arg(QString::fromUtf8(k.header)),
            QStringLiteral("Nguyễn Thị Ánh;%1;%2;MN;Có").arg(QString::fromUtf8(k.other), QString::fromUtf8(k.cell)),
        };
        // Still needed for one field: refused without the choice.
        CHECK(c.check(lines, false).positionUnitUnsplit);
        const ImportResult r = c.check(lines, true);
        CHECK(r.headerComplete);
        CHECK(r.errorCount() == 0);
        REQUIRE(r.records.size() == 1);
        CHECK(r.records.at(0).valid);
        CHECK(r.records.at(0).nominee.position == QString::fromUtf8(k.position));
        CHECK(r.records.at(0).nominee.unitName == QString::fromUtf8(k.unit));
        CHECK((r.warningCount() == 1) == k.warning);
    }
}

TEST_CASE("Import: a combined column beside both Chức vụ and Đơn vị is ignored", "[import][position-unit]")
{
    Checked c;
    const ImportResult r = c.check(
        {
            QStringLiteral("Họ và tên;Chức vụ;Đơn vị;Chức vụ, đơn vị công tác;Khối;Đoàn viên công đoàn"),
            QStringLiteral("Nguyễn Thị Ánh;Giáo viên;Trường Mầm non Hoa Sen;Tổ trưởng, Trường khác;MN;Có"),
        },
        false);
    CHECK_FALSE(r.positionUnitUnsplit);
    CHECK(r.headerComplete);
    CHECK(r.positionUnitColumn == -1);
    REQUIRE(r.records.size() == 1);
    CHECK(r.records.at(0).valid);
    CHECK(r.records.at(0).nominee.position == QStringLiteral("Giáo viên"));
    const ImportProblem *p = problemAt(r, 1, ImportSeverity::Warning);
    REQUIRE(p != nullptr);
    CHECK(p->message.contains(QStringLiteral("bỏ qua")));
}

TEST_CASE("Import: the unit file with 'Chức vụ, đơn vị công tác' (xlsx, xls, ods)", "[import][position-unit]")
{
    for (const char *name :
         { "units/unit-position-unit.xlsx", "units/unit-position-unit.xls", "units/unit-position-unit.ods" }) {
        INFO(name);
        Checked c;
        const QString path = dataFile(QString::fromLatin1(name));
        const ImportResult off = c.checkFile(path, false);
        CHECK(off.positionUnitUnsplit);
        const ImportResult on = c.checkFile(path, true);
        CHECK(on.errorCount() == 0);
        REQUIRE(on.validCount() == 12);
        REQUIRE(on.splits.size() == 12);
        REQUIRE(on.sheets.size() == 1);
        CHECK(on.sheets.at(0).footerRows == 5); // the signature block still left out
        // Row 11: the position's own " - " before the comma; row 15: cut at " - ".
        CHECK(on.records.at(6).row == 11);
        CHECK(on.records.at(6).nominee.position == QStringLiteral("Công chức Văn phòng - Thống kê"));
        CHECK(on.records.at(6).nominee.unitName == QStringLiteral("UBND xã An Hồng"));
        CHECK(on.records.at(10).nominee.position == QStringLiteral("Công nhân"));
        CHECK(on.records.at(10).nominee.unitName == QStringLiteral("Công ty CP May An Dương"));
    }
}

TEST_CASE("Import: a combined column on one sheet of several", "[import][position-unit]")
{
    Checked c;
    const auto sheet = [](const QString &name, const QStringList &header, const QStringList &cells) {
        SourceTable t;
        t.format = QStringLiteral("XLSX");
        t.sheet = name;
        TableRow h, r;
        h.rowNumber = 1;
        r.rowNumber = 2;
        for (const QString &text : header)
            h.cells.append(text);
        for (const QString &text : cells)
            r.cells.append(text);
        t.rows = { h, r };
        return t;
    };
    const QList<SourceTable> tables = {
        sheet(QStringLiteral("Giáo dục"),
              { QStringLiteral("Họ và tên"), QStringLiteral("Chức vụ"), QStringLiteral("Đơn vị"),
                QStringLiteral("Khối"), QStringLiteral("Đoàn viên công đoàn") },
              { QStringLiteral("Nguyễn Thị Ánh"), QStringLiteral("Giáo viên"), QStringLiteral("Trường Mầm non Hoa Sen"),
                QStringLiteral("MN"), QStringLiteral("Có") }),
        sheet(QStringLiteral("Khác"),
              { QStringLiteral("Họ và tên"), QStringLiteral("Chức vụ, đơn vị công tác"), QStringLiteral("Khối"),
                QStringLiteral("Đoàn viên công đoàn") },
              { QStringLiteral("Dương Văn Minh"), QStringLiteral("Công nhân, Công ty CP May An Dương"),
                QStringLiteral("DN"), QStringLiteral("Có") }),
    };
    auto off = validateImportTables(tables, c.campaign, kToday);
    REQUIRE(off.ok());
    CHECK(off->positionUnitUnsplit);
    CHECK_FALSE(off->headerComplete);
    const ImportProblem *refusal = problemAt(*off, 1, ImportSeverity::Error);
    REQUIRE(refusal != nullptr);
    CHECK(refusal->sheet == QStringLiteral("Khác"));

    ImportOptions options;
    options.splitPositionUnit = true;
    auto on = validateImportTables(tables, c.campaign, kToday, options);
    REQUIRE(on.ok());
    CHECK(on->headerComplete);
    CHECK(on->errorCount() == 0);
    CHECK(on->validCount() == 2);
    REQUIRE(on->splits.size() == 1);
    CHECK(on->splits.at(0).sheet == QStringLiteral("Khác"));
    CHECK(on->records.at(1).nominee.unitName == QStringLiteral("Công ty CP May An Dương"));
}
