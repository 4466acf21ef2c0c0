#include "../docs/doctesttools.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace vd;
using namespace vd::test;

namespace {

QString withHonorees(const TempDir &dir)
{
    const QString path = dir.file(QStringLiteral("x.sqlite"));
    auto db = openDatabase(path);
    addStandardHonorees(*db);
    return path;
}

QStringList cli(const QString &db, const QStringList &args)
{
    return QStringList { QStringLiteral("--db"), db } + args;
}

} // namespace

TEST_CASE("export --approved writes every format", "[cli][export]")
{
    TempDir dir;
    const QString db = withHonorees(dir);
    for (const QString &format : { QStringLiteral("xlsx"), QStringLiteral("csv"), QStringLiteral("pdf"),
                                   QStringLiteral("odt"), QStringLiteral("docx") }) {
        CAPTURE(format.toStdString());
        const QString out = dir.file(QStringLiteral("ds.") + format);
        auto r = runCli(cli(db, { QStringLiteral("export"), QStringLiteral("--approved"), QStringLiteral("--format"),
                                  format, QStringLiteral("-o"), out }));
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        CHECK(r.out.contains(QStringLiteral("6 người")));
        REQUIRE(QFile::exists(out));
    }
    QFile csv(dir.file(QStringLiteral("ds.csv")));
    REQUIRE(csv.open(QIODevice::ReadOnly));
    CHECK(csv.readAll().startsWith("\xEF\xBB\xBFSTT,Họ và tên,"));

    const QJsonArray rows = xlsxInfo(dir.file(QStringLiteral("ds.xlsx"))).value(QStringLiteral("rows")).toArray();
    REQUIRE(rows.size() == 7);
    const QStringList order = standardOrder();
    for (int r = 1; r < rows.size(); ++r)
        CHECK(rows.at(r).toArray().at(1).toArray().at(0).toString() == order.at(r - 1));

    const QString text = flat(pdfText(dir.file(QStringLiteral("ds.pdf"))));
    CHECK(text.contains(QStringLiteral("LAO ĐỘNG GIỎI TIÊU BIỂU ĐƯỢC BIỂU DƯƠNG")));
    for (const QString &name : order)
        CHECK(text.contains(name));
    CHECK(zipEntry(dir.file(QStringLiteral("ds.odt")), QStringLiteral("content.xml")).contains(order.first()));
    CHECK(zipEntry(dir.file(QStringLiteral("ds.docx")), QStringLiteral("word/document.xml")).contains(order.first()));
}

TEST_CASE("programme, decision, invitations and report accept --format docx", "[cli][export]")
{
    TempDir dir;
    const QString db = withHonorees(dir);
    const QList<QStringList> commands = {
        { QStringLiteral("programme") },
        { QStringLiteral("decision"), QStringLiteral("--amount"), QStringLiteral("1500000") },
        { QStringLiteral("invitations") },
        { QStringLiteral("report") },
    };
    for (const QStringList &command : commands) {
        CAPTURE(command.first().toStdString());
        const QString out = dir.file(command.first() + QStringLiteral(".docx"));
        auto r = runCli(cli(
            db,
            command + QStringList { QStringLiteral("--format"), QStringLiteral("docx"), QStringLiteral("-o"), out }));
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        const QString body = zipEntry(out, QStringLiteral("word/document.xml"));
        CHECK(body.contains(QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")));
        CHECK(body.contains(QStringLiteral("Độc lập - Tự do - Hạnh phúc")));
    }
}

TEST_CASE("export with nothing approved exits 1 and writes nothing", "[cli][export]")
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("x.sqlite"));
    {
        auto opened = openDatabase(db);
        addHonoree(*opened, QStringLiteral("MN"), QStringLiteral("Nguyễn Thị Ánh"),
                   QStringLiteral("Trường Mầm non Hoa Sen"), false);
    }
    for (const QString &command : { QStringLiteral("export"), QStringLiteral("decision"), QStringLiteral("invitations"),
                                    QStringLiteral("certificates") }) {
        CAPTURE(command.toStdString());
        const QString out = dir.file(command + QStringLiteral(".pdf"));
        QStringList args = { command };
        if (command == QLatin1String("export"))
            args << QStringLiteral("--approved");
        args << QStringLiteral("--format") << QStringLiteral("pdf") << QStringLiteral("-o") << out;
        auto r = runCli(cli(db, args));
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QStringLiteral("Chưa có người nào được duyệt")));
        CHECK_FALSE(QFile::exists(out));
    }
}

TEST_CASE("document commands reject bad usage with exit 2", "[cli][export]")
{
    TempDir dir;
    const QString db = withHonorees(dir);
    const QString out = dir.file(QStringLiteral("out.pdf"));
    const QList<QStringList> rows = {
        { QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), out },
        { QStringLiteral("export"), QStringLiteral("--approved"), QStringLiteral("--format"), QStringLiteral("rtf"),
          QStringLiteral("-o"), out },
        { QStringLiteral("export"), QStringLiteral("--approved"), QStringLiteral("--format"), QStringLiteral("pdf") },
        { QStringLiteral("export"), QStringLiteral("--approved"), QStringLiteral("-o"),
          dir.file(QStringLiteral("x.txt")) },
        { QStringLiteral("export"), QStringLiteral("--approved"), QStringLiteral("--format") },
        { QStringLiteral("programme"), QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("-o"), out },
        { QStringLiteral("programme"), QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), out,
          QStringLiteral("--approved") },
        { QStringLiteral("decision"), QStringLiteral("-o"), out, QStringLiteral("--amount"), QStringLiteral("nhiều") },
        { QStringLiteral("invitations"), QStringLiteral("-o"), out, QStringLiteral("--date"),
          QStringLiteral("31/02/2024") },
        { QStringLiteral("certificates"), QStringLiteral("-o"), out, QStringLiteral("--ids"), QStringLiteral("a,b") },
    };
    for (const QStringList &args : rows) {
        CAPTURE(args.join(QLatin1Char(' ')).toStdString());
        auto r = runCli(cli(db, args));
        CHECK(r.exitCode == 2);
        CHECK_FALSE(r.err.isEmpty());
        CHECK_FALSE(QFile::exists(out));
    }
}

TEST_CASE("document commands exit 3 when the file cannot be written", "[cli][export]")
{
    TempDir dir;
    const QString db = withHonorees(dir);
    const QList<QStringList> rows = {
        { QStringLiteral("export"), QStringLiteral("--approved"), QStringLiteral("--format"), QStringLiteral("xlsx") },
        { QStringLiteral("export"), QStringLiteral("--approved"), QStringLiteral("--format"), QStringLiteral("csv") },
        { QStringLiteral("export"), QStringLiteral("--approved"), QStringLiteral("--format"), QStringLiteral("pdf") },
        { QStringLiteral("programme"), QStringLiteral("--format"), QStringLiteral("odt") },
    };
    for (QStringList args : rows) {
        const QString out = dir.file(QStringLiteral("khong-co/ds.") + args.last());
        args << QStringLiteral("-o") << out;
        CAPTURE(args.join(QLatin1Char(' ')).toStdString());
        auto r = runCli(cli(db, args));
        CHECK(r.exitCode == 3);
        CHECK(r.err.contains(QStringLiteral("khong-co")));
        CHECK_FALSE(QFile::exists(out));
    }
}

TEST_CASE("programme, decision, invitations and certificates commands write their documents", "[cli][export]")
{
    TempDir dir;
    const QString db = withHonorees(dir);

    const QString programme = dir.file(QStringLiteral("ct.pdf"));
    auto r = runCli(cli(db, { QStringLiteral("programme"), QStringLiteral("--format"), QStringLiteral("pdf"),
                              QStringLiteral("-o"), programme }));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QString text = flat(pdfText(programme));
    CHECK(text.contains(QStringLiteral("An Dương, ngày 04 tháng 7 năm 2024")));
    CHECK(text.contains(QStringLiteral("6. Phát động thi đua và bế mạc hội nghị.")));

    const QString odt = dir.file(QStringLiteral("ct.odt"));
    r = runCli(cli(db, { QStringLiteral("programme"), QStringLiteral("--format"), QStringLiteral("odt"),
                         QStringLiteral("-o"), odt }));
    REQUIRE(r.exitCode == 0);
    CHECK(zipEntry(odt, QStringLiteral("content.xml")).contains(QStringLiteral("CHƯƠNG TRÌNH")));

    // The built-in campaign has no reward amount: the decision needs one.
    const QString decision = dir.file(QStringLiteral("qd.pdf"));
    r = runCli(cli(db, { QStringLiteral("decision"), QStringLiteral("-o"), decision }));
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("tiền thưởng")));
    CHECK_FALSE(QFile::exists(decision));
    r = runCli(cli(db, { QStringLiteral("decision"), QStringLiteral("-o"), decision, QStringLiteral("--amount"),
                         QStringLiteral("1.500.000"), QStringLiteral("--date"), QStringLiteral("2024-07-22") }));
    REQUIRE(r.exitCode == 0);
    const QString decisionText = flat(pdfText(decision));
    CHECK(decisionText.contains(QStringLiteral("An Dương, ngày 22 tháng 7 năm 2024")));
    CHECK(decisionText.contains(QStringLiteral("= 9.000.000 đồng")));

    const QString invitations = dir.file(QStringLiteral("gm.pdf"));
    r = runCli(cli(db, { QStringLiteral("invitations"), QStringLiteral("--format"), QStringLiteral("pdf"),
                         QStringLiteral("-o"), invitations }));
    REQUIRE(r.exitCode == 0);
    CHECK(pdfPageCount(invitations) == 6);

    const QString certificates = dir.file(QStringLiteral("gk.pdf"));
    r = runCli(cli(db, { QStringLiteral("certificates"), QStringLiteral("-o"), certificates }));
    REQUIRE(r.exitCode == 0);
    CHECK(pdfPageCount(certificates) == 6);
    const QString grid = dir.file(QStringLiteral("thu.pdf"));
    r = runCli(cli(db, { QStringLiteral("certificates"), QStringLiteral("--test-page"), QStringLiteral("-o"), grid }));
    REQUIRE(r.exitCode == 0);
    CHECK(pdfPageCount(grid) == 1);
}

TEST_CASE("report writes the council's eligibility report", "[cli][export]")
{
    TempDir dir;
    const QString db = withHonorees(dir);
    const QString out = dir.file(QStringLiteral("bc.pdf"));
    auto r = runCli(cli(db, { QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("pdf"),
                              QStringLiteral("-o"), out, QStringLiteral("--date"), QStringLiteral("2024-07-15") }));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QString text = flat(pdfText(out));
    CHECK(text.contains(QStringLiteral("An Dương, ngày 15 tháng 7 năm 2024")));
    CHECK(text.contains(QStringLiteral("Tổng số hồ sơ: 7;")));

    TempDir empty;
    const QString emptyDb = empty.file(QStringLiteral("x.sqlite"));
    openDatabase(emptyDb);
    r = runCli(cli(emptyDb, { QStringLiteral("report"), QStringLiteral("-o"), empty.file(QStringLiteral("bc.pdf")) }));
    CHECK(r.exitCode == 1);
    CHECK_FALSE(QFile::exists(empty.file(QStringLiteral("bc.pdf"))));
}
