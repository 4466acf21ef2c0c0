// Issue #21: the files units really send (tests/data/units/, made by
// make_unit_files.py with LibreOffice): each imports exactly its 12 nominees —
// names, genders, birth years — and nothing else, with the footer skipped once.
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace vd::test;

namespace {

struct Expected
{
    const char *name;
    const char *gender;
    int birthYear;
};

// The same 12 nominees in every file (make_unit_files.py, NOMINEES).
const Expected kNominees[] = {
    { "Nguyễn Thị Ánh", "Nữ", 1985 }, { "Trần Thị Bích", "Nữ", 1990 },   { "Lê Văn Cường", "Nam", 1982 },
    { "Phạm Thị Dung", "Nữ", 1988 },  { "Hoàng Văn Em", "Nam", 1979 },   { "Vũ Thị Giang", "Nữ", 1992 },
    { "Đặng Văn Hải", "Nam", 1986 },  { "Bùi Thị Hạnh", "Nữ", 1991 },    { "Đỗ Văn Khánh", "Nam", 1984 },
    { "Ngô Thị Lan", "Nữ", 1987 },    { "Dương Văn Minh", "Nam", 1983 }, { "Lý Thị Nga", "Nữ", 1989 },
};

QJsonArray listNominees(const QString &db)
{
    auto r = runCli({ QStringLiteral("--db"), db, QStringLiteral("list"), QStringLiteral("--json") });
    REQUIRE(r.exitCode == 0);
    return QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("nominees")).toArray();
}

void checkTwelve(const QString &db)
{
    const QJsonArray nominees = listNominees(db);
    REQUIRE(nominees.size() == 12);
    for (const Expected &e : kNominees) {
        INFO(e.name);
        bool found = false;
        for (const QJsonValue &v : nominees) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("full_name")).toString() != QString::fromUtf8(e.name))
                continue;
            found = true;
            CHECK(o.value(QStringLiteral("gender")).toString() == QString::fromUtf8(e.gender));
            CHECK(o.value(QStringLiteral("birth_year")).toInt() == e.birthYear);
        }
        CHECK(found);
    }
}

} // namespace

TEST_CASE("cli import: unit files with titles, two-row headers, sheets and signature blocks", "[cli][import][units]")
{
    struct Case
    {
        const char *file;
        QStringList expectedOut; // in the dry-run's stdout
        QStringList extensions = { QStringLiteral("xlsx"), QStringLiteral("xls"), QStringLiteral("ods") };
    };
    const Case cases[] = {
        { "unit-title-signature.xlsx",
          { QStringLiteral("tiêu đề dòng 4, dữ liệu dòng 5–16 (12 dòng)"),
            QStringLiteral("bỏ qua 5 dòng ký tên ở cuối bảng") } },
        { "unit-nam-nu.xlsx",
          { QStringLiteral("tiêu đề dòng 4–5, dữ liệu dòng 7–18 (12 dòng)"),
            QStringLiteral("bỏ qua 5 dòng ký tên ở cuối bảng") } },
        { "unit-sheets.xlsx",
          { QStringLiteral("[Hướng dẫn]: bỏ qua trang này"),
            QStringLiteral("[Giáo dục]: tiêu đề dòng 1, dữ liệu dòng 2–7 (6 dòng)"),
            QStringLiteral("[Khác]: tiêu đề dòng 1, dữ liệu dòng 2–7 (6 dòng)") } },
        // A layout table first, then the list (title row merged across, header in row 2).
        { "unit-word.xlsx",
          { QStringLiteral("[Bảng 2]: tiêu đề dòng 2, dữ liệu dòng 3–14 (12 dòng)") },
          { QStringLiteral("docx") } },
    };
    // The same layouts saved by LibreOffice as .xlsx, Excel 97-2003 .xls and .ods.
    for (const Case &c : cases) {
        for (const QString &extension : c.extensions) {
            const QString name = QString::fromLatin1(c.file).replace(QLatin1String("xlsx"), extension);
            INFO(name.toStdString());
            TempDir dir;
            const QString db = dir.file(QStringLiteral("x.sqlite"));
            const QString file = dataFile(QStringLiteral("units/%1").arg(name));
            auto dry
                = runCli({ QStringLiteral("--db"), db, QStringLiteral("import"), file, QStringLiteral("--dry-run") });
            INFO(dry.out.toStdString());
            INFO(dry.err.toStdString());
            REQUIRE(dry.exitCode == 0);
            for (const QString &expected : c.expectedOut)
                CHECK(dry.out.contains(expected));
            CHECK(dry.out.contains(QStringLiteral("sẽ nhập 12, bỏ qua 0")));
            CHECK_FALSE(dry.err.contains(QStringLiteral("lỗi")));

            auto r = runCli({ QStringLiteral("--db"), db, QStringLiteral("import"), file });
            INFO(r.err.toStdString());
            REQUIRE(r.exitCode == 0);
            CHECK(r.out.contains(QStringLiteral("Đã nhập 12, bỏ qua 0")));
            checkTwelve(db);
        }
    }
}

TEST_CASE("cli import: password-protected workbooks are said to be", "[cli][import][units]")
{
    TempDir dir;
    for (const char *file : { "hostile/xls-password.xls", "hostile/xlsx-password.xlsx" }) {
        INFO(file);
        auto r = runCli({ QStringLiteral("--db"), dir.file(QStringLiteral("x.sqlite")), QStringLiteral("import"),
                          dataFile(QString::fromLatin1(file)) });
        CHECK(r.exitCode == 3);
        CHECK(r.err.contains(QStringLiteral("mật khẩu")));
    }
}

TEST_CASE("cli import: a row with missing cells inside the data is still an error", "[cli][import][units]")
{
    // A CSV whose 2nd data row lacks its required cells, followed by good rows:
    // not a footer.
    TempDir dir;
    const QString db = dir.file(QStringLiteral("x.sqlite"));
    const QString file = dir.file(QStringLiteral("middle.csv"));
    QFile f(file);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("Họ và tên,Chức vụ,Đơn vị,Khối,Đoàn viên công đoàn\n"
            "Nguyễn Văn An,Giáo viên,Trường Tiểu học An Hòa,TH,Có\n"
            "Người lập biểu,,,,\n"
            "Trần Văn Bình,Giáo viên,Trường Tiểu học An Hòa,TH,Có\n");
    f.close();
    auto r = runCli({ QStringLiteral("--db"), db, QStringLiteral("import"), file });
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(file + QStringLiteral(":3:Chức vụ:")));
}

TEST_CASE("cli import: 'Chức vụ, đơn vị công tác' in one cell is split only with --split-position-unit",
          "[cli][import][units]")
{
    for (const char *name : { "unit-position-unit.xlsx", "unit-position-unit.xls", "unit-position-unit.ods" }) {
        INFO(name);
        TempDir dir;
        const QString db = dir.file(QStringLiteral("x.sqlite"));
        const QString file = dataFile(QStringLiteral("units/%1").arg(QString::fromLatin1(name)));

        // Without the option: refused like any other mapping problem, naming the column and the way out.
        auto refused = runCli({ QStringLiteral("--db"), db, QStringLiteral("import"), file });
        INFO(refused.err.toStdString());
        CHECK(refused.exitCode == 1);
        CHECK(refused.err.contains(QStringLiteral(":4:Chức vụ, đơn vị công tác: Cột “Chức vụ, đơn vị công tác” "
                                                  "ghi chức vụ và đơn vị trong cùng một ô")));
        CHECK(refused.err.contains(QStringLiteral("Không nhập gì: cột “Chức vụ, đơn vị công tác”")));
        CHECK(refused.err.contains(QStringLiteral("--split-position-unit")));
        CHECK(listNominees(db).isEmpty());
        auto english = runCli({ QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), db,
                                QStringLiteral("import"), file });
        CHECK(english.exitCode == 1);
        CHECK(english.err.contains(QStringLiteral("Nothing imported: column “Chức vụ, đơn vị công tác”")));

        // --dry-run shows every cell and what it becomes, and writes nothing.
        auto dry = runCli({ QStringLiteral("--db"), db, QStringLiteral("import"), file, QStringLiteral("--dry-run"),
                            QStringLiteral("--split-position-unit") });
        INFO(dry.out.toStdString());
        REQUIRE(dry.exitCode == 0);
        CHECK(dry.out.contains(QStringLiteral(":11:Chức vụ, đơn vị công tác: “Công chức Văn phòng - Thống kê, UBND "
                                              "xã An Hồng” → chức vụ “Công chức Văn phòng - Thống kê”, đơn vị "
                                              "“UBND xã An Hồng”")));
        CHECK(dry.out.contains(QStringLiteral(":15:Chức vụ, đơn vị công tác: “Công nhân - Công ty CP May An Dương” "
                                              "→ chức vụ “Công nhân”, đơn vị “Công ty CP May An Dương”")));
        CHECK(dry.out.contains(QStringLiteral("sẽ nhập 12, bỏ qua 0")));
        CHECK(listNominees(db).isEmpty());

        auto r = runCli(
            { QStringLiteral("--db"), db, QStringLiteral("import"), file, QStringLiteral("--split-position-unit") });
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        CHECK_FALSE(r.out.contains(QStringLiteral("→"))); // the cells are listed by --dry-run only
        checkTwelve(db);
        for (const QJsonValue &v : listNominees(db)) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("full_name")).toString() == QStringLiteral("Ngô Thị Lan")) {
                CHECK(o.value(QStringLiteral("position")).toString() == QStringLiteral("Chuyên viên"));
                CHECK(o.value(QStringLiteral("unit")).toString() == QStringLiteral("Phòng Tài chính - Kế hoạch"));
            }
        }
    }
}

TEST_CASE("cli import: a cell that cannot be split refuses the whole file", "[cli][import][units]")
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("x.sqlite"));
    const QString file = dir.file(QStringLiteral("ds.csv"));
    QFile csv(file);
    REQUIRE(csv.open(QIODevice::WriteOnly));
    csv.write("Họ và tên;Chức vụ - Đơn vị;Khối;Đoàn viên công đoàn\n"
              "Nguyễn Thị Ánh;Giáo viên - Trường Mầm non Hoa Sen;MN;Có\n"
              "Lê Văn Cường;Bảo vệ;MN;Có\n");
    csv.close();
    auto r = runCli(
        { QStringLiteral("--db"), db, QStringLiteral("import"), file, QStringLiteral("--split-position-unit") });
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("ds.csv:3:Chức vụ - Đơn vị: Ô “Chức vụ - Đơn vị” không tách được")));
    CHECK(listNominees(db).isEmpty());
}
