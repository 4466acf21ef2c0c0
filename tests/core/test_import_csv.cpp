#include "csvreader.h"

#include <catch2/catch.hpp>

#include <QStringEncoder>

using namespace vd;

namespace {

QStringList cells(const TableRow &row)
{
    QStringList out;
    for (const QVariant &v : row.cells)
        out << v.toString();
    return out;
}

QByteArray utf16(const QString &text, bool bigEndian)
{
    QStringEncoder enc(bigEndian ? QStringConverter::Utf16BE : QStringConverter::Utf16LE);
    return (bigEndian ? QByteArray("\xFE\xFF") : QByteArray("\xFF\xFE")) + QByteArray(enc.encode(text));
}

} // namespace

TEST_CASE("CSV separator is detected from the header row", "[import][csv]")
{
    struct Row
    {
        const char *text;
        char sep;
    };
    const Row rows[] = {
        { "a,b,c\n1;2;3;4;5\n", ',' }, { "a;b;c\n", ';' },
        { "a\tb\tc\n", '\t' },         { "\"x;y\",b,c\n", ',' }, // separators inside quotes do not count
        { "\"x,y,z\";b\n", ';' },      { "single\n", ',' },
    };
    for (const Row &r : rows) {
        CAPTURE(r.text);
        CHECK(detectCsvSeparator(QString::fromUtf8(r.text)) == QLatin1Char(r.sep));
    }
}

TEST_CASE("CSV quotes hold separators, doubled quotes and line breaks", "[import][csv]")
{
    const QByteArray data = "Họ và tên;Ghi chú\r\n"
                            "\"Nguyễn; Văn A\";\"nói \"\"có\"\"\r\ndòng hai\"\r\n"
                            "B;\r\n"
                            ";;\r\n"
                            "C;cuối"; // no final line break
    auto t = readCsv(data);
    REQUIRE(t.ok());
    REQUIRE(t->rows.size() == 4);
    CHECK(t->rows[0].rowNumber == 1);
    CHECK(cells(t->rows[1])
          == QStringList { QStringLiteral("Nguyễn; Văn A"), QStringLiteral("nói \"có\"\r\ndòng hai") });
    // The line break inside quotes stays in record 2: the next record is row 3.
    CHECK(t->rows[1].rowNumber == 2);
    CHECK(t->rows[2].rowNumber == 3);
    CHECK(t->rows[2].cell(0).toString() == QStringLiteral("B"));
    CHECK_FALSE(t->rows[2].cell(1).isValid());
    // The empty record (row 4) is left out but still counted.
    CHECK(t->rows[3].rowNumber == 5);
    CHECK(cells(t->rows[3]) == QStringList { QStringLiteral("C"), QStringLiteral("cuối") });
}

TEST_CASE("CSV encodings: UTF-8 with and without BOM, UTF-16 LE and BE with BOM", "[import][csv]")
{
    const QString text = QStringLiteral("Họ và tên\tĐơn vị\r\nĐỗ Thị Hương\tTrường THCS\r\n");
    const QList<QByteArray> encodings
        = { text.toUtf8(), QByteArray("\xEF\xBB\xBF") + text.toUtf8(), utf16(text, false), utf16(text, true) };
    for (const QByteArray &bytes : encodings) {
        auto t = readCsv(bytes);
        REQUIRE(t.ok());
        REQUIRE(t->rows.size() == 2);
        CHECK(t->rows[0].cell(0).toString() == QStringLiteral("Họ và tên")); // no BOM left in the first cell
        CHECK(t->rows[1].cell(0).toString() == QStringLiteral("Đỗ Thị Hương"));
        CHECK(t->rows[1].cell(1).toString() == QStringLiteral("Trường THCS"));
    }
}

TEST_CASE("CSV line ends LF, CRLF and CR give the same rows", "[import][csv]")
{
    for (const char *eol : { "\n", "\r\n", "\r" }) {
        const QByteArray data = QByteArray("a,b") + eol + "1,2" + eol + "3,4" + eol;
        auto t = readCsv(data);
        REQUIRE(t.ok());
        REQUIRE(t->rows.size() == 3);
        CHECK(t->rows[2].rowNumber == 3);
        CHECK(t->rows[2].cell(1).toString() == QStringLiteral("4"));
    }
}

TEST_CASE("CSV file errors: bad UTF-8, binary data, unterminated quote, nothing", "[import][csv]")
{
    struct Row
    {
        QByteArray data;
        const char *needle;
    };
    const QList<Row> rows = {
        { QByteArray("H\xE1 v\xE0 t\xEAn,b\n"), "UTF-8" },
        { QByteArray("a,b\n\x00\x01\x02", 7), "NUL" },
        { QByteArray("a,b\n\"open,2\n3,4\n"), "dòng 2" },
        { QByteArray("\r\n\r\n,,\n"), "không có dòng" },
    };
    for (const Row &r : rows) {
        auto t = readCsv(r.data);
        REQUIRE_FALSE(t.ok());
        CHECK(t.error().kind == ErrorKind::Storage);
        CAPTURE(t.error().message.toStdString());
        CHECK(t.error().message.contains(QString::fromUtf8(r.needle)));
    }
}
