// vinhdanh-cli budget, budget add, budget remove.
#include "../docs/doctesttools.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace vd;
using namespace vd::test;

namespace {

QStringList cli(const QString &db, const QStringList &args)
{
    return QStringList { QStringLiteral("--db"), db } + args;
}

} // namespace

TEST_CASE("budget: cost lines from the CLI, total in figures and in words, as text, JSON and documents",
          "[cli][budget]")
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("x.sqlite"));
    {
        auto opened = openDatabase(db);
        addStandardHonorees(*opened); // 6 approved
    }
    auto r = runCli(cli(db, { QStringLiteral("budget"), QStringLiteral("add"), QStringLiteral("Thuê hội trường"),
                              QStringLiteral("--unit"), QStringLiteral("buổi"), QStringLiteral("--quantity"),
                              QStringLiteral("1"), QStringLiteral("--unit-price"), QStringLiteral("5.000.000") }));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    r = runCli(cli(db, { QStringLiteral("budget"), QStringLiteral("add"), QStringLiteral("Hoa tươi"),
                         QStringLiteral("--unit"), QStringLiteral("bó"), QStringLiteral("--quantity"),
                         QStringLiteral("10"), QStringLiteral("--unit-price"), QStringLiteral("250000") }));
    REQUIRE(r.exitCode == 0);

    // Refused: a blank name is a validation error (exit 1), a missing price a usage error (exit 2).
    r = runCli(
        cli(db, { QStringLiteral("budget"), QStringLiteral("add"), QStringLiteral("  "), QStringLiteral("--quantity"),
                  QStringLiteral("1"), QStringLiteral("--unit-price"), QStringLiteral("1000") }));
    CHECK(r.exitCode == 1);
    r = runCli(cli(db, { QStringLiteral("budget"), QStringLiteral("add"), QStringLiteral("Nước uống"),
                         QStringLiteral("--quantity"), QStringLiteral("1") }));
    CHECK(r.exitCode == 2);

    r = runCli(cli(db, { QStringLiteral("budget"), QStringLiteral("--amount"), QStringLiteral("5000000") }));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("6 người × 5.000.000 = 30.000.000 đồng")));
    CHECK(r.out.contains(QStringLiteral("Tổng cộng: 37.500.000 đồng")));
    CHECK(r.out.contains(QStringLiteral("Bằng chữ: Ba mươi bảy triệu năm trăm nghìn đồng")));

    r = runCli(cli(db, { QStringLiteral("budget"), QStringLiteral("--amount"), QStringLiteral("5000000"),
                         QStringLiteral("--json") }));
    REQUIRE(r.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(json.value(QStringLiteral("total")).toInteger() == 37500000);
    CHECK(json.value(QStringLiteral("total_in_words")).toString()
          == QStringLiteral("Ba mươi bảy triệu năm trăm nghìn đồng"));
    CHECK(json.value(QStringLiteral("reward")).toObject().value(QStringLiteral("honorees")).toInt() == 6);
    const QJsonArray lines = json.value(QStringLiteral("lines")).toArray();
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(1).toObject().value(QStringLiteral("amount")).toInteger() == 2500000);

    for (const QString &format : { QStringLiteral("pdf"), QStringLiteral("docx"), QStringLiteral("odt") }) {
        CAPTURE(format.toStdString());
        const QString out = dir.file(QStringLiteral("du-toan.") + format);
        r = runCli(cli(db, { QStringLiteral("budget"), QStringLiteral("--amount"), QStringLiteral("5000000"),
                             QStringLiteral("--date"), QStringLiteral("2024-07-15"), QStringLiteral("-o"), out }));
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        REQUIRE(QFile::exists(out));
    }
    const QString pdf = flat(pdfText(dir.file(QStringLiteral("du-toan.pdf"))));
    CHECK(pdf.contains(QStringLiteral("DỰ TOÁN KINH PHÍ")));
    CHECK(pdf.contains(QStringLiteral("An Dương, ngày 15 tháng 7 năm 2024")));
    CHECK(pdf.contains(QStringLiteral("37.500.000")));
    CHECK(pdf.contains(QStringLiteral("Bằng chữ: Ba mươi bảy triệu năm trăm nghìn đồng")));
    CHECK(zipEntry(dir.file(QStringLiteral("du-toan.docx")), QStringLiteral("word/document.xml"))
              .contains(QStringLiteral("Ba mươi bảy triệu năm trăm nghìn đồng")));
    CHECK(zipEntry(dir.file(QStringLiteral("du-toan.odt")), QStringLiteral("content.xml"))
              .contains(QStringLiteral("Hoa tươi")));

    // --json and -o do not go together; removing a line changes the total.
    r = runCli(cli(db, { QStringLiteral("budget"), QStringLiteral("--json"), QStringLiteral("-o"),
                         dir.file(QStringLiteral("x.pdf")) }));
    CHECK(r.exitCode == 2);
    r = runCli(cli(db, { QStringLiteral("budget"), QStringLiteral("remove"),
                         QString::number(lines.at(1).toObject().value(QStringLiteral("id")).toInteger()) }));
    REQUIRE(r.exitCode == 0);
    r = runCli(cli(db, { QStringLiteral("budget"), QStringLiteral("remove"), QStringLiteral("999") }));
    CHECK(r.exitCode == 1);
    r = runCli(cli(db, { QStringLiteral("budget"), QStringLiteral("--amount"), QStringLiteral("5000000") }));
    CHECK(r.out.contains(QStringLiteral("Bằng chữ: Ba mươi lăm triệu đồng")));
}
