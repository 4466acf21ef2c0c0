// vinhdanh-cli script: the running order as text, JSON and the MC's running script.
#include "../docs/doctesttools.h"

#include "council.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace vd;
using namespace vd::test;

TEST_CASE("script: batches, presenters and times as text, JSON and documents", "[cli][script]")
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("x.sqlite"));
    {
        auto opened = openDatabase(db);
        addStandardHonorees(*opened); // 6 approved: 5 MN, 1 DN
    }
    const QString csv = dir.file(QStringLiteral("dai-bieu.csv"));
    {
        QFile f(csv);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("Họ và tên;Chức vụ;Cơ quan;Thành phần;Trao thưởng\n"
                "Lê Văn Thịnh;Chủ tịch;LĐLĐ huyện;Thường trực LĐLĐ;2\n"
                "Lương Thế Quý;Phó Chủ tịch;UBND huyện;Lãnh đạo huyện;1\n"
                "Nguyễn Văn An;Chủ tịch CĐCS;Trường THCS An Dương;Chủ tịch CĐCS;\n");
    }
    auto r = runCli({ QStringLiteral("--db"), db, QStringLiteral("delegates"), QStringLiteral("import"), csv });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    r = runCli({ QStringLiteral("--db"), db, QStringLiteral("council"), QStringLiteral("settings"),
                 QStringLiteral("--batch-size"), QStringLiteral("3") });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);

    r = runCli({ QStringLiteral("--db"), db, QStringLiteral("script"), QStringLiteral("--json") });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(json.value(QStringLiteral("honorees")).toInt() == 6);
    CHECK(json.value(QStringLiteral("batch_size")).toInt() == 3);
    const QJsonArray batches = json.value(QStringLiteral("batches")).toArray();
    REQUIRE(batches.size() == 3); // MN 3 + 2, DN 1
    QStringList called;
    for (const QJsonValue &b : batches) {
        for (const QJsonValue &h : b.toObject().value(QStringLiteral("honorees")).toArray())
            called << h.toObject().value(QStringLiteral("full_name")).toString();
    }
    CHECK(called == standardOrder());
    const auto presenterOf = [&](int i) {
        return batches.at(i)
            .toObject()
            .value(QStringLiteral("presenter"))
            .toObject()
            .value(QStringLiteral("full_name"))
            .toString();
    };
    CHECK(presenterOf(0) == QStringLiteral("Lương Thế Quý"));
    CHECK(presenterOf(1) == QStringLiteral("Lê Văn Thịnh"));
    CHECK(presenterOf(2) == QStringLiteral("Lương Thế Quý"));
    CHECK(batches.at(0).toObject().value(QStringLiteral("start")).toString() == QStringLiteral("08:10"));

    r = runCli({ QStringLiteral("--db"), db, QStringLiteral("script"), QStringLiteral("--batch-minutes"),
                 QStringLiteral("5") });
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("Biểu dương, tôn vinh, khen thưởng")));
    CHECK(r.out.contains(QStringLiteral("15 phút")));
    CHECK(r.out.contains(QStringLiteral("trao: Lương Thế Quý")));
    CHECK(r.out.contains(QStringLiteral("6 người được biểu dương, 3 lượt")));

    // Refused: --json with -o, a format the document has not.
    CHECK(runCli({ QStringLiteral("--db"), db, QStringLiteral("script"), QStringLiteral("--json"), QStringLiteral("-o"),
                   dir.file(QStringLiteral("a.pdf")) })
              .exitCode
          == 2);
    CHECK(runCli({ QStringLiteral("--db"), db, QStringLiteral("script"), QStringLiteral("-o"),
                   dir.file(QStringLiteral("a.xlsx")) })
              .exitCode
          == 2);

    for (const QString &format : { QStringLiteral("pdf"), QStringLiteral("docx"), QStringLiteral("odt") }) {
        const QString out = dir.file(QStringLiteral("kich-ban.") + format);
        r = runCli({ QStringLiteral("--db"), db, QStringLiteral("script"), QStringLiteral("-o"), out,
                     QStringLiteral("--date"), QStringLiteral("2024-07-20") });
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        CHECK(r.out.contains(QStringLiteral("kịch bản điều hành")));
        CHECK(QFile(out).size() > 0);
    }
    const QString text = flat(pdfText(dir.file(QStringLiteral("kich-ban.pdf"))));
    CHECK(text.contains(QStringLiteral("KỊCH BẢN ĐIỀU HÀNH")));
    CHECK(text.contains(QStringLiteral("Lượt 1")));
    CHECK(text.contains(QStringLiteral("Đồng chí Lương Thế Quý, Phó Chủ tịch, UBND huyện")));
    CHECK(
        text.contains(QStringLiteral("kính mời đồng chí Lương Thế Quý, Phó Chủ tịch, UBND huyện lên trao Giấy khen")));
    CHECK(text.contains(QStringLiteral("Đồng chí Nguyễn Văn An"))); // introduced, does not present
    for (const QString &name : standardOrder())
        CHECK(text.contains(name));
    // The honorees in the list's order in the document too.
    qsizetype at = 0;
    for (const QString &name : standardOrder()) {
        const qsizetype found = text.indexOf(name, at);
        CHECK(found > at);
        at = found;
    }
}

TEST_CASE("script: nothing approved is refused", "[cli][script]")
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("x.sqlite"));
    openDatabase(db);
    auto r = runCli({ QStringLiteral("--db"), db, QStringLiteral("script") });
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("Chưa có người nào được duyệt")));
}

TEST_CASE("slides: a 16:9 PDF in the running order, Vietnamese text intact", "[cli][script][slides]")
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("x.sqlite"));
    {
        auto opened = openDatabase(db);
        addStandardHonorees(*opened); // 6 approved: 5 MN, 1 DN; batch size 10
    }
    const QString deck = dir.file(QStringLiteral("deck.pdf"));
    auto r = runCli({ QStringLiteral("--db"), db, QStringLiteral("slides"), QStringLiteral("-o"), deck });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    // Title, MN batch + 5, DN batch + 1.
    CHECK(pdfPageCount(deck) == 1 + 1 + 5 + 1 + 1);
    const QString info = runTool(QStringLiteral("pdfinfo"), { deck });
    CHECK(info.contains(QStringLiteral("960 x 540 pts"))); // 13.333 × 7.5 in: 16:9
    CHECK(flat(pdfText(deck, 1, 1)).contains(QStringLiteral("LIÊN ĐOÀN LAO ĐỘNG HUYỆN AN DƯƠNG")));
    const QString batch = flat(pdfText(deck, 2, 2));
    CHECK(batch.contains(QStringLiteral("Lượt 1/2 · Khối Mầm non")));
    CHECK(batch.contains(QStringLiteral("1. Lê Thị Anh")));
    // The honoree slides follow the list's order.
    for (int i = 0; i < 5; ++i)
        CHECK(flat(pdfText(deck, 3 + i, 3 + i)).contains(standardOrder().at(i)));
    CHECK(flat(pdfText(deck, 9, 9)).contains(QStringLiteral("Bùi Thị Yến")));
    CHECK(runCli({ QStringLiteral("--db"), db, QStringLiteral("slides"), QStringLiteral("-o"),
                   dir.file(QStringLiteral("deck.docx")) })
              .exitCode
          == 2);
}

TEST_CASE("stats: the movement figures as JSON and text", "[cli][stats]")
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("x.sqlite"));
    {
        auto opened = openDatabase(db);
        addStandardHonorees(*opened); // 6 approved (5 MN, 1 DN), 1 not approved (TH)
    }
    auto r = runCli({ QStringLiteral("--db"), db, QStringLiteral("stats"), QStringLiteral("--json") });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(json.value(QStringLiteral("nominees")).toInt() == 7);
    CHECK(json.value(QStringLiteral("honorees")).toInt() == 6);
    const QJsonArray blocs = json.value(QStringLiteral("by_bloc")).toArray();
    REQUIRE(blocs.size() == 6);
    CHECK(blocs.at(0).toObject().value(QStringLiteral("key")).toString() == QStringLiteral("MN"));
    CHECK(blocs.at(0).toObject().value(QStringLiteral("honorees")).toInt() == 5);
    CHECK(blocs.at(1).toObject().value(QStringLiteral("nominees")).toInt() == 1);
    CHECK(blocs.at(1).toObject().value(QStringLiteral("honorees")).toInt() == 0);
    for (const char *key : { "by_unit", "by_gender", "by_worker", "by_category" })
        CHECK_FALSE(json.value(QLatin1String(key)).toArray().isEmpty());
    int total = 0;
    for (const QJsonValue &v : json.value(QStringLiteral("by_worker")).toArray())
        total += v.toObject().value(QStringLiteral("nominees")).toInt();
    CHECK(total == 7);

    r = runCli({ QStringLiteral("--db"), db, QStringLiteral("stats") });
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("Hồ sơ đề nghị: 7; được biểu dương: 6")));
    CHECK(r.out.contains(QStringLiteral("Mầm non\t5\t5")));

    // The annex of tables as a document.
    const QString annex = dir.file(QStringLiteral("phu-luc.pdf"));
    r = runCli({ QStringLiteral("--db"), db, QStringLiteral("stats"), QStringLiteral("-o"), annex,
                 QStringLiteral("--date"), QStringLiteral("2024-07-20") });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QString text = flat(pdfText(annex));
    CHECK(text.contains(QStringLiteral("PHỤ LỤC SỐ LIỆU")));
    CHECK(text.contains(QStringLiteral("Theo khối")));
    CHECK(text.contains(QStringLiteral("Công nhân lao động")));
    CHECK(text.contains(QStringLiteral("Trường Mầm non Hoa Sen")));
    CHECK(runCli({ QStringLiteral("--db"), db, QStringLiteral("stats"), QStringLiteral("--json"), QStringLiteral("-o"),
                   annex })
              .exitCode
          == 2);
}
