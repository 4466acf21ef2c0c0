// Hostile input for the readers: the inputs the fuzzers (fuzz/) and code review
// found crashing or unbounded, kept as regression cases, and the size limits
// that refuse zip bombs, memory bombs and huge cells with a clear message.
#include "csvreader.h"
#include "importer.h"
#include "testsupport.h"
#include "xlsxreader.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace vd;
using namespace vd::test;

TEST_CASE("hostile XLSX files found by fuzzing are refused cleanly", "[import][xlsx][hostile]")
{
    struct Case
    {
        const char *file;
        const char *expected; // in the error message
    };
    // Each of these used to be undefined behaviour (signed overflow) or to
    // allocate gigabytes; ASan/UBSan builds run them.
    const Case cases[] = {
        { "xlsx-cell-row-overflow.xlsx", "A99999999999" }, // row of a cell reference overflowed int
        { "xlsx-row-number-overflow.xlsx", "1048576" }, // <row r="2147483647"> then a row without r
        { "xlsx-far-columns.xlsx", "2500000" }, // 399 cells at column XFD: 6.5 million padded cells
        { "xlsx-too-many-columns.xlsx", "16384" }, // cells without r past column XFD
    };
    for (const Case &c : cases) {
        INFO(c.file);
        auto table = readXlsxFile(dataFile(QStringLiteral("hostile/%1").arg(QLatin1String(c.file))));
        REQUIRE_FALSE(table.ok());
        CHECK(table.error().kind == ErrorKind::Storage);
        INFO(table.error().message.toStdString());
        CHECK(table.error().message.contains(QLatin1String(c.expected)));
        CHECK(table.error().message.startsWith(QStringLiteral("Tệp XLSX")));
    }
}

TEST_CASE("the XLSX cell budget is a limit of its own", "[import][xlsx][hostile]")
{
    XlsxLimits small;
    small.maxCells = 1000;
    auto table = readXlsxFile(dataFile(QStringLiteral("hostile/xlsx-far-columns.xlsx")), small);
    REQUIRE_FALSE(table.ok());
    CHECK(table.error().message.contains(QStringLiteral("hơn 1000 ô")));
    CHECK(table.error().message.contains(QStringLiteral("dòng 1")));
}

TEST_CASE("CSV cells longer than Excel allows are refused, up to the limit accepted", "[import][csv][hostile]")
{
    const QByteArray fits = "Họ và tên,Ghi chú\nAn," + QByteArray(32767, 'x') + "\n";
    auto ok = readCsv(fits);
    REQUIRE(ok.ok());
    CHECK(ok->rows.at(1).cell(1).toString().size() == 32767);

    for (const QByteArray &cell : { QByteArray(40000, 'x'), "\"" + QByteArray(40000, 'y') }) {
        // plain, and inside a quote that is never closed: refused for its size first
        auto tooLong = readCsv("Họ và tên,Ghi chú\nAn," + cell + "\n");
        REQUIRE_FALSE(tooLong.ok());
        CHECK(tooLong.error().kind == ErrorKind::Storage);
        INFO(tooLong.error().message.toStdString());
        CHECK(tooLong.error().message.contains(QStringLiteral("dòng 2")));
        CHECK(tooLong.error().message.contains(QStringLiteral("32767")));
    }
}

TEST_CASE("CSV files with too many cells or too many bytes are refused", "[import][csv][hostile]")
{
    CsvLimits limits;
    limits.maxCells = 100;
    // Separators alone make empty cells: 200 of them on one line.
    auto many = readCsv("a,b\n" + QByteArray(200, ',') + "x\n", limits);
    REQUIRE_FALSE(many.ok());
    CHECK(many.error().message.contains(QStringLiteral("hơn 100 ô")));

    limits = CsvLimits();
    limits.maxBytes = 1024;
    auto big = readCsv("a,b\n" + QByteArray(2000, 'z') + "\n", limits);
    REQUIRE_FALSE(big.ok());
    CHECK(big.error().message.contains(QStringLiteral("Tệp CSV bị từ chối")));
}

TEST_CASE("an oversized list file is refused before it is read into memory", "[import][csv][hostile]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("khong-lo.csv"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("Họ và tên,Đơn vị\n");
        // A sparse file: 101 MB on paper, nothing on the disk.
        REQUIRE(f.resize(CsvLimits().maxBytes + 1024 * 1024));
    }
    auto table = readImportTable(path);
    REQUIRE_FALSE(table.ok());
    CHECK(table.error().kind == ErrorKind::Storage);
    INFO(table.error().message.toStdString());
    CHECK(table.error().message.contains(QStringLiteral("khong-lo.csv")));
    CHECK(table.error().message.contains(QStringLiteral("101 MB")));
    CHECK(table.error().message.contains(QStringLiteral("100 MB")));
}

TEST_CASE("XLSX files that would fill the memory are refused by the per-file caps", "[import][xlsx][hostile]")
{
    struct Case
    {
        const char *file;
        const char *expected; // in the error message
    };
    // Made by tests/data/hostile/make_hostile.py: small on disk, gigabytes
    // once read before the caps (issue #14.6); peak memory of each under the
    // CLI is in docs/import-format.md.
    const Case cases[] = {
        { "xlsx-shared-strings-bomb.xlsx", "hơn 1000000 chuỗi" }, // 11 million shared strings
        { "xlsx-million-rows.xlsx", "hơn 150000 dòng" }, // 1 048 575 one-cell rows
        { "xlsx-huge-cell.xlsx", "dài hơn" }, // one cell of 190 million characters
    };
    for (const Case &c : cases) {
        INFO(c.file);
        auto table = readXlsxFile(dataFile(QStringLiteral("hostile/%1").arg(QLatin1String(c.file))));
        REQUIRE_FALSE(table.ok());
        CHECK(table.error().kind == ErrorKind::Storage);
        INFO(table.error().message.toStdString());
        CHECK(table.error().message.contains(QString::fromUtf8(c.expected)));
    }
}

TEST_CASE("the XLSX row and shared-string caps are configurable", "[import][xlsx][hostile]")
{
    XlsxLimits limits;
    limits.maxRows = 10;
    auto rows = readXlsxFile(dataFile(QStringLiteral("hostile/xlsx-million-rows.xlsx")), limits);
    REQUIRE_FALSE(rows.ok());
    CHECK(rows.error().message.contains(QStringLiteral("hơn 10 dòng")));
    CHECK(rows.error().message.contains(QStringLiteral("dòng 11 của trang “DS”")));

    limits = XlsxLimits();
    limits.maxRows = 2'000'000;
    limits.maxCells = 2'000'000;
    auto all = readXlsxFile(dataFile(QStringLiteral("hostile/xlsx-million-rows.xlsx")), limits);
    REQUIRE(all.ok());
    CHECK(all->rows.size() == 1'048'576);
}

TEST_CASE("XML entities cannot hide or pull in text", "[import][xlsx][hostile]")
{
    // A DTD with an external entity: refused outright (it used to be read
    // with the entity silently removed).
    auto external = readXlsxFile(dataFile(QStringLiteral("hostile/xlsx-external-entity.xlsx")));
    REQUIRE_FALSE(external.ok());
    INFO(external.error().message.toStdString());
    CHECK(external.error().message.contains(QStringLiteral("DOCTYPE")));

    // An undeclared entity: the cell that uses it is named, by column and row.
    auto undeclared = readXlsxFile(dataFile(QStringLiteral("hostile/xlsx-undeclared-entity.xlsx")));
    REQUIRE_FALSE(undeclared.ok());
    INFO(undeclared.error().message.toStdString());
    CHECK(undeclared.error().message.contains(QStringLiteral("ô B3")));
    CHECK(undeclared.error().message.contains(QStringLiteral("&xxe;")));
}

TEST_CASE("a password-protected XLSX is said to be one", "[import][xlsx][hostile]")
{
    auto table = readImportTable(dataFile(QStringLiteral("hostile/xlsx-password.xlsx")));
    REQUIRE_FALSE(table.ok());
    INFO(table.error().message.toStdString());
    CHECK(table.error().message.contains(QStringLiteral("mật khẩu")));
    CHECK_FALSE(table.error().message.contains(QStringLiteral("97-2003")));
}
