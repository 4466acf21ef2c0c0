// Personal data and identity (docs/data-safety.md, 6): CCCD masked in list
// --json and check --json unless --show-personal, every file written
// owner-only, CSV cells that a spreadsheet would run as formulas neutralised,
// and the audit log's user taken from the OS account, not from $USER.
#include "testsupport.h"

#include "approvalservice.h"
#include "platform.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace vd;
using namespace vd::test;

namespace {

const QString kCccd = QStringLiteral("031185001234");

// One approved nominee with a CCCD and formula-looking texts.
QString makeDatabase(const TempDir &dir)
{
    const QString path = dir.file(QStringLiteral("x.sqlite"));
    auto db = openDatabase(path);
    Nominee n = eligibleNominee(*db, QStringLiteral("MN"), QStringLiteral("Nguyễn Thị Ánh"),
                                QStringLiteral("+cmd|' /C calc'!A0"));
    n.citizenId = kCccd;
    n.achievements = QStringLiteral("=HYPERLINK(\"http://example.invalid\",\"xem\")");
    n = insertNominee(*db, n);
    REQUIRE(ApprovalService(*db).approve({ n.id }, QDate(2024, 7, 10)).ok());
    return path;
}

QJsonObject firstNominee(const QString &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    REQUIRE(doc.isObject());
    const QJsonArray nominees = doc.object().value(QStringLiteral("nominees")).toArray();
    REQUIRE(nominees.size() == 1);
    return nominees.first().toObject();
}

bool ownerOnly(const QString &path)
{
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                                            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    return QFileInfo::exists(path) && (QFileInfo(path).permissions() & others) == 0;
}

} // namespace

TEST_CASE("list --json and check --json show the CCCD's last 4 digits unless --show-personal", "[cli][privacy]")
{
    TempDir dir;
    const QString db = makeDatabase(dir);
    for (const QString &command : { QStringLiteral("list"), QStringLiteral("check") }) {
        CAPTURE(command.toStdString());
        auto masked = runCli({ QStringLiteral("--db"), db, command, QStringLiteral("--json") });
        REQUIRE(masked.exitCode == 0);
        CHECK(firstNominee(masked.out).value(QStringLiteral("citizen_id")).toString()
              == QStringLiteral("********1234"));
        CHECK_FALSE(masked.out.contains(kCccd));

        auto full = runCli(
            { QStringLiteral("--db"), db, command, QStringLiteral("--json"), QStringLiteral("--show-personal") });
        REQUIRE(full.exitCode == 0);
        CHECK(firstNominee(full.out).value(QStringLiteral("citizen_id")).toString() == kCccd);
    }
}

TEST_CASE("exports and backups are written owner-only (0600)", "[cli][privacy]")
{
    TempDir dir;
    const QString db = makeDatabase(dir);
    const QStringList outputs = {
        dir.file(QStringLiteral("ds.csv")),      dir.file(QStringLiteral("ds.xlsx")),
        dir.file(QStringLiteral("ds.pdf")),      dir.file(QStringLiteral("mau.xlsx")),
        dir.file(QStringLiteral("copy.sqlite")),
    };
    REQUIRE(runCli({ QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("--approved"),
                     QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"), outputs.at(0) })
                .exitCode
            == 0);
    REQUIRE(runCli({ QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("--approved"),
                     QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("-o"), outputs.at(1) })
                .exitCode
            == 0);
    REQUIRE(runCli({ QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("--approved"),
                     QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), outputs.at(2) })
                .exitCode
            == 0);
    REQUIRE(
        runCli({ QStringLiteral("--db"), db, QStringLiteral("template"), QStringLiteral("-o"), outputs.at(3) }).exitCode
        == 0);
    REQUIRE(
        runCli({ QStringLiteral("--db"), db, QStringLiteral("backup"), QStringLiteral("-o"), outputs.at(4) }).exitCode
        == 0);
    for (const QString &path : outputs) {
        CAPTURE(path.toStdString());
        CHECK(ownerOnly(path));
    }
}

TEST_CASE("CSV cells that a spreadsheet would run as formulas start with an apostrophe", "[cli][privacy][csv]")
{
    TempDir dir;
    const QString db = makeDatabase(dir);
    const QString out = dir.file(QStringLiteral("ds.csv"));
    REQUIRE(runCli({ QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("--approved"),
                     QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"), out })
                .exitCode
            == 0);
    QFile f(out);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(f.readAll());
    INFO(csv.toStdString());
    CHECK(csv.contains(QStringLiteral("\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"xem\"\")\"")));
    CHECK(csv.contains(QStringLiteral(",'+cmd|' /C calc'!A0,")));
    CHECK_FALSE(csv.contains(QStringLiteral(",=HYPERLINK")));
    CHECK_FALSE(csv.contains(QStringLiteral(",\"=HYPERLINK")));
    CHECK_FALSE(csv.contains(QStringLiteral(",+cmd")));
}

TEST_CASE("the audit log's user is the OS account, not $USER", "[cli][privacy][audit]")
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("x.sqlite"));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("USER"), QStringLiteral("ke-gia-mao"));
    env.insert(QStringLiteral("LOGNAME"), QStringLiteral("ke-gia-mao"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(VINHDANH_CLI_PATH),
            { QStringLiteral("--db"), db, QStringLiteral("import"), dataFile(QStringLiteral("import-excel-vi.csv")) });
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);

    auto audit = runCli({ QStringLiteral("--db"), db, QStringLiteral("audit"), QStringLiteral("--json") });
    REQUIRE(audit.exitCode == 0);
    const QJsonArray entries
        = QJsonDocument::fromJson(audit.out.toUtf8()).object().value(QStringLiteral("audit")).toArray();
    REQUIRE_FALSE(entries.isEmpty());
    for (const QJsonValue &e : entries)
        CHECK(e.toObject().value(QStringLiteral("user")).toString() == platform::osUserName());
    CHECK_FALSE(audit.out.contains(QStringLiteral("ke-gia-mao")));
}
