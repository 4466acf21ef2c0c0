#include "testsupport.h"

#include "approvalservice.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace vd;
using namespace vd::test;

namespace {

QStringList lines(const QString &text) { return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }

int nomineeCount(const QString &db)
{
    auto r = runCli({ QStringLiteral("--db"), db, QStringLiteral("list"), QStringLiteral("--json") });
    REQUIRE(r.exitCode == 0);
    return QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("nominees")).toArray().size();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

TEST_CASE("cli import: a good file is imported with a summary line", "[cli][import]")
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("x.sqlite"));
    const QString file = dataFile(QStringLiteral("import-excel-vi.csv"));
    auto r = runCli({ QStringLiteral("--db"), db, QStringLiteral("import"), file });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("Đã nhập 4, bỏ qua 0, cảnh báo 0")));
    CHECK(nomineeCount(db) == 4);
    auto list = runCli({ QStringLiteral("--db"), db, QStringLiteral("list") });
    CHECK(list.out.contains(QStringLiteral("Phạm Văn Nam")));
}

TEST_CASE("cli import: all or nothing, every problem as FILE:ROW:COLUMN, database untouched", "[cli][import]")
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("x.sqlite"));
    REQUIRE(
        runCli({ QStringLiteral("--db"), db, QStringLiteral("import"), dataFile(QStringLiteral("import-utf16.csv")) })
            .exitCode
        == 0);
    const QByteArray before = fileHash(db);

    const QString file = dataFile(QStringLiteral("import-bad.csv"));
    auto r = runCli({ QStringLiteral("--db"), db, QStringLiteral("import"), file });
    CHECK(r.exitCode == 1);
    CHECK(fileHash(db) == before);
    const QStringList err = lines(r.err);
    const QString prefix = file + QLatin1Char(':');
    CHECK(err.filter(prefix).size() == 26); // 24 errors + 2 warnings
    CHECK(err.contains(prefix + QStringLiteral("4:Ngày sinh: Ngày “31/02/2024” không có thật.")));
    CHECK(err.filter(prefix + QStringLiteral("13:Khối: ")).size() == 1);
    CHECK(err.filter(prefix + QStringLiteral("24:Số CCCD: cảnh báo: ")).size() == 1);
    CHECK(err.filter(prefix + QStringLiteral("1:Số điện thoại: cảnh báo: ")).size() == 1);
    CHECK(err.filter(prefix + QStringLiteral("26:")).size() == 2);
    CHECK(nomineeCount(db) == 2);

    // --dry-run refuses the same way; with --skip-invalid it only reports.
    auto dry = runCli({ QStringLiteral("--db"), db, QStringLiteral("import"), file, QStringLiteral("--dry-run") });
    CHECK(dry.exitCode == 1);
    auto dry2 = runCli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("--dry-run"),
                         QStringLiteral("--skip-invalid"), file });
    CHECK(dry2.exitCode == 0);
    CHECK(dry2.out.contains(QStringLiteral("sẽ nhập 2, bỏ qua 23, cảnh báo 2")));
    CHECK(fileHash(db) == before);
}

TEST_CASE("cli import --skip-invalid imports the valid rows and lists the others", "[cli][import]")
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("x.sqlite"));
    const QString file = dataFile(QStringLiteral("import-bad.csv"));
    auto r = runCli({ QStringLiteral("--db"), db, QStringLiteral("import"), file, QStringLiteral("--skip-invalid") });
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("Đã nhập 2, bỏ qua 23, cảnh báo 2")));
    CHECK(lines(r.err).filter(file + QLatin1Char(':')).size() == 26);
    CHECK(nomineeCount(db) == 2);
}

TEST_CASE("cli import --dry-run validates only", "[cli][import]")
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("x.sqlite"));
    REQUIRE(runCli({ QStringLiteral("--db"), db, QStringLiteral("init") }).exitCode == 0);
    const QByteArray before = fileHash(db);
    auto r = runCli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("--dry-run"),
                      dataFile(QStringLiteral("import-nfd.csv")) });
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("sẽ nhập 1")));
    CHECK(fileHash(db) == before);
    CHECK(nomineeCount(db) == 0);
}

TEST_CASE("cli import: a missing required column exits 1 naming it", "[cli][import]")
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("x.sqlite"));
    const QString file = dataFile(QStringLiteral("import-missing-column.csv"));
    for (const QStringList &extra : { QStringList(), QStringList { QStringLiteral("--skip-invalid") } }) {
        auto r = runCli(QStringList { QStringLiteral("--db"), db, QStringLiteral("import"), file } + extra);
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(file + QStringLiteral(":1:Khối: ")));
        CHECK(r.err.contains(QStringLiteral("Đoàn viên công đoàn")));
    }
    CHECK(nomineeCount(db) == 0);
}

TEST_CASE("cli import: files that are not a CSV or XLSX list exit 3", "[cli][import]")
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("x.sqlite"));
    const QString empty = dir.file(QStringLiteral("rong.csv"));
    writeFile(empty, QByteArray());
    const QString binary = dir.file(QStringLiteral("anh.png"));
    writeFile(binary, QByteArray("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", 16));
    const QString xls = dir.file(QStringLiteral("cu.xls"));
    writeFile(xls, QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(500, '\0'));
    const QString zip = dir.file(QStringLiteral("hong.xlsx"));
    writeFile(zip, QByteArray("PK\x03\x04garbage"));
    const QString prose = dir.file(QStringLiteral("thu.txt"));
    writeFile(prose, "Kính gửi Liên đoàn Lao động huyện An Dương,\nxin gửi danh sách kèm theo.\n");
    for (const QString &file :
         { empty, binary, xls, zip, prose, dir.file(QStringLiteral("khong-co.csv")), dir.path() }) {
        CAPTURE(file.toStdString());
        auto r = runCli({ QStringLiteral("--db"), db, QStringLiteral("import"), file });
        CHECK(r.exitCode == 3);
        CHECK_FALSE(r.err.trimmed().isEmpty());
    }
    CHECK_FALSE(QFile::exists(db)); // a bad file does not even create the database
}

TEST_CASE("cli import usage errors exit 2", "[cli][import]")
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("x.sqlite"));
    for (const QStringList &args : { QStringList {}, QStringList { QStringLiteral("--bogus"), QStringLiteral("a.csv") },
                                     QStringList { QStringLiteral("a.csv"), QStringLiteral("b.csv") } }) {
        auto r = runCli(QStringList { QStringLiteral("--db"), db, QStringLiteral("import") } + args);
        CHECK(r.exitCode == 2);
    }
}

TEST_CASE("cli template writes a workbook that imports back", "[cli][import]")
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("x.sqlite"));
    const QString out = dir.file(QStringLiteral("danh-sach-trich-ngang.xlsx"));
    auto r = runCli({ QStringLiteral("--db"), db, QStringLiteral("template"), QStringLiteral("-o"), out });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    REQUIRE(QFile::exists(out));
    auto back = runCli({ QStringLiteral("--db"), db, QStringLiteral("import"), out });
    INFO(back.err.toStdString());
    CHECK(back.exitCode == 0);
    CHECK(back.out.contains(QStringLiteral("Đã nhập 1, bỏ qua 0, cảnh báo 0")));
    CHECK(runCli({ QStringLiteral("--db"), db, QStringLiteral("template") }).exitCode == 2);
}

TEST_CASE("cli import: the committed template in resources imports cleanly", "[cli][import]")
{
    TempDir dir;
    const QString file = QStringLiteral(VINHDANH_TEST_DATA_DIR "/../../resources/templates/danh-sach-trich-ngang.xlsx");
    REQUIRE(QFile::exists(file));
    auto r = runCli({ QStringLiteral("--db"), dir.file(QStringLiteral("x.sqlite")), QStringLiteral("import"),
                      QStringLiteral("--dry-run"), file });
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.err.isEmpty());
}

TEST_CASE("cli import: a row that duplicates an approved nominee is refused; --withdraw-approvals withdraws it",
          "[cli][import][approval]")
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("x.sqlite"));
    qint64 approvedId = 0;
    {
        // The first row of import-excel-vi.csv, already approved.
        auto d = openDatabase(db);
        Nominee anh = eligibleNominee(*d, QStringLiteral("MN"), QStringLiteral("Nguyễn Thị Ánh"));
        anh.birthDate = QDate(1985, 3, 15);
        anh.citizenId = QStringLiteral("031185001234");
        approvedId = insertNominee(*d, anh).id;
        REQUIRE(ApprovalService(*d).approve({ approvedId }, QDate(2024, 7, 10)).ok());
    }
    const QString file = dataFile(QStringLiteral("import-excel-vi.csv"));
    auto refused = runCli({ QStringLiteral("--db"), db, QStringLiteral("import"), file });
    INFO(refused.out.toStdString() << refused.err.toStdString());
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("đã duyệt")));
    CHECK(refused.err.contains(QStringLiteral("Nguyễn Thị Ánh (mã %1").arg(approvedId)));
    CHECK(nomineeCount(db) == 1);

    auto withdrawn = runCli(
        { QStringLiteral("--db"), db, QStringLiteral("import"), file, QStringLiteral("--withdraw-approvals") });
    INFO(withdrawn.out.toStdString() << withdrawn.err.toStdString());
    REQUIRE(withdrawn.exitCode == 0);
    CHECK(withdrawn.out.contains(QStringLiteral("Đã bỏ duyệt mã %1").arg(approvedId)));
    CHECK(nomineeCount(db) == 5);
    auto audit = runCli({ QStringLiteral("--db"), db, QStringLiteral("audit"), QStringLiteral("--json") });
    CHECK(audit.out.contains(QStringLiteral("approval.withdraw")));
}
