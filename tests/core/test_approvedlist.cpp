#include "../docs/doctesttools.h"

#include "approvedexport.h"
#include "approvedlist.h"
#include "campaignstore.h"

#include <catch2/catch.hpp>

#include <QDate>
#include <QFile>

using namespace vd;
using namespace vd::test;

namespace {

QStringList names(const ApprovedList &list)
{
    QStringList out;
    for (const Nominee &n : list.nominees())
        out << n.fullName;
    return out;
}

} // namespace

TEST_CASE("approved list groups by bloc in campaign order and sorts in Vietnamese order", "[approved]")
{
    TempDir dir;
    auto db = openDatabase(dir.file(QStringLiteral("x.sqlite")));
    addStandardHonorees(*db);
    auto list = loadApprovedList(*db);
    REQUIRE(list.ok());
    CHECK(list->count() == 6);
    REQUIRE(list->groups.size() == 2);
    CHECK(list->groups.at(0).bloc.code == QStringLiteral("MN"));
    CHECK(list->groups.at(1).bloc.code == QStringLiteral("DN"));
    CHECK(names(*list) == standardOrder());
    CHECK_FALSE(names(*list).contains(QStringLiteral("Đỗ Văn Bình")));

    // A selection keeps the order.
    const QList<Nominee> all = list->nominees();
    const ApprovedList some = list->restrictedTo({ all.at(5).id, all.at(0).id });
    CHECK(names(some) == QStringList { QStringLiteral("Lê Thị Anh"), QStringLiteral("Bùi Thị Yến") });
}

TEST_CASE("approved list of a campaign with nobody approved is refused", "[approved]")
{
    TempDir dir;
    auto db = openDatabase(dir.file(QStringLiteral("x.sqlite")));
    addHonoree(*db, QStringLiteral("MN"), QStringLiteral("Nguyễn Thị Ánh"), QStringLiteral("Trường Mầm non Hoa Sen"),
               false);
    auto list = loadApprovedList(*db);
    REQUIRE_FALSE(list.ok());
    CHECK(list.error().kind == ErrorKind::Validation);
    CHECK(list.error().message.contains(QStringLiteral("Chưa có người nào được duyệt")));
    auto empty = loadApprovedList(*db, false);
    REQUIRE(empty.ok());
    CHECK(empty->count() == 0);
}

TEST_CASE("approved list CSV has a BOM, the contract header and RFC 4180 quoting", "[approved][csv]")
{
    TempDir dir;
    auto db = openDatabase(dir.file(QStringLiteral("x.sqlite")));
    Nominee quoted = eligibleNominee(*db, QStringLiteral("MN"), QStringLiteral("Vũ Thị Hà"));
    quoted.achievements = QStringLiteral("Sáng kiến \"Góc học tập\", được công nhận\nnăm 2023");
    quoted = insertNominee(*db, quoted);
    REQUIRE(NomineeStore(*db).setApproved({ quoted.id }, true).ok());
    auto list = loadApprovedList(*db);
    REQUIRE(list.ok());

    const QString path = dir.file(QStringLiteral("ds.csv"));
    REQUIRE(writeApprovedListCsv(*list, path).ok());
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    CHECK(text.startsWith(QStringLiteral("STT,Họ và tên,Chức vụ,Đơn vị,Khối,Tóm tắt thành tích\r\n")));
    CHECK(text.contains(QStringLiteral("1,Vũ Thị Hà,Giáo viên,Trường Mầm non Hoa Sen,Mầm non,"
                                       "\"Sáng kiến \"\"Góc học tập\"\", được công nhận\nnăm 2023\"\r\n")));
}

TEST_CASE("approved list XLSX reads back cell by cell", "[approved][xlsx]")
{
    TempDir dir;
    auto db = openDatabase(dir.file(QStringLiteral("x.sqlite")));
    addStandardHonorees(*db);
    auto list = loadApprovedList(*db);
    REQUIRE(list.ok());
    const QString path = dir.file(QStringLiteral("ds.xlsx"));
    REQUIRE(writeApprovedListXlsx(*list, path).ok());

    const QJsonObject info = xlsxInfo(path);
    const QJsonArray rows = info.value(QStringLiteral("rows")).toArray();
    REQUIRE(rows.size() == 7); // header + 6 honorees, no bloc heading rows
    QStringList header;
    for (const QJsonValue &c : rows.at(0).toArray())
        header << c.toArray().at(0).toString();
    CHECK(header
          == QStringList { QStringLiteral("STT"), QStringLiteral("Họ và tên"), QStringLiteral("Chức vụ"),
                           QStringLiteral("Đơn vị"), QStringLiteral("Khối"), QStringLiteral("Tóm tắt thành tích") });
    const QStringList expected = standardOrder();
    for (int r = 1; r < rows.size(); ++r) {
        const QJsonArray cells = rows.at(r).toArray();
        CAPTURE(r);
        CHECK(cells.at(0).toArray().at(0).toInt() == r);
        CHECK(cells.at(1).toArray().at(0).toString() == expected.at(r - 1));
        CHECK(cells.at(4).toArray().at(0).toString()
              == (r < 6 ? QStringLiteral("Mầm non") : QStringLiteral("Doanh nghiệp")));
    }
    // CCCD-like digits stay text with the leading zero.
    const QJsonArray last = rows.at(6).toArray();
    CHECK(last.at(5).toArray().at(0).toString() == QStringLiteral("031185001234"));
    CHECK(last.at(5).toArray().at(1).toString() == QStringLiteral("s"));
    CHECK(last.at(5).toArray().at(2).toString() == QStringLiteral("@"));
    CHECK(last.at(3).toArray().at(0).toString() == QStringLiteral("Công ty CP May An Dương"));

    CHECK(info.value(QStringLiteral("freeze")).toString() == QStringLiteral("A2"));
    CHECK(info.value(QStringLiteral("landscape")).toString() == QStringLiteral("landscape"));
    CHECK(info.value(QStringLiteral("paper")).toVariant().toString() == QStringLiteral("9"));
    CHECK(info.value(QStringLiteral("repeat")).toString() == QStringLiteral("$1:$1"));
    CHECK(info.value(QStringLiteral("bold")).toBool());
    CHECK(info.value(QStringLiteral("wrap")).toBool());
    CHECK(info.value(QStringLiteral("width_f")).toDouble() > 40);
}

TEST_CASE("approved list XLSX prints its title, date and page numbers at 12 pt", "[approved][xlsx]")
{
    TempDir dir;
    auto db = openDatabase(dir.file(QStringLiteral("x.sqlite")));
    addStandardHonorees(*db);
    auto list = loadApprovedList(*db);
    REQUIRE(list.ok());
    const QString path = dir.file(QStringLiteral("ds.xlsx"));
    REQUIRE(writeApprovedListXlsx(*list, path, QDate(2024, 7, 20)).ok());
    const QJsonObject info = xlsxInfo(path);

    // In the page header and footer, not as extra rows: row 1 is the header row.
    const QString left = info.value(QStringLiteral("header_left")).toString();
    CHECK(left.contains(QStringLiteral("DANH SÁCH LAO ĐỘNG GIỎI TIÊU BIỂU ĐƯỢC BIỂU DƯƠNG")));
    CHECK(left.contains(list->campaign.name));
    CHECK(info.value(QStringLiteral("header_right")).toString() == QStringLiteral("An Dương, ngày 20/07/2024"));
    CHECK(info.value(QStringLiteral("header_size")).toInt() == 12);
    CHECK(info.value(QStringLiteral("footer_center")).toString() == QStringLiteral("Trang &P / &N"));
    CHECK(info.value(QStringLiteral("rows")).toArray().at(0).toArray().at(0).toArray().at(0).toString()
          == QStringLiteral("STT"));

    // 12 pt text, columns that fit the width of A4 landscape (about 271 mm
    // inside the margins; a stored width, padding included, is 7 px a
    // character of Calibri 11 at 96 dpi).
    CHECK(info.value(QStringLiteral("font_size")).toDouble() == 12);
    double total = 0;
    for (const QJsonValue &w : info.value(QStringLiteral("widths")).toArray())
        total += w.toDouble();
    CHECK(total * 7 * 25.4 / 96 < 260);

    // Rows as tall as their wrapped text (LibreOffice keeps a row's stored
    // height: 15 pt would print long achievements over the next row).
    const QJsonArray heights = info.value(QStringLiteral("heights")).toArray();
    REQUIRE(heights.size() == 7);
    for (int r = 1; r < heights.size(); ++r)
        CHECK(heights.at(r).toDouble() >= 15);
    ApprovedList longer = *list;
    longer.groups[0].nominees[0].achievements
        = QStringLiteral("Hoàn thành xuất sắc nhiệm vụ năm học 2022-2023; sáng kiến \"Ứng dụng bài giảng điện tử "
                         "trong dạy Toán\" được Hội đồng khoa học huyện công nhận; giáo viên dạy giỏi cấp huyện.");
    REQUIRE(writeApprovedListXlsx(longer, path, QDate(2024, 7, 20)).ok());
    const QJsonArray taller = xlsxInfo(path).value(QStringLiteral("heights")).toArray();
    CHECK(taller.at(1).toDouble() >= 3 * 15);
    CHECK(taller.at(2).toDouble() == heights.at(2).toDouble());
}

TEST_CASE("exports to a folder that does not exist fail and leave no file", "[approved]")
{
    TempDir dir;
    auto db = openDatabase(dir.file(QStringLiteral("x.sqlite")));
    addStandardHonorees(*db);
    auto list = loadApprovedList(*db);
    REQUIRE(list.ok());
    const QString csv = dir.file(QStringLiteral("missing/ds.csv"));
    const QString xlsx = dir.file(QStringLiteral("missing/ds.xlsx"));
    auto a = writeApprovedListCsv(*list, csv);
    auto b = writeApprovedListXlsx(*list, xlsx);
    REQUIRE_FALSE(a.ok());
    REQUIRE_FALSE(b.ok());
    CHECK(a.error().kind == ErrorKind::Storage);
    CHECK(b.error().kind == ErrorKind::Storage);
    CHECK(b.error().message.contains(QStringLiteral("ds.xlsx")));
    CHECK_FALSE(QFile::exists(csv));
    CHECK_FALSE(QFile::exists(xlsx));
}

TEST_CASE("an export over an existing file replaces it whole", "[approved]")
{
    TempDir dir;
    auto db = openDatabase(dir.file(QStringLiteral("x.sqlite")));
    addStandardHonorees(*db);
    auto list = loadApprovedList(*db);
    REQUIRE(list.ok());
    const QString path = dir.file(QStringLiteral("ds.xlsx"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(200000, 'x'));
    }
    REQUIRE(writeApprovedListXlsx(*list, path).ok());
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.read(2) == QByteArray("PK"));
    CHECK(f.size() < 200000);
}
