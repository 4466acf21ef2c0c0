// The two readers of the XLSX parts (src/core/xlsxreader_p.h) give the same
// result: the fast one (XmlScanner) on the plain XML spreadsheet programs
// write, the general one (QXmlStreamReader) on whatever the fast one leaves.
// Every workbook here is read both ways; tables and errors must be equal.
#include "testsupport.h"
#include "xlsxreader_p.h"

#include <catch2/catch.hpp>

#include <minizip/zip.h>
#include <xlsxwriter.h>

#include <QDir>
#include <QFile>
#include <QRandomGenerator>

#include <cstring>

using namespace vd;
using namespace vd::test;

namespace {

bool writeZip(const QString &path, const QList<QPair<QString, QByteArray>> &parts, int method = Z_DEFLATED)
{
    zipFile zf = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    if (!zf)
        return false;
    for (const auto &p : parts) {
        if (zipOpenNewFileInZip64(zf, p.first.toUtf8().constData(), nullptr, nullptr, 0, nullptr, 0, nullptr, method,
                                  Z_DEFAULT_COMPRESSION, 1)
            != ZIP_OK)
            return false;
        zipWriteInFileInZip(zf, p.second.constData(), unsigned(p.second.size()));
        zipCloseFileInZip(zf);
    }
    return zipClose(zf, nullptr) == ZIP_OK;
}

const QByteArray kNs = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                       "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";
const QByteArray kDecl = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

// A one-sheet workbook; style 1 is a date.
QString workbook(const TempDir &dir, const QString &name, const QByteArray &sheet, const QByteArray &shared,
                 int method = Z_DEFLATED)
{
    const QByteArray book
        = kDecl + "<workbook " + kNs + "><sheets><sheet name=\"DS\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
    const QByteArray rels = kDecl
                            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                              "<Relationship Id=\"rId1\" Type=\"worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                              "</Relationships>";
    const QByteArray styles
        = kDecl + "<styleSheet " + kNs
          + "><cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellXfs></styleSheet>";
    QList<QPair<QString, QByteArray>> parts = { { QStringLiteral("xl/workbook.xml"), book },
                                                { QStringLiteral("xl/_rels/workbook.xml.rels"), rels },
                                                { QStringLiteral("xl/styles.xml"), styles },
                                                { QStringLiteral("xl/worksheets/sheet1.xml"), sheet } };
    if (!shared.isNull())
        parts.append({ QStringLiteral("xl/sharedStrings.xml"), shared });
    const QString path = dir.file(name + QStringLiteral(".xlsx"));
    REQUIRE(writeZip(path, parts, method));
    return path;
}

QByteArray sheetXml(const QByteArray &rows, const QByteArray &decl = kDecl)
{
    return decl + "<worksheet " + kNs + "><sheetData>" + rows + "</sheetData></worksheet>";
}

QByteArray sharedXml(const QByteArray &items, const QByteArray &decl = kDecl)
{
    return decl + "<sst " + kNs + ">" + items + "</sst>";
}

const QByteArray kShared = sharedXml("<si><t>Họ và tên</t></si><si><t xml:space=\"preserve\"> Ngày sinh </t></si>"
                                     "<si><r><rPr><b/></rPr><t>Nguyễn </t></r><r><t>Thị Ánh</t></r>"
                                     "<rPh sb=\"0\" eb=\"1\"><t>phiên âm</t></rPh><phoneticPr fontId=\"1\"/></si>"
                                     "<si><t>   </t></si>");

QString describe(const QVariant &v) { return QStringLiteral("%1:%2").arg(v.typeName(), v.toString()); }

// Reads `path` both ways; fails the test when they differ. Returns the stats of the fast reading.
xlsx::ReadStats compareReaders(const QString &path, const XlsxLimits &limits = {})
{
    xlsx::ReadStats fastStats, generalStats;
    const auto fast = xlsx::readWorkbook(path, limits, false, xlsx::PartReader::Fast, &fastStats);
    const auto general = xlsx::readWorkbook(path, limits, false, xlsx::PartReader::General, &generalStats);
    CHECK(generalStats.fastParts == 0);
    INFO(QFileInfo(path).fileName().toStdString());
    REQUIRE(fast.ok() == general.ok());
    if (!fast.ok()) {
        CHECK(fast.error().kind == general.error().kind);
        CHECK(fast.error().message.toStdString() == general.error().message.toStdString());
        return fastStats;
    }
    REQUIRE(fast->size() == general->size());
    for (qsizetype t = 0; t < fast->size(); ++t) {
        const SourceTable &a = fast->at(t);
        const SourceTable &b = general->at(t);
        CHECK(a.format == b.format);
        CHECK(a.sheet == b.sheet);
        REQUIRE(a.rows.size() == b.rows.size());
        for (qsizetype r = 0; r < a.rows.size(); ++r) {
            INFO("row " << r);
            CHECK(a.rows.at(r).rowNumber == b.rows.at(r).rowNumber);
            REQUIRE(a.rows.at(r).cells.size() == b.rows.at(r).cells.size());
            for (qsizetype c = 0; c < a.rows.at(r).cells.size(); ++c) {
                const QVariant &x = a.rows.at(r).cells.at(c);
                const QVariant &y = b.rows.at(r).cells.at(c);
                INFO("cell " << c << ": " << describe(x).toStdString() << " / " << describe(y).toStdString());
                CHECK(x.typeId() == y.typeId());
                if (x.typeId() == QMetaType::Double) // bit for bit (-0.0, NaN)
                    CHECK(std::memcmp(x.constData(), y.constData(), sizeof(double)) == 0);
                else
                    CHECK(x == y);
            }
        }
    }
    return fastStats;
}

} // namespace

TEST_CASE("the fast XLSX reader reads plain workbooks itself, as the general one does", "[import][xlsx][fastpath]")
{
    TempDir dir;
    const QByteArray rows
        = "<row r=\"1\" spans=\"1:6\" x14ac:dyDescent=\"0.25\"><c r=\"A1\" t=\"s\"><v>0</v></c>"
          "<c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" t=\"inlineStr\"><is><t>Số CCCD</t></is></c></row>"
          "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>2</v></c><c r=\"B2\" s=\"1\"><v>31122</v></c>"
          "<c r=\"C2\" t=\"str\"><f>A1</f><v>031185001234</v></c><c r=\"D2\" t=\"b\"><v>1</v></c>"
          "<c r=\"E2\"><v>2023</v></c><c r=\"F2\" t=\"n\"><v>-1.5e3</v></c><c r=\"G2\" t=\"d\"><v>2024-07-05</v></c>"
          "<c r=\"H2\" t=\"e\"><v>#N/A</v></c><c r=\"I2\" t=\"inlineStr\"><is><t>A &amp; B "
          "&lt;&#x1EA0;&#x1F600;&#65;</t></is></c>"
          "<c r=\"J2\" t=\"inlineStr\"><is><t>dòng 1\r\ndòng 2\rdòng 3&#13;</t></is></c></row>"
          "<row r=\"3\"/><row r=\"4\"><c r=\"A4\" t=\"s\"><v>3</v></c><c r=\"B4\"/></row>"
          "<row><c><v>1</v></c><c r=\"d5\"><v>0.1</v></c><c><v/></c></row>"
          "<row r=\"7\"><c r=\"B7\" s=\"1\"><v>60</v></c><c r=\"A7\"><v>1</v></c></row>";
    const QByteArray sheet = kDecl + "<worksheet " + kNs
                             + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
                               " xmlns:x14ac=\"http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac\""
                               " mc:Ignorable=\"x14ac\"><dimension ref=\"A1:J7\"/><sheetViews><sheetView "
                               "workbookViewId=\"0\"/></sheetViews><sheetData>"
                             + rows + "</sheetData><pageMargins left=\"0.7\"/></worksheet>\r\n";
    const auto stats = compareReaders(workbook(dir, QStringLiteral("plain"), sheet, kShared));
    CHECK(stats.fastParts == 2);
    CHECK(stats.generalParts == 0);

    // Without a declaration, with another spelling of UTF-8, without shared strings.
    const auto bare = compareReaders(
        workbook(dir, QStringLiteral("bare"), sheetXml("<row><c t=\"inlineStr\"><is><t>x</t></is></c></row>", {}), {}));
    CHECK(bare.generalParts == 0);
    const auto utf8 = compareReaders(
        workbook(dir, QStringLiteral("utf8"),
                 sheetXml("<row><c><v>1</v></c></row>", "<?xml version='1.0' encoding='utf-8'?>"), {}));
    CHECK(utf8.generalParts == 0);
}

TEST_CASE("numbers, indexes and row numbers read from bytes are what QString gives", "[import][xlsx][fastpath]")
{
    TempDir dir;
    const char *numbers[] = { "0",
                              "-0",
                              "007",
                              "1e3",
                              "1E-3",
                              "0.1",
                              "123456789012345678901234567890",
                              "2.2250738585072014e-308",
                              "4.9e-324",
                              "1e400",
                              "1e-400",
                              " 5",
                              "5 ",
                              "+5",
                              "1.",
                              ".5",
                              "0x10",
                              "inf",
                              "nan",
                              "1,5",
                              "",
                              "٣" };
    QByteArray rows = "<row r=\"1\"><c t=\"inlineStr\"><is><t>Số</t></is></c></row>";
    int r = 2;
    for (const char *n : numbers)
        rows += "<row r=\"" + QByteArray::number(r++) + "\"><c><v>" + n + "</v></c><c s=\"1\"><v>" + n
                + "</v></c></row>";
    for (const char *index : { "01", "3", " 1", "1 ", "+1" })
        rows += "<row><c t=\"s\"><v>" + QByteArray(index) + "</v></c></row>";
    for (const char *rowNumber : { "0", "abc", "", "99999999999", "-4", "4000", "0050" })
        rows += "<row r=\"" + QByteArray(rowNumber) + "\"><c><v>1</v></c></row>";
    for (const char *style : { "abc", "", "01", "99" })
        rows += "<row><c s=\"" + QByteArray(style) + "\"><v>40000</v></c></row>";
    for (const char *ref : { "a1", "AB12", "XFD9000", "A01" })
        rows += "<row r=\"9000\"><c r=\"" + QByteArray(ref) + "\"><v>1</v></c></row>";
    const auto stats = compareReaders(workbook(dir, QStringLiteral("numbers"), sheetXml(rows), kShared));
    CHECK(stats.generalParts == 0);

    for (const char *bad : { "-1", "4", "abc", "99999999999", "" }) {
        INFO(bad);
        compareReaders(workbook(dir, QStringLiteral("index"),
                                sheetXml("<row><c t=\"s\"><v>" + QByteArray(bad) + "</v></c></row>"), kShared));
        QFile::remove(dir.file(QStringLiteral("index.xlsx")));
    }
    for (const char *ref : { "A0", "1A", "A1B", "XFE1", "A1048577", "ſ1", "A&#49;", "A\t1" }) {
        INFO(ref);
        compareReaders(workbook(dir, QStringLiteral("ref"),
                                sheetXml("<row><c r=\"" + QByteArray(ref) + "\"><v>1</v></c></row>"), {}));
        QFile::remove(dir.file(QStringLiteral("ref.xlsx")));
    }
}

TEST_CASE("XML the fast reader leaves is read by the general one, with the same result", "[import][xlsx][fastpath]")
{
    TempDir dir;
    const QByteArray cell = "<c t=\"inlineStr\"><is><t>x</t></is></c>";
    struct Case
    {
        const char *name;
        QByteArray sheet;
        int general = 1; // parts read by the general reader: 0 for XML the fast one reads (and accepts)
    };
    const QList<Case> cases = {
        { "comment", sheetXml("<row><!-- note -->" + cell + "</row>") },
        { "cdata", sheetXml("<row><c t=\"inlineStr\"><is><t><![CDATA[a<b]]></t></is></c></row>") },
        { "pi", sheetXml("<?mso-application progid=\"Excel.Sheet\"?><row>" + cell + "</row>") },
        { "prefixed", kDecl
                          + "<x:worksheet xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                            "<x:sheetData><x:row><x:c t=\"inlineStr\"><x:is><x:t>x</x:t></x:is></x:c></x:row>"
                            "</x:sheetData></x:worksheet>" },
        { "doctype", "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY e \"x\">]><worksheet><sheetData><row>" + cell
                         + "</row></sheetData></worksheet>" },
        { "undeclared-entity", sheetXml("<row>" + cell + "<c t=\"inlineStr\"><is><t>a&xxe;b</t></is></c></row>") },
        { "bom", "\xEF\xBB\xBF" + sheetXml("<row>" + cell + "</row>") },
        { "latin1", sheetXml("<row><c t=\"inlineStr\"><is><t>\xE0</t></is></c></row>",
                             "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>") },
        { "version11", sheetXml("<row>" + cell + "</row>", "<?xml version=\"1.1\"?>") },
        { "attribute-entity", sheetXml("<row r=\"&#50;\"><c r=\"&#65;2\" t=\"&#115;\"><v>0</v></c></row>") },
        { "attribute-tab", sheetXml("<row><c r=\"A1\" t=\"inlineStr\tx\"><is><t>x</t></is></c></row>") },
        { "element-in-v", sheetXml("<row><c><v>1<b/></v></c></row>") },
        { "element-in-t", sheetXml("<row><c t=\"inlineStr\"><is><t>a<b>c</b>d</t></is></c></row>") },
        { "mismatched", sheetXml("<row>" + cell + "</rows>") },
        { "unclosed", kDecl + "<worksheet><sheetData><row>" + cell },
        { "two-roots", sheetXml("<row>" + cell + "</row>") + "<worksheet/>" },
        { "text-after-root", sheetXml("<row>" + cell + "</row>") + "x" },
        { "duplicate-attribute", sheetXml("<row><c r=\"A1\" r=\"B1\"><v>1</v></c></row>") },
        { "unquoted", sheetXml("<row><c r=A1><v>1</v></c></row>") },
        { "no-space", sheetXml("<row><c r=\"A1\"t=\"n\"><v>1</v></c></row>") },
        { "undeclared-prefix", sheetXml("<row><c r=\"A1\" foo:x=\"1\"><v>1</v></c></row>") },
        { "same-local", sheetXml("<row><c r=\"A1\" r:x=\"1\" r:x=\"2\"><v>1</v></c></row>") },
        { "cdata-end", sheetXml("<row><c t=\"inlineStr\"><is><t>a]]>b</t></is></c></row>") },
        { "control", sheetXml("<row><c t=\"inlineStr\"><is><t>a\x01</t></is></c></row>") },
        { "c1-control", sheetXml("<row><c t=\"inlineStr\"><is><t>a\xC2\x85\x7F</t></is></c></row>"), 0 },
        { "bad-utf8", sheetXml("<row><c t=\"inlineStr\"><is><t>a\xC3(</t></is></c></row>") },
        { "surrogate", sheetXml("<row><c t=\"inlineStr\"><is><t>\xED\xA0\x80</t></is></c></row>") },
        { "fffe", sheetXml("<row><c t=\"inlineStr\"><is><t>\xEF\xBF\xBE</t></is></c></row>") },
        { "marker", sheetXml("<row><c t=\"inlineStr\"><is><t>a\xEF\xB7\x90xxe\xEF\xB7\x91</t></is></c></row>") },
        { "bad-reference", sheetXml("<row><c t=\"inlineStr\"><is><t>&#0;</t></is></c></row>") },
        { "empty-prefix", sheetXml("<row><c xmlns:p=\"\" p:x=\"1\"><v>1</v></c></row>") },
        { "deep",
          sheetXml("<row>" + QByteArray("<a>").repeated(300) + QByteArray("</a>").repeated(300) + cell + "</row>") },
        { "root-row", kDecl + "<row><c><v>1</v></c><row><c><v>2</v></c></row></row>", 0 },
        { "empty", QByteArray() },
    };
    for (const Case &c : cases) {
        INFO(c.name);
        CHECK(compareReaders(workbook(dir, QString::fromLatin1(c.name), c.sheet, kShared)).generalParts == c.general);
    }
    // The same in the shared strings.
    const QList<Case> sharedCases = {
        { "s-comment", sharedXml("<si><t>a</t><!-- x --></si>") },
        { "s-entity", sharedXml("<si><t>a&xxe;</t></si>"), 2 }, // the cell that uses it is refused
        { "s-nested", sharedXml("<si><t>a</t><si><t>b</t></si><t>c</t></si><si><t>d</t></si>"), 0 },
        { "s-rph", sharedXml("<si><rPh><t>x</t></rPh><t>y</t><rPh><rPh/></rPh></si>"), 0 },
        { "s-broken", sharedXml("<si><t>a</si>") },
        { "s-extlst", sharedXml("<si><t>a</t></si><extLst><si><t>b</t></si></extLst>"), 0 },
    };
    for (const Case &c : sharedCases) {
        INFO(c.name);
        CHECK(compareReaders(
                  workbook(dir, QString::fromLatin1(c.name), sheetXml("<row><c t=\"s\"><v>0</v></c></row>"), c.sheet))
                  .generalParts
              == c.general);
    }
}

TEST_CASE("both XLSX readers refuse a workbook at the same limit", "[import][xlsx][fastpath]")
{
    TempDir dir;
    QByteArray rows;
    for (int r = 1; r <= 40; ++r) {
        rows += "<row><c t=\"s\"><v>" + QByteArray::number(r % 3) + "</v></c><c t=\"inlineStr\"><is><t>chữ "
                + QByteArray::number(r) + "</t></is></c><c r=\"Z" + QByteArray::number(r) + "\"><v>"
                + QByteArray::number(r) + "</v></c></row>";
    }
    const QString path = workbook(dir, QStringLiteral("limits"), sheetXml(rows), kShared);
    XlsxLimits limits;
    CHECK(compareReaders(path, limits).generalParts == 0);
    limits.maxRows = 10;
    compareReaders(path, limits);
    limits = XlsxLimits();
    limits.maxCells = 300;
    compareReaders(path, limits);
    limits = XlsxLimits();
    limits.maxTextChars = 900;
    compareReaders(path, limits);
    limits = XlsxLimits();
    limits.maxSharedStrings = 2;
    compareReaders(path, limits);
    limits = XlsxLimits();
    limits.maxCellChars = 5;
    compareReaders(path, limits);
    limits = XlsxLimits();
    limits.maxPartBytes = 1000;
    compareReaders(path, limits);
}

TEST_CASE("a part whose bytes do not match its CRC is refused by both readers", "[import][xlsx][fastpath]")
{
    TempDir dir;
    const QByteArray marker = "MARKER-TEXT";
    const QString path = workbook(dir, QStringLiteral("crc"),
                                  sheetXml("<row><c t=\"inlineStr\"><is><t>" + marker + "</t></is></c></row>"),
                                  sharedXml("<si><t>" + marker + "</t></si>"), 0 /* stored */);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    for (qsizetype at = bytes.indexOf(marker); at >= 0; at = bytes.indexOf(marker, at + 1))
        bytes[at] = 'N'; // still well-formed XML, but not the bytes the CRC was made of
    file.seek(0);
    file.write(bytes);
    file.close();
    const auto fast = xlsx::readWorkbook(path, {}, false, xlsx::PartReader::Fast);
    REQUIRE_FALSE(fast.ok());
    CHECK(fast.error().message.contains(QStringLiteral("CRC")));
    compareReaders(path);
}

TEST_CASE("the hostile XLSX files are refused the same way by both readers", "[import][xlsx][fastpath][hostile]")
{
    const QDir hostile(dataFile(QStringLiteral("hostile")));
    const QStringList files = hostile.entryList({ QStringLiteral("*.xlsx") }, QDir::Files);
    REQUIRE(files.size() >= 10);
    for (const QString &file : files) {
        INFO(file.toStdString());
        compareReaders(hostile.filePath(file));
    }
}

TEST_CASE("a big workbook written by libxlsxwriter reads the same both ways", "[import][xlsx][fastpath]")
{
    TempDir dir;
    for (const bool constantMemory : { false, true }) { // shared strings, then inline strings
        const QString path = dir.file(constantMemory ? QStringLiteral("inline.xlsx") : QStringLiteral("shared.xlsx"));
        lxw_workbook_options options = {};
        options.constant_memory = constantMemory ? 1 : 0;
        lxw_workbook *book = workbook_new_opt(QFile::encodeName(path).constData(), &options);
        REQUIRE(book);
        lxw_worksheet *sheet = workbook_add_worksheet(book, "Danh sách");
        lxw_format *date = workbook_add_format(book);
        format_set_num_format(date, "dd/mm/yyyy");
        QRandomGenerator rng(7);
        const char *words[] = { "Nguyễn", "Thị", "Ánh", "  ", "A & B", "<x>", "dòng\nmới", "\"q\"", "Đơn vị", "" };
        for (lxw_row_t r = 0; r < 2000; ++r) {
            for (lxw_col_t c = 0; c < 8; ++c) {
                switch (rng.bounded(5)) {
                case 0:
                    worksheet_write_number(sheet, r, c, rng.generateDouble() * 1e6 - 5e5, nullptr);
                    break;
                case 1: {
                    lxw_datetime d
                        = { 1950 + int(rng.bounded(70)), 1 + int(rng.bounded(12)), 1 + int(rng.bounded(28)), 0, 0, 0 };
                    worksheet_write_datetime(sheet, r, c, &d, date);
                    break;
                }
                case 2:
                    worksheet_write_boolean(sheet, r, c, int(rng.bounded(2)), nullptr);
                    break;
                case 3:
                    break; // a gap
                default:
                    worksheet_write_string(sheet, r, c, words[rng.bounded(10)], nullptr);
                }
            }
        }
        REQUIRE(workbook_close(book) == LXW_NO_ERROR);
        const auto stats = compareReaders(path);
        CHECK(stats.generalParts == 0);
        CHECK(stats.fastParts == (constantMemory ? 1 : 2));
    }
}
