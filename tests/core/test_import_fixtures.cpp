#include "campaignstore.h"
#include "csvreader.h"
#include "importer.h"
#include "testsupport.h"

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

struct Fixture
{
    TempDir dir;
    std::unique_ptr<Database> db = openDatabase(dir.file(QStringLiteral("t.sqlite")));
    Campaign campaign = CampaignStore(*db).loadActive().value();

    ImportResult parse(const QString &path)
    {
        auto r = parseImportFile(path, campaign, today());
        REQUIRE(r.ok());
        return *r;
    }
    QString blocCode(qint64 id) const
    {
        const Bloc *b = campaign.blocById(id);
        return b ? b->code : QString();
    }
};

QString problemList(const ImportResult &r)
{
    QStringList lines;
    for (const ImportProblem &p : r.problems)
        lines << QStringLiteral("%1:%2: %3").arg(p.row).arg(p.column, p.message);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("Fixture: Vietnamese-locale Excel CSV (BOM, semicolons, CRLF, dd/mm/yyyy)", "[import][fixture]")
{
    Fixture f;
    const ImportResult r = f.parse(dataFile(QStringLiteral("import-excel-vi.csv")));
    INFO(problemList(r).toStdString());
    CHECK(r.format == QStringLiteral("CSV"));
    CHECK(r.problems.isEmpty()); // the STT column is known and ignored quietly
    REQUIRE(r.records.size() == 4);
    CHECK(r.records[0].row == 2);
    CHECK(r.records[1].row == 3); // the line break quoted in row 2 does not count
    CHECK(r.records[2].row == 5); // row 4 is empty
    CHECK(r.records[3].row == 6);

    const Nominee &a = r.records[0].nominee;
    CHECK(a.fullName == QStringLiteral("Nguyễn Thị Ánh"));
    CHECK(a.gender == Gender::Female);
    CHECK(a.birthDate == QDate(1985, 3, 15));
    CHECK(a.citizenId == QStringLiteral("031185001234"));
    CHECK(a.unitName == QStringLiteral("Trường Mầm non Hoa Sen"));
    CHECK(f.blocCode(a.blocId) == QStringLiteral("MN"));
    CHECK(a.unionMember);
    CHECK(a.achievements == QStringLiteral("Giáo viên dạy giỏi cấp huyện; \"xuất sắc\"\nnăm học 2022-2023"));
    CHECK(a.receivedDate == QDate(2024, 7, 5));
    CHECK(a.endorsed);
    CHECK(a.documents
          == QStringList { QStringLiteral("BIEN_BAN"), QStringLiteral("TO_TRINH"), QStringLiteral("TRICH_NGANG") });
    CHECK(a.copies == 2);
    CHECK(a.softCopy);

    const Nominee &b = r.records[1].nominee;
    CHECK(b.fullName == QStringLiteral("Phạm Văn Nam")); // trimmed, inner spaces collapsed
    CHECK(b.birthDate == QDate(1990, 2, 1));
    CHECK(f.blocCode(b.blocId) == QStringLiteral("DN")); // by name
    CHECK(b.meritYear == 2023);
    CHECK(b.receivedDate == QDate(2024, 7, 6)); // yyyy-mm-dd
    CHECK(b.documents.size() == 3); // by names
    CHECK_FALSE(b.softCopy);

    const Nominee &c = r.records[2].nominee;
    CHECK(c.category == Category::Ldst);
    CHECK(c.creativeTopic == QStringLiteral("Cải tiến máy cắt vải tự động"));
    CHECK(c.citizenId.isEmpty());
    CHECK_FALSE(c.birthDate.isValid());
    CHECK(f.blocCode(r.records[3].nominee.blocId) == QStringLiteral("XA"));
}

TEST_CASE("Fixture: UTF-16 tab-separated Unicode text from Excel", "[import][fixture]")
{
    Fixture f;
    const ImportResult r = f.parse(dataFile(QStringLiteral("import-utf16.csv")));
    INFO(problemList(r).toStdString());
    CHECK(r.problems.isEmpty());
    REQUIRE(r.records.size() == 2);
    CHECK(r.records[0].nominee.fullName == QStringLiteral("Đỗ Thị Hương"));
    CHECK(r.records[0].nominee.birthDate == QDate(1979, 11, 20));
    CHECK(r.records[1].nominee.unitName == QStringLiteral("Công ty TNHH Cơ khí Tân Tiến"));
    CHECK(r.records[1].row == 3);
}

TEST_CASE("Fixture: NFD text is stored NFC and matched like NFC", "[import][fixture]")
{
    Fixture f;
    QFile raw(dataFile(QStringLiteral("import-nfd.csv")));
    REQUIRE(raw.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(raw.readAll());
    REQUIRE(text != text.normalized(QString::NormalizationForm_C)); // really NFD

    const ImportResult r = f.parse(dataFile(QStringLiteral("import-nfd.csv")));
    INFO(problemList(r).toStdString());
    CHECK(r.problems.isEmpty());
    REQUIRE(r.records.size() == 1);
    const Nominee &n = r.records[0].nominee;
    CHECK(n.fullName == QStringLiteral("Nguyễn Thị Hồng Nhung"));
    CHECK(n.fullName == n.fullName.normalized(QString::NormalizationForm_C));
    CHECK(n.position == QStringLiteral("Phó trưởng phòng"));
    CHECK(n.unitName == QStringLiteral("Phòng Giáo dục và Đào tạo"));
    CHECK(n.gender == Gender::Female);
    CHECK(f.blocCode(n.blocId) == QStringLiteral("HCSN"));
    CHECK(n.unionMember);
    CHECK_FALSE(n.endorsed);
    CHECK(n.documents == QStringList { QStringLiteral("BIEN_BAN"), QStringLiteral("TO_TRINH") });
}

TEST_CASE("Fixture: English keys", "[import][fixture]")
{
    Fixture f;
    const ImportResult r = f.parse(dataFile(QStringLiteral("import-english-keys.csv")));
    INFO(problemList(r).toStdString());
    CHECK(r.problems.isEmpty());
    REQUIRE(r.records.size() == 1);
    CHECK(r.records[0].valid);
    CHECK(r.records[0].nominee.fullName == QStringLiteral("Bùi Thị Lan"));
    CHECK(r.records[0].nominee.softCopy);
}

TEST_CASE("Fixture: every kind of bad cell is reported with its row and column", "[import][fixture]")
{
    Fixture f;
    const ImportResult r = f.parse(dataFile(QStringLiteral("import-bad.csv")));
    INFO(problemList(r).toStdString());
    struct Expected
    {
        int row;
        const char *column;
        ImportSeverity severity;
    };
    const auto E = ImportSeverity::Error;
    const auto W = ImportSeverity::Warning;
    const Expected expected[] = {
        { 1, "Số điện thoại", W },
        { 2, "Họ và tên", E },
        { 3, "Giới tính", E },
        { 4, "Ngày sinh", E },
        { 5, "Ngày sinh", E },
        { 6, "Số CCCD", E },
        { 7, "Số CCCD", E },
        { 8, "Số CCCD", E },
        { 9, "Số CCCD", E },
        { 10, "Số CCCD", E },
        { 11, "Chức vụ", E },
        { 12, "Đơn vị", E },
        { 13, "Khối", E },
        { 14, "Loại", E },
        { 15, "Đoàn viên công đoàn", E },
        { 16, "Năm khen thưởng", E },
        { 17, "Ngày nhận hồ sơ", E },
        { 18, "Hồ sơ kèm theo", E },
        { 19, "Số bộ hồ sơ", E },
        { 20, "Số bộ hồ sơ", E },
        { 21, "File mềm", E },
        { 22, "Họ và tên", E },
        { 23, "Ý kiến cấp ủy, chính quyền", E },
        { 24, "Số CCCD", W },
        { 26, "Giới tính", E },
        { 26, "Khối", E },
    };
    REQUIRE(r.problems.size() == int(std::size(expected)));
    for (int i = 0; i < r.problems.size(); ++i) {
        CAPTURE(i);
        CHECK(r.problems[i].row == expected[i].row);
        CHECK(r.problems[i].column == QString::fromUtf8(expected[i].column));
        CHECK(r.problems[i].severity == expected[i].severity);
        CHECK_FALSE(r.problems[i].message.isEmpty());
    }
    CHECK(r.headerComplete);
    CHECK(r.records.size() == 25);
    CHECK(r.validCount() == 2); // rows 24 (a warning only) and 25
    CHECK(r.records[22].row == 24);
    CHECK(r.records[22].valid);
    CHECK(r.records[22].nominee.citizenId == QStringLiteral("031085009999"));
    CHECK(r.errorCount() == 24);
    CHECK(r.warningCount() == 2);
}

TEST_CASE("Fixture: a missing required column is an error naming it", "[import][fixture]")
{
    Fixture f;
    const ImportResult r = f.parse(dataFile(QStringLiteral("import-missing-column.csv")));
    CHECK_FALSE(r.headerComplete);
    REQUIRE(r.problems.size() == 2);
    CHECK(r.problems[0].row == 1);
    CHECK(r.problems[0].column == QStringLiteral("Khối"));
    CHECK(r.problems[0].message.contains(QStringLiteral("Khối")));
    CHECK(r.problems[1].column == QStringLiteral("Đoàn viên công đoàn"));
    CHECK(r.problems[1].severity == ImportSeverity::Error);
}

TEST_CASE("A file whose header names no column of the template is not a list", "[import][fixture]")
{
    Fixture f;
    const QString path = f.dir.file(QStringLiteral("thu.txt"));
    {
        QFile out(path);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write("Kính gửi Ban Thường vụ Liên đoàn Lao động huyện,\nĐơn vị chúng tôi xin gửi danh sách.\n");
    }
    auto r = parseImportFile(path, f.campaign, today());
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().kind == ErrorKind::Storage);
    for (const char *name : { "missing.csv", "" }) {
        auto missing = parseImportFile(f.dir.file(QString::fromLatin1(name)), f.campaign, today());
        REQUIRE_FALSE(missing.ok());
        CHECK(missing.error().kind == ErrorKind::Storage);
    }
    const QString empty = f.dir.file(QStringLiteral("rong.csv"));
    {
        QFile out(empty);
        REQUIRE(out.open(QIODevice::WriteOnly));
    }
    auto e = parseImportFile(empty, f.campaign, today());
    REQUIRE_FALSE(e.ok());
    CHECK(e.error().message.contains(QStringLiteral("rỗng")));
}

TEST_CASE("5 000 rows with 50 bad ones: all 50 are listed at their rows", "[import][fixture]")
{
    Fixture f;
    QString csv = QStringLiteral("Họ và tên,Chức vụ,Đơn vị,Khối,Đoàn viên công đoàn,Ngày sinh\n");
    QList<int> badRows;
    for (int i = 0; i < 5000; ++i) {
        const int row = i + 2;
        const bool bad = i % 100 == 37;
        if (bad)
            badRows << row;
        csv += QStringLiteral("%1,Giáo viên,Trường số %2,%3,Có,%4\n")
                   .arg(spelledName(i))
                   .arg(i % 40)
                   .arg(QStringLiteral("TH"), bad ? QStringLiteral("30/02/1990") : QStringLiteral("01/02/1990"));
    }
    auto table = readCsv(csv.toUtf8());
    REQUIRE(table.ok());
    auto r = validateImport(*table, f.campaign, today());
    REQUIRE(r.ok());
    REQUIRE(r->records.size() == 5000);
    REQUIRE(r->problems.size() == 50);
    for (int i = 0; i < 50; ++i) {
        CHECK(r->problems[i].row == badRows[i]);
        CHECK(r->problems[i].column == QStringLiteral("Ngày sinh"));
    }
    CHECK(r->validCount() == 4950);
}

TEST_CASE("Title rows above the header are skipped with a warning", "[import][fixture]")
{
    Fixture f;
    const QByteArray csv = "LIÊN ĐOÀN LAO ĐỘNG HUYỆN AN DƯƠNG;;;;\r\n"
                           "DANH SÁCH TRÍCH NGANG;;;;\r\n"
                           ";;;;\r\n"
                           "Họ và tên;Chức vụ;Đơn vị;Khối;Đoàn viên công đoàn\r\n"
                           "Nguyễn Văn A;Giáo viên;Trường Tiểu học An Hòa;TH;Có\r\n"
                           "Trần Thị B;Giáo viên;Trường Tiểu học An Hòa;XYZ;Có\r\n";
    auto table = readCsv(csv);
    REQUIRE(table.ok());
    CHECK(importHeaderIndex(*table) == 2);
    auto r = validateImport(*table, f.campaign, today());
    REQUIRE(r.ok());
    REQUIRE(r->records.size() == 2);
    CHECK(r->records[0].row == 5);
    REQUIRE(r->problems.size() == 2);
    CHECK(r->problems[0].row == 4);
    CHECK(r->problems[0].severity == ImportSeverity::Warning);
    CHECK(r->problems[1].row == 6);
    CHECK(r->problems[1].column == QStringLiteral("Khối"));
}

TEST_CASE("A rejected row reports only why, not the values it mended", "[import][fixture]")
{
    // Issue 16: a bad row said "đã thêm lại thành 03…" and was then rejected.
    Fixture f;
    const QByteArray csv = "Họ và tên;Giới tính;Ngày sinh;Số CCCD;Chức vụ;Đơn vị;Khối;Đoàn viên công đoàn\r\n"
                           // 2: CCCD mended, union member read as "no", but the bloc is wrong
                           "Nguyễn Văn A;Nam;15/03/1985;31085001234;Giáo viên;Trường Tiểu học An Hòa;XYZ;\r\n"
                           // 3: CCCD mended, then its structure is wrong (century code)
                           "Nguyễn Văn B;Nam;15/03/1985;31585001234;Giáo viên;Trường Tiểu học An Hòa;TH;Có\r\n"
                           // 4: a good row keeps its notes
                           "Nguyễn Văn C;Nam;15/03/1985;31085001235;Giáo viên;Trường Tiểu học An Hòa;TH;\r\n";
    auto table = readCsv(csv);
    REQUIRE(table.ok());
    auto r = validateImport(*table, f.campaign, today());
    REQUIRE(r.ok());
    INFO(problemList(*r).toStdString());
    REQUIRE(r->records.size() == 3);
    CHECK_FALSE(r->records[0].valid);
    CHECK_FALSE(r->records[1].valid);
    CHECK(r->records[2].valid);
    const auto rowProblems = [&](int row) {
        QList<ImportProblem> found;
        for (const ImportProblem &p : r->problems) {
            if (p.row == row)
                found.append(p);
        }
        return found;
    };
    const auto rowA = rowProblems(2);
    REQUIRE(rowA.size() == 1);
    CHECK(rowA[0].severity == ImportSeverity::Error);
    CHECK(rowA[0].column == QStringLiteral("Khối"));
    const auto rowB = rowProblems(3);
    REQUIRE(rowB.size() == 1);
    CHECK(rowB[0].severity == ImportSeverity::Error);
    CHECK(rowB[0].column == QStringLiteral("Số CCCD"));
    CHECK_FALSE(rowB[0].message.contains(QStringLiteral("đã thêm lại")));
    const auto rowC = rowProblems(4);
    REQUIRE(rowC.size() == 2);
    CHECK(rowC[0].severity == ImportSeverity::Warning);
    CHECK(rowC[0].message.contains(QStringLiteral("đã thêm lại thành 031085001235")));
    CHECK(rowC[1].severity == ImportSeverity::Warning);
    CHECK(rowC[1].column == QStringLiteral("Đoàn viên công đoàn"));
    CHECK(r->warningCount() == 2);
}
