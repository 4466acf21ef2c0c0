// validateNominee(): the one list of field checks; the importer's rows and
// NomineeStore's guard use it (the editor's labels: tests/gui).
#include "campaignstore.h"
#include "importer.h"
#include "nomineestore.h"
#include "nomineevalidation.h"
#include "rulesfixture.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <functional>

using namespace vd;
using namespace vd::test;

namespace {

QString problemsText(const QList<FieldProblem> &problems) { return fieldProblemLines(problems).join(QLatin1Char('|')); }

TableRow importRow(int number, const QStringList &cells)
{
    TableRow r;
    r.rowNumber = number;
    for (const QString &c : cells)
        r.cells.append(c.isEmpty() ? QVariant() : QVariant(c));
    return r;
}

} // namespace

TEST_CASE("validateNominee names each field that cannot be stored", "[validation]")
{
    const Campaign c = pureCampaign();
    const QDate today(2024, 7, 10);
    struct Row
    {
        const char *what;
        std::function<void(Nominee &)> change;
        const char *expected; // fieldProblemLines joined by '|'
    };
    const QList<Row> rows = {
        { "a complete nominee", [](Nominee &) {}, "" },
        { "no name", [](Nominee &n) { n.fullName.clear(); }, "Họ và tên: bắt buộc." },
        { "digits in the name", [](Nominee &n) { n.fullName = QStringLiteral("Nguyễn Văn 2"); },
          "Họ và tên: họ tên không chứa chữ số." },
        { "a name over 200 characters", [](Nominee &n) { n.fullName = QString(201, QLatin1Char('a')); },
          "Họ và tên: Quá dài: 201 ký tự, tối đa 200." },
        { "no position", [](Nominee &n) { n.position = QStringLiteral("  "); }, "Chức vụ: bắt buộc." },
        { "no unit",
          [](Nominee &n) {
              n.unitId = 0;
              n.unitName.clear();
          },
          "Đơn vị: bắt buộc." },
        { "no bloc", [](Nominee &n) { n.blocId = 0; }, "Khối: bắt buộc." },
        { "a bloc of another campaign", [](Nominee &n) { n.blocId = 99; },
          "Khối: không phải một khối của đợt biểu dương này." },
        { "born after today",
          [](Nominee &n) {
              n.birthDate = QDate(2024, 8, 1);
              n.citizenId.clear();
              n.receivedDate = QDate();
          },
          "Ngày sinh: ngày sinh ở sau hôm nay." },
        { "14 years old",
          [](Nominee &n) {
              n.birthDate = QDate(2010, 7, 11);
              n.citizenId.clear();
          },
          "Ngày sinh: người lao động phải từ 15 tuổi trở lên." },
        { "15 years old today",
          [](Nominee &n) {
              n.birthDate = QDate(2009, 7, 10);
              n.citizenId.clear();
          },
          "" },
        { "received after today", [](Nominee &n) { n.receivedDate = QDate(2024, 7, 11); },
          "Ngày nhận hồ sơ: ngày nhận hồ sơ ở sau hôm nay." },
        { "received before birth",
          [](Nominee &n) {
              n.receivedDate = QDate(1980, 1, 1);
              n.birthDate = QDate(1985, 1, 1);
              n.citizenId.clear();
          },
          "Ngày nhận hồ sơ: ngày nhận hồ sơ trước ngày sinh." },
        { "a CCCD that is not 12 digits", [](Nominee &n) { n.citizenId = QStringLiteral("12345"); }, "Số CCCD: " },
        { "notes over 10 000 characters", [](Nominee &n) { n.notes = QString(10001, QLatin1Char('x')); },
          "Ghi chú: Quá dài: 10001 ký tự, tối đa 10000." },
    };
    for (const Row &row : rows) {
        CAPTURE(row.what);
        Nominee n = pureNominee(c, QStringLiteral("MN"), QStringLiteral("Nguyễn Thị Hoa"));
        n.unitName = QStringLiteral("Trường Mầm non Hoa Sen");
        row.change(n);
        const QString got = problemsText(validateNominee(n, c, today));
        const QString expected = QString::fromUtf8(row.expected);
        if (expected.endsWith(QStringLiteral(": ")))
            CHECK(got.startsWith(expected)); // the CCCD's own sentence (citizenid.cpp)
        else
            CHECK(got.toStdString() == expected.toStdString());
    }
    Nominee noBloc = pureNominee(c, QStringLiteral("MN"), QStringLiteral("Nguyễn Thị Hoa"));
    noBloc.blocId = 0;
    CHECK(validateNominee(noBloc, c, today, false).isEmpty());
}

TEST_CASE("NomineeStore refuses a nominee validateNominee refuses and stores nothing", "[validation]")
{
    TempDir dir;
    auto db = openDatabase(dir.file(QStringLiteral("v.sqlite")));
    const Nominee good = insertNominee(*db, eligibleNominee(*db, QStringLiteral("TH"), QStringLiteral("Lê Thị Thu")));
    const int before = NomineeStore(*db).count(good.campaignId).value();

    Nominee bad = eligibleNominee(*db, QStringLiteral("TH"), QStringLiteral("Lê Thị Ba"));
    bad.unitId = good.unitId;
    bad.citizenId = QStringLiteral("031185");
    auto inserted = NomineeStore(*db).insert(bad);
    REQUIRE_FALSE(inserted.ok());
    CHECK(inserted.error().kind == ErrorKind::Validation);
    REQUIRE(inserted.error().details.size() == 1);
    CHECK(inserted.error().details.constFirst().startsWith(QStringLiteral("Số CCCD: ")));

    QList<Nominee> many = { eligibleNominee(*db, QStringLiteral("TH"), QStringLiteral("Phạm Văn An")),
                            eligibleNominee(*db, QStringLiteral("TH"), QStringLiteral("Phạm Văn Bình")) };
    many[0].unitId = many[1].unitId = good.unitId;
    many[1].position.clear();
    CHECK_FALSE(NomineeStore(*db).insertMany(many, QStringLiteral("test")).ok());
    CHECK(NomineeStore(*db).count(good.campaignId).value() == before);

    Nominee edited = good;
    edited.fullName = QStringLiteral("   ");
    const Status updated = NomineeStore(*db).update(edited);
    REQUIRE_FALSE(updated.ok());
    CHECK(updated.error().kind == ErrorKind::Validation);
    CHECK(updated.error().details.join(QLatin1Char('|')).toStdString() == "Họ và tên: bắt buộc.");
    CHECK(NomineeStore(*db).load(good.id).value().fullName == QStringLiteral("Lê Thị Thu"));
}

TEST_CASE("imported rows get validateNominee's problems, once per field", "[validation][import]")
{
    TempDir dir;
    auto db = openDatabase(dir.file(QStringLiteral("i.sqlite")));
    const Campaign campaign = CampaignStore(*db).loadActive().value();
    SourceTable t;
    t.format = QStringLiteral("CSV");
    const QStringList header
        = { QStringLiteral("Họ và tên"),      QStringLiteral("Ngày sinh"), QStringLiteral("Chức vụ"),
            QStringLiteral("Đơn vị"),         QStringLiteral("Khối"),      QStringLiteral("Đoàn viên công đoàn"),
            QStringLiteral("Ngày nhận hồ sơ") };
    t.rows = { importRow(1, header),
               importRow(2, { QStringLiteral("Trần Văn 7"), QStringLiteral("01/02/1980"), QStringLiteral("Giáo viên"),
                              QStringLiteral("Trường Tiểu học An Hòa"), QStringLiteral("TH"), QStringLiteral("Có"),
                              QStringLiteral("05/07/2024") }),
               importRow(3, { QStringLiteral("Trần Thị Em"), QStringLiteral("01/02/2012"), QStringLiteral("Giáo viên"),
                              QStringLiteral("Trường Tiểu học An Hòa"), QStringLiteral("TH"), QStringLiteral("Có"),
                              QStringLiteral("05/07/2024") }),
               importRow(4, { QStringLiteral("Trần Thị Lan"), QStringLiteral("01/02/1980"), QStringLiteral(""),
                              QStringLiteral("Trường Tiểu học An Hòa"), QStringLiteral("TH"), QStringLiteral("Có"),
                              QStringLiteral("05/07/2024") }),
               importRow(5, { QStringLiteral("Trần Thị Mai"), QStringLiteral("01/02/1980"), QStringLiteral("Giáo viên"),
                              QStringLiteral("Trường Tiểu học An Hòa"), QStringLiteral("TH"), QStringLiteral("Có"),
                              QStringLiteral("05/07/2024") }) };
    auto result = validateImport(t, campaign, QDate(2024, 7, 10));
    REQUIRE(result.ok());
    QStringList problems;
    for (const ImportProblem &p : result->problems)
        problems.append(QStringLiteral("%1:%2: %3").arg(p.row).arg(p.column, p.message));
    CHECK(problems.join(QLatin1Char('|')).toStdString()
          == "2:Họ và tên: họ tên không chứa chữ số.|"
             "3:Ngày sinh: người lao động phải từ 15 tuổi trở lên.|"
             "4:Chức vụ: Ô bắt buộc “Chức vụ” đang trống.");
    REQUIRE(result->records.size() == 4);
    CHECK_FALSE(result->records.at(0).valid);
    CHECK_FALSE(result->records.at(1).valid);
    CHECK_FALSE(result->records.at(2).valid);
    CHECK(result->records.at(3).valid);
}

TEST_CASE("NomineeStore::normalize cleans document codes and leaves clean ones as they are", "[nominee][normalize]")
{
    Nominee n;
    n.documents = { QStringLiteral(" gcn "), QStringLiteral("BB"), QStringLiteral("GCN"), QString(),
                    QStringLiteral("aa"),    QStringLiteral("đx") };
    NomineeStore::normalize(n);
    CHECK(n.documents
          == QStringList { QStringLiteral("AA"), QStringLiteral("BB"), QStringLiteral("GCN"), QStringLiteral("ĐX") });
    // Out of order, or repeated: sorted and made unique.
    n.documents = { QStringLiteral("GCN"), QStringLiteral("BB"), QStringLiteral("BB") };
    NomineeStore::normalize(n);
    CHECK(n.documents == QStringList { QStringLiteral("BB"), QStringLiteral("GCN") });
    // Already clean (what an import gives): unchanged.
    n.documents = { QStringLiteral("BB"), QStringLiteral("GCN"), QStringLiteral("QD-1") };
    NomineeStore::normalize(n);
    CHECK(n.documents == QStringList { QStringLiteral("BB"), QStringLiteral("GCN"), QStringLiteral("QD-1") });
    n.documents.clear();
    NomineeStore::normalize(n);
    CHECK(n.documents.isEmpty());
}
