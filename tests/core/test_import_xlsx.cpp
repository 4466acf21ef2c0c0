#include "importer.h"
#include "seedcampaign.h"
#include "testsupport.h"
#include "xlsxreader.h"

#include <catch2/catch.hpp>

#include <minizip/zip.h>
#include <xlsxwriter.h>

#include <QFile>

using namespace vd;
using namespace vd::test;

namespace {

// A zip written part by part (for workbooks libxlsxwriter cannot make).
bool writeZip(const QString &path, const QList<QPair<QString, QByteArray>> &parts)
{
    zipFile zf = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    if (!zf)
        return false;
    for (const auto &p : parts) {
        if (zipOpenNewFileInZip64(zf, p.first.toUtf8().constData(), nullptr, nullptr, 0, nullptr, 0, nullptr,
                                  Z_DEFLATED, Z_DEFAULT_COMPRESSION, 1)
            != ZIP_OK)
            return false;
        zipWriteInFileInZip(zf, p.second.constData(), unsigned(p.second.size()));
        zipCloseFileInZip(zf);
    }
    return zipClose(zf, nullptr) == ZIP_OK;
}

const char *kMain = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

QByteArray inlineCell(const char *ref, const QString &text)
{
    return QByteArray("<c r=\"") + ref + "\" t=\"inlineStr\"><is><t>" + text.toHtmlEscaped().toUtf8() + "</t></is></c>";
}

// A hand-made workbook in the 1904 date system whose first sheet is not sheet1.
QString makeWorkbook1904(const TempDir &dir, const QByteArray &extraRow = {})
{
    const QByteArray workbook
        = QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook ") + kMain
          + "><workbookPr date1904=\"1\"/><sheets><sheet name=\"DS\" sheetId=\"1\" r:id=\"rId3\"/>"
            "<sheet name=\"Khác\" sheetId=\"2\" r:id=\"rId1\"/></sheets></workbook>";
    const QByteArray rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
                            "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                            "<Relationship Id=\"rId1\" "
                            "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                            "Target=\"worksheets/sheet1.xml\"/>"
                            "<Relationship Id=\"rId3\" "
                            "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                            "Target=\"/xl/worksheets/danhsach.xml\"/>"
                            "</Relationships>";
    const QByteArray styles
        = QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet ") + kMain
          + "><numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/>"
            "<numFmt numFmtId=\"165\" formatCode=\"0.00\"/></numFmts>"
            "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
            "<cellXfs count=\"4\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\" applyNumberFormat=\"1\"/>"
            "<xf numFmtId=\"165\"/><xf numFmtId=\"14\"/></cellXfs></styleSheet>";
    const QByteArray shared
        = QString::fromUtf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst %1 count=\"2\" uniqueCount=\"2\">"
                            "<si><t>Họ và tên</t></si>"
                            "<si><r><rPr><b/></rPr><t xml:space=\"preserve\">Nguyễn </t></r><r><t>Thị Ánh</t></r>"
                            "<rPh sb=\"0\" eb=\"1\"><t>phiên âm</t></rPh></si></sst>")
              .arg(QString::fromLatin1(kMain))
              .toUtf8();
    const QByteArray sheet
        = QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet ") + kMain
          + "><sheetData>"
            "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c>"
          + inlineCell("B1", QStringLiteral("Giới tính")) + inlineCell("C1", QStringLiteral("Ngày sinh"))
          + inlineCell("D1", QStringLiteral("Số CCCD")) + inlineCell("E1", QStringLiteral("Chức vụ"))
          + inlineCell("F1", QStringLiteral("Đơn vị")) + inlineCell("G1", QStringLiteral("Khối"))
          + inlineCell("H1", QStringLiteral("Đoàn viên công đoàn")) + inlineCell("I1", QStringLiteral("Số bộ hồ sơ"))
          + "</row>"
            "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>1</v></c><c r=\"C2\" s=\"1\"><v>29659</v></c>"
          + inlineCell("D2", QStringLiteral("031185001234")) + inlineCell("E2", QStringLiteral("Giáo viên"))
          + inlineCell("F2", QStringLiteral("Trường Mầm non Hoa Sen")) + inlineCell("G2", QStringLiteral("MN"))
          + "<c r=\"H2\" t=\"b\"><v>1</v></c><c r=\"I2\" s=\"2\"><v>2</v></c></row>"
            "<row r=\"3\"></row>"
            "<row r=\"4\">"
          + inlineCell("A4", QStringLiteral("   "))
          + "</row>"
            "<row r=\"6\"><c r=\"A6\" t=\"str\"><f>CONCAT(\"Lê \",\"Văn B\")</f><v>Lê Văn B</v></c>"
            "<c r=\"C6\" s=\"3\"><v>30000.75</v></c>"
          + inlineCell("E6", QStringLiteral("Công nhân")) + inlineCell("F6", QStringLiteral("Công ty X"))
          + inlineCell("G6", QStringLiteral("DN")) + inlineCell("H6", QStringLiteral("x")) + "</row>" + extraRow
          + "</sheetData></worksheet>";
    const QByteArray other = QByteArray("<?xml version=\"1.0\"?><worksheet ") + kMain + "><sheetData><row r=\"1\">"
                             + inlineCell("A1", QStringLiteral("Không phải trang này"))
                             + "</row></sheetData></worksheet>";
    const QString path = dir.file(QStringLiteral("1904.xlsx"));
    REQUIRE(writeZip(path, { { QStringLiteral("[Content_Types].xml"), "<Types/>" },
                             { QStringLiteral("xl/workbook.xml"), workbook },
                             { QStringLiteral("xl/_rels/workbook.xml.rels"), rels },
                             { QStringLiteral("xl/styles.xml"), styles },
                             { QStringLiteral("xl/sharedStrings.xml"), shared },
                             { QStringLiteral("xl/worksheets/sheet1.xml"), other },
                             { QStringLiteral("xl/worksheets/danhsach.xml"), sheet } }));
    return path;
}

// A workbook as units make them in Excel, written by libxlsxwriter.
QString makeExcelWorkbook(const TempDir &dir, bool constantMemory)
{
    const QString path = dir.file(constantMemory ? QStringLiteral("inline.xlsx") : QStringLiteral("shared.xlsx"));
    const QByteArray name = QFile::encodeName(path);
    lxw_workbook_options options = {};
    options.constant_memory = constantMemory ? 1 : 0; // inline strings instead of shared ones
    lxw_workbook *book = workbook_new_opt(name.constData(), &options);
    REQUIRE(book);
    lxw_worksheet *sheet = workbook_add_worksheet(book, "Danh sách");
    lxw_format *dmy = workbook_add_format(book);
    format_set_num_format(dmy, "dd/mm/yyyy");
    lxw_format *builtinDate = workbook_add_format(book);
    format_set_num_format_index(builtinDate, 14);
    const char *headers[]
        = { "Họ và tên", "Giới tính",           "Ngày sinh",       "Số CCCD",     "Chức vụ",        "Đơn vị",
            "Khối",      "Đoàn viên công đoàn", "Ngày nhận hồ sơ", "Số bộ hồ sơ", "Năm khen thưởng" };
    for (int c = 0; c < 11; ++c)
        worksheet_write_string(sheet, 0, lxw_col_t(c), headers[c], nullptr);
    lxw_datetime birth = { 1985, 3, 15, 0, 0, 0 };
    lxw_datetime received = { 2024, 7, 5, 0, 0, 0 };
    worksheet_write_string(sheet, 1, 0, "Nguyễn Thị Ánh", nullptr);
    worksheet_write_string(sheet, 1, 1, "Nữ", nullptr);
    worksheet_write_datetime(sheet, 1, 2, &birth, dmy);
    worksheet_write_number(sheet, 1, 3, 31185001234.0, nullptr); // lost its leading zero
    worksheet_write_string(sheet, 1, 4, "Giáo viên", nullptr);
    worksheet_write_string(sheet, 1, 5, "Trường Mầm non Hoa Sen", nullptr);
    worksheet_write_string(sheet, 1, 6, "Mầm non", nullptr);
    worksheet_write_boolean(sheet, 1, 7, 1, nullptr);
    worksheet_write_datetime(sheet, 1, 8, &received, builtinDate);
    worksheet_write_number(sheet, 1, 9, 2, nullptr);
    worksheet_write_number(sheet, 1, 10, 2023, nullptr);
    // Row 3 stays empty. Row 4: a gap in column B, a CCCD number of 10 digits.
    worksheet_write_string(sheet, 3, 0, "Phạm Văn Nam", nullptr);
    worksheet_write_number(sheet, 3, 3, 3108512345.0, nullptr);
    worksheet_write_string(sheet, 3, 4, "Tổ trưởng", nullptr);
    worksheet_write_string(sheet, 3, 5, "Công ty CP May An Dương", nullptr);
    worksheet_write_string(sheet, 3, 6, "DN", nullptr);
    worksheet_write_number(sheet, 3, 7, 0, nullptr);
    REQUIRE(workbook_close(book) == LXW_NO_ERROR);
    return path;
}

QDate today() { return QDate(2024, 8, 1); }

} // namespace

TEST_CASE("Excel date serials: 1900 system with its 1900-02-29 quirk, and 1904", "[import][xlsx]")
{
    struct Row
    {
        double serial;
        bool date1904;
        QDate expected;
    };
    const Row rows[] = {
        { 1, false, QDate(1900, 1, 1) },
        { 59, false, QDate(1900, 2, 28) },
        { 60, false, QDate() }, // 1900-02-29 never existed
        { 61, false, QDate(1900, 3, 1) },
        { 31121, false, QDate(1985, 3, 15) },
        { 31121.99, false, QDate(1985, 3, 15) }, // the time of day is dropped
        { 45478, false, QDate(2024, 7, 5) },
        { 0, true, QDate(1904, 1, 1) },
        { 29659, true, QDate(1985, 3, 15) },
        { -1, false, QDate() },
    };
    for (const Row &r : rows) {
        CAPTURE(r.serial, r.date1904);
        CHECK(excelSerialToDate(r.serial, r.date1904) == r.expected);
    }
}

TEST_CASE("Excel number formats that show dates", "[import][xlsx]")
{
    CHECK(isDateNumberFormat(14, QString()));
    CHECK(isDateNumberFormat(22, QString()));
    CHECK_FALSE(isDateNumberFormat(0, QString()));
    CHECK_FALSE(isDateNumberFormat(2, QString()));
    CHECK_FALSE(isDateNumberFormat(20, QString())); // h:mm, a time
    CHECK(isDateNumberFormat(164, QStringLiteral("dd/mm/yyyy")));
    CHECK(isDateNumberFormat(165, QStringLiteral("[$-42A]d mmmm yyyy")));
    CHECK_FALSE(isDateNumberFormat(166, QStringLiteral("0.00")));
    CHECK_FALSE(isDateNumberFormat(167, QStringLiteral("\"ngày\" 0"))); // quoted text is not a format
    CHECK_FALSE(isDateNumberFormat(168, QStringLiteral("[Red]0")));
}

TEST_CASE("XLSX written by libxlsxwriter: date cells, shared and inline strings, CCCD numbers, empty rows",
          "[import][xlsx]")
{
    TempDir dir;
    const Campaign campaign = builtInCampaign();
    for (bool constantMemory : { false, true }) {
        CAPTURE(constantMemory);
        const QString path = makeExcelWorkbook(dir, constantMemory);
        auto table = readImportTable(path);
        REQUIRE(table.ok());
        CHECK(table->format == QStringLiteral("XLSX"));
        REQUIRE(table->rows.size() == 3); // the empty row 3 is left out
        CHECK(table->rows[1].cell(2).typeId() == QMetaType::QDate);
        CHECK(table->rows[1].cell(8).toDate() == QDate(2024, 7, 5));

        auto result = validateImport(*table, campaign, today());
        REQUIRE(result.ok());
        REQUIRE(result->records.size() == 2);
        const ImportRecord &first = result->records[0];
        CHECK(first.row == 2);
        CHECK(first.valid);
        CHECK(first.nominee.fullName == QStringLiteral("Nguyễn Thị Ánh"));
        CHECK(first.nominee.birthDate == QDate(1985, 3, 15));
        CHECK(first.nominee.citizenId == QStringLiteral("031185001234"));
        CHECK(first.nominee.unionMember);
        CHECK(first.nominee.receivedDate == QDate(2024, 7, 5));
        CHECK(first.nominee.copies == 2);
        CHECK(first.nominee.meritYear == 2023);
        const ImportRecord &second = result->records[1];
        CHECK(second.row == 4);
        CHECK_FALSE(second.valid);

        REQUIRE(result->problems.size() == 2);
        CHECK(result->problems[0].row == 2);
        CHECK(result->problems[0].column == QStringLiteral("Số CCCD"));
        CHECK(result->problems[0].severity == ImportSeverity::Warning);
        CHECK(result->problems[0].message.contains(QStringLiteral("031185001234")));
        CHECK(result->problems[1].row == 4);
        CHECK(result->problems[1].column == QStringLiteral("Số CCCD"));
        CHECK(result->problems[1].severity == ImportSeverity::Error);
    }
}

TEST_CASE("Hand-made XLSX: 1904 dates, rich shared strings, first sheet by relationship, cell gaps", "[import][xlsx]")
{
    TempDir dir;
    const QString path = makeWorkbook1904(dir);
    auto table = readXlsxFile(path);
    REQUIRE(table.ok());
    REQUIRE(table->rows.size() == 3); // rows 1, 2, 6: row 3 empty, row 4 only spaces
    CHECK(table->rows[0].cell(0).toString() == QStringLiteral("Họ và tên"));
    CHECK(table->rows[1].rowNumber == 2);
    CHECK(table->rows[1].cell(0).toString() == QStringLiteral("Nguyễn Thị Ánh")); // runs joined, phonetic left out
    CHECK_FALSE(table->rows[1].cell(1).isValid()); // B2 missing: a gap
    CHECK(table->rows[1].cell(2).toDate() == QDate(1985, 3, 15));
    CHECK(table->rows[1].cell(7).toBool());
    CHECK(table->rows[1].cell(8).typeId() == QMetaType::Double); // "0.00" is not a date
    CHECK(table->rows[2].rowNumber == 6);
    CHECK(table->rows[2].cell(0).toString() == QStringLiteral("Lê Văn B")); // cached formula text
    CHECK(table->rows[2].cell(2).toDate() == QDate(1904, 1, 1).addDays(30000));

    Campaign campaign = builtInCampaign();
    auto result = validateImport(*table, campaign, today());
    REQUIRE(result.ok());
    CHECK(result->errorCount() == 0);
    REQUIRE(result->records.size() == 2);
    CHECK(result->records[0].nominee.birthDate == QDate(1985, 3, 15));
    CHECK(result->records[1].row == 6);
}

TEST_CASE("XLSX limits refuse zip bombs and over-long cells", "[import][xlsx]")
{
    TempDir dir;
    XlsxLimits small;
    small.maxPartBytes = 500;
    auto bomb = readXlsxFile(makeWorkbook1904(dir), small);
    REQUIRE_FALSE(bomb.ok());
    CHECK(bomb.error().kind == ErrorKind::Storage);
    CHECK(bomb.error().message.contains(QStringLiteral("giới hạn")));

    TempDir other;
    const QByteArray longRow = "<row r=\"9\">" + inlineCell("A9", QString(40000, QLatin1Char('a'))) + "</row>";
    auto tooLong = readXlsxFile(makeWorkbook1904(other, longRow));
    REQUIRE_FALSE(tooLong.ok());
    CHECK(tooLong.error().message.contains(QStringLiteral("A9")));
    CHECK(tooLong.error().message.contains(QStringLiteral("32767")));
}

TEST_CASE("Files that are not workbooks are Storage errors", "[import][xlsx]")
{
    TempDir dir;
    const QString zip = dir.file(QStringLiteral("khong-phai.xlsx"));
    REQUIRE(writeZip(zip, { { QStringLiteral("readme.txt"), "xin chào" } }));
    auto notBook = readImportTable(zip);
    REQUIRE_FALSE(notBook.ok());
    CHECK(notBook.error().kind == ErrorKind::Storage);
    CHECK(notBook.error().message.contains(QStringLiteral("workbook.xml")));

    const QString broken = dir.file(QStringLiteral("hong.xlsx"));
    {
        QFile f(broken);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("PK\x03\x04 this is not really a zip");
    }
    auto b = readImportTable(broken);
    REQUIRE_FALSE(b.ok());
    CHECK(b.error().kind == ErrorKind::Storage);
}
