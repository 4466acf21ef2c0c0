#include "testsupport.h"

#include "approvalservice.h"
#include "campaignstore.h"
#include "nomineestore.h"
#include "rules.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

using namespace vd;
using namespace vd::test;

namespace {

std::unique_ptr<QProcess> startCli(const QStringList &arguments, const QString &today)
{
    auto p = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    if (!today.isEmpty())
        env.insert(QStringLiteral("VINHDANH_TODAY"), today);
    p->setProcessEnvironment(env);
    p->start(QStringLiteral(VINHDANH_CLI_PATH), arguments);
    return p;
}

CliResult finish(QProcess &p)
{
    REQUIRE(p.waitForStarted(10000));
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(120000));
    CliResult r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

CliResult cli(const QStringList &arguments, const QString &today = QStringLiteral("2024-07-10"))
{
    auto p = startCli(arguments, today);
    return finish(*p);
}

struct Sample
{
    qint64 eligible = 0, review = 0, ineligible = 0, duplicateA = 0, duplicateB = 0;
};

Sample insertSamples(Database &db)
{
    Sample s;
    Nominee a = eligibleNominee(db, QStringLiteral("MN"), QStringLiteral("Nguyễn Thị Ánh"),
                                QStringLiteral("Trường Mầm non Hoa Sen"));
    s.eligible = insertNominee(db, a).id;
    Nominee b = eligibleNominee(db, QStringLiteral("DN"), QStringLiteral("Phạm Văn Nam"),
                                QStringLiteral("Công ty CP May An Dương"));
    b.birthDate = QDate(1979, 9, 2);
    b.gender = Gender::Male;
    b.position = QStringLiteral("Trưởng ca");
    b.copies = 1;
    s.review = insertNominee(db, b).id;
    Nominee c = eligibleNominee(db, QStringLiteral("TH"), QStringLiteral("Trần Thị Bích"),
                                QStringLiteral("Trường Tiểu học An Hồng"));
    c.birthDate = QDate(1975, 12, 1);
    c.position = QStringLiteral("Phó hiệu trưởng");
    c.emulationTitle = QStringLiteral("Lao động tiên tiến");
    c.receivedDate = QDate(2024, 7, 8);
    s.ineligible = insertNominee(db, c).id;
    Nominee d
        = eligibleNominee(db, QStringLiteral("XA"), QStringLiteral("Vũ Văn Hải"), QStringLiteral("UBND xã An Đồng"));
    d.citizenId = QStringLiteral("031080001234");
    d.birthDate = QDate(1980, 4, 4);
    d.gender = Gender::Male;
    s.duplicateA = insertNominee(db, d).id;
    Nominee e
        = eligibleNominee(db, QStringLiteral("HCSN"), QStringLiteral("Vũ Văn Hải"), QStringLiteral("Phòng Nội vụ"));
    e.citizenId = QStringLiteral("031080001234");
    e.birthDate = QDate(1980, 4, 4);
    e.gender = Gender::Male;
    s.duplicateB = insertNominee(db, e).id;
    return s;
}

} // namespace

TEST_CASE("check --json has the shape docs/cli.md gives", "[cli][check]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("c.sqlite"));
    Sample s;
    {
        auto db = openDatabase(path);
        s = insertSamples(*db);
    }
    auto r = cli({ QStringLiteral("--db"), path, QStringLiteral("check"), QStringLiteral("--json") });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    INFO(error.errorString().toStdString());
    REQUIRE(doc.isObject());
    const QJsonObject root = doc.object();

    const QJsonObject campaign = root.value(QStringLiteral("campaign")).toObject();
    CHECK(campaign.value(QStringLiteral("name")).toString().contains(QStringLiteral("Lao động giỏi")));
    CHECK(campaign.value(QStringLiteral("deadline")).toString() == QStringLiteral("2024-07-08"));
    CHECK(campaign.value(QStringLiteral("total_quota")).isDouble());
    CHECK(campaign.value(QStringLiteral("total_quota")).toInt() == 95);

    const QJsonArray blocs = root.value(QStringLiteral("blocs")).toArray();
    const QStringList order = { QStringLiteral("MN"), QStringLiteral("TH"),   QStringLiteral("THCS"),
                                QStringLiteral("XA"), QStringLiteral("HCSN"), QStringLiteral("DN") };
    const QList<int> quotas = { 18, 17, 16, 16, 13, 15 };
    REQUIRE(blocs.size() == 6);
    for (int i = 0; i < 6; ++i) {
        const QJsonObject b = blocs.at(i).toObject();
        CHECK(b.value(QStringLiteral("code")).toString() == order.at(i));
        CHECK(b.value(QStringLiteral("quota")).toInt() == quotas.at(i));
        for (const char *key : { "nominated", "eligible", "approved" })
            CHECK(b.value(QLatin1String(key)).isDouble());
        CHECK(b.value(QStringLiteral("name")).isString());
    }
    CHECK(blocs.at(0).toObject().value(QStringLiteral("name")).toString() == QStringLiteral("Mầm non"));
    CHECK(blocs.at(0).toObject().value(QStringLiteral("nominated")).toInt() == 1);
    CHECK(blocs.at(0).toObject().value(QStringLiteral("eligible")).toInt() == 1);
    CHECK(blocs.at(1).toObject().value(QStringLiteral("eligible")).toInt() == 0);
    CHECK(blocs.at(5).toObject().value(QStringLiteral("nominated")).toInt() == 1);

    const QJsonArray nominees = root.value(QStringLiteral("nominees")).toArray();
    REQUIRE(nominees.size() == 5);
    QHash<qint64, QJsonObject> byId;
    for (const QJsonValue &v : nominees) {
        const QJsonObject o = v.toObject();
        for (const char *key : { "full_name", "bloc", "unit", "category", "verdict" })
            CHECK(o.value(QLatin1String(key)).isString());
        CHECK(o.value(QStringLiteral("id")).isDouble());
        CHECK(o.value(QStringLiteral("approved")).isBool());
        CHECK(o.value(QStringLiteral("findings")).isArray());
        for (const QJsonValue &f : o.value(QStringLiteral("findings")).toArray()) {
            CHECK(f.toObject().value(QStringLiteral("code")).isString());
            const QString sev = f.toObject().value(QStringLiteral("severity")).toString();
            CHECK((sev == QLatin1String("error") || sev == QLatin1String("warning")));
            CHECK_FALSE(f.toObject().value(QStringLiteral("message")).toString().isEmpty());
        }
        byId.insert(o.value(QStringLiteral("id")).toInteger(), o);
    }
    auto codes = [&](qint64 id) {
        QStringList out;
        for (const QJsonValue &f : byId.value(id).value(QStringLiteral("findings")).toArray())
            out.append(f.toObject().value(QStringLiteral("code")).toString());
        out.sort();
        return out.join(QLatin1Char(',')).toStdString();
    };
    const QJsonObject eligible = byId.value(s.eligible);
    CHECK(eligible.value(QStringLiteral("full_name")).toString() == QStringLiteral("Nguyễn Thị Ánh"));
    CHECK(eligible.value(QStringLiteral("bloc")).toString() == QStringLiteral("MN"));
    CHECK(eligible.value(QStringLiteral("unit")).toString() == QStringLiteral("Trường Mầm non Hoa Sen"));
    CHECK(eligible.value(QStringLiteral("category")).toString() == QStringLiteral("LDG"));
    CHECK(eligible.value(QStringLiteral("verdict")).toString() == QStringLiteral("eligible"));
    CHECK(eligible.value(QStringLiteral("approved")).toBool() == false);
    CHECK(codes(s.eligible).empty());
    CHECK(byId.value(s.review).value(QStringLiteral("verdict")).toString() == QStringLiteral("review"));
    CHECK(codes(s.review) == "FEWER_COPIES,POSITION_UNCLEAR");
    CHECK(byId.value(s.ineligible).value(QStringLiteral("verdict")).toString() == QStringLiteral("ineligible"));
    CHECK(codes(s.ineligible) == "LATE_SUBMISSION,LEADERSHIP_POSITION,NO_EMULATION_TITLE");
    CHECK(codes(s.duplicateA) == "DUPLICATE_NOMINEE");
    CHECK(codes(s.duplicateB) == "DUPLICATE_NOMINEE");
    const QString dupMessage = byId.value(s.duplicateA)
                                   .value(QStringLiteral("findings"))
                                   .toArray()
                                   .first()
                                   .toObject()
                                   .value(QStringLiteral("message"))
                                   .toString();
    CHECK(dupMessage.contains(QStringLiteral("Phòng Nội vụ")));

    // The text form: a table per bloc, then the findings per nominee.
    auto text = cli({ QStringLiteral("--db"), path, QStringLiteral("check") });
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("Mầm non")));
    CHECK(text.out.contains(QStringLiteral("Chỉ tiêu")));
    CHECK(text.out.contains(QStringLiteral("Trần Thị Bích")));
    CHECK(text.out.contains(QStringLiteral("LEADERSHIP_POSITION")));
    CHECK(text.out.contains(QStringLiteral("Ngày kiểm tra: 10/07/2024")));

    CHECK(cli({ QStringLiteral("--db"), path, QStringLiteral("check"), QStringLiteral("--xml") }).exitCode == 2);
    CHECK(cli({ QStringLiteral("--db"), path, QStringLiteral("check") }, QStringLiteral("10/07/2024")).exitCode == 2);
}

TEST_CASE("approve and unapprove exit codes and messages", "[cli][approve]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("c.sqlite"));
    Sample s;
    {
        auto db = openDatabase(path);
        s = insertSamples(*db);
    }
    const QStringList base = { QStringLiteral("--db"), path };
    auto r = cli(base + QStringList { QStringLiteral("approve"), QStringLiteral("abc") });
    CHECK(r.exitCode == 2);
    r = cli(base + QStringList { QStringLiteral("approve") });
    CHECK(r.exitCode == 2);
    r = cli(base + QStringList { QStringLiteral("unapprove"), QStringLiteral("-3") });
    CHECK(r.exitCode == 2);

    const QByteArray before = fileHash(path);
    r = cli(base
            + QStringList { QStringLiteral("approve"), QString::number(s.eligible), QString::number(s.ineligible),
                            QString::number(s.review), QStringLiteral("777") });
    CHECK(r.exitCode == 1);
    const QStringList lines = r.err.trimmed().split(QLatin1Char('\n'));
    CHECK(lines.size() == 3);
    CHECK(r.err.contains(QStringLiteral("Trần Thị Bích")));
    CHECK(r.err.contains(QStringLiteral("Phạm Văn Nam")));
    CHECK(r.err.contains(QStringLiteral("777")));
    CHECK(fileHash(path) == before);

    r = cli(base + QStringList { QStringLiteral("approve"), QString::number(s.eligible) });
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("Nguyễn Thị Ánh")));
    CHECK(r.out.contains(QStringLiteral("Khối Mầm non: chỉ tiêu 18, đã duyệt 1, còn 17")));
    r = cli(base + QStringList { QStringLiteral("approve"), QString::number(s.eligible) });
    CHECK(r.exitCode == 0);

    auto json = cli(base + QStringList { QStringLiteral("check"), QStringLiteral("--json") });
    const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(root.value(QStringLiteral("blocs")).toArray().at(0).toObject().value(QStringLiteral("approved")).toInt()
          == 1);

    r = cli(base + QStringList { QStringLiteral("unapprove"), QString::number(s.eligible), QStringLiteral("888") });
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("888")));
    r = cli(base + QStringList { QStringLiteral("unapprove"), QString::number(s.eligible) });
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("đã duyệt 0, còn 18")));
}

TEST_CASE("two processes approving the last place at once: exactly one succeeds", "[cli][approve][concurrency]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("c.sqlite"));
    qint64 first = 0, second = 0;
    {
        auto db = openDatabase(path);
        QList<qint64> ids;
        for (int i = 1; i <= 19; ++i) {
            Nominee n = eligibleNominee(*db, QStringLiteral("MN"), QStringLiteral("Đặng Thị Hoa %1").arg(i),
                                        QStringLiteral("Trường Mầm non số %1").arg(i));
            n.birthDate = QDate(1982, 2, 1).addDays(i);
            ids.append(insertNominee(*db, n).id);
        }
        REQUIRE(ApprovalService(*db).approve(ids.mid(0, 17), QDate(2024, 7, 10)).ok());
        first = ids.at(17);
        second = ids.at(18);
    }
    for (int round = 0; round < 2; ++round) {
        auto a = startCli({ QStringLiteral("--db"), path, QStringLiteral("approve"), QString::number(first) },
                          QStringLiteral("2024-07-10"));
        auto b = startCli({ QStringLiteral("--db"), path, QStringLiteral("approve"), QString::number(second) },
                          QStringLiteral("2024-07-10"));
        const CliResult ra = finish(*a);
        const CliResult rb = finish(*b);
        INFO(ra.err.toStdString() << rb.err.toStdString());
        QList<int> codes = { ra.exitCode, rb.exitCode };
        std::sort(codes.begin(), codes.end());
        CHECK(codes == QList<int> { 0, 1 });
        const QString refusal = ra.exitCode == 1 ? ra.err : rb.err;
        CHECK(refusal.contains(QStringLiteral("Khối Mầm non: chỉ tiêu 18, đã duyệt 18, đề nghị thêm 1")));

        auto db = openDatabase(path);
        auto campaign = CampaignStore(*db).loadActive();
        REQUIRE(campaign.ok());
        auto all = NomineeStore(*db).loadAll(campaign->id);
        REQUIRE(all.ok());
        int approved = 0;
        for (const Nominee &n : *all)
            approved += n.approved ? 1 : 0;
        CHECK(approved == 18);
        // Free the place again for the second round (the other one may win).
        const qint64 winner = ra.exitCode == 0 ? first : second;
        REQUIRE(ApprovalService(*db).unapprove({ winner }).ok());
    }
}

TEST_CASE("check --json lists the rules it checks, from the rule table", "[cli][check]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("r.sqlite"));
    openDatabase(path);
    auto r = cli({ QStringLiteral("--db"), path, QStringLiteral("check"), QStringLiteral("--json") });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonArray rules = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("rules")).toArray();
    REQUIRE(rules.size() == 17);
    QStringList codes;
    QHash<QString, QJsonObject> byCode;
    for (const QJsonValue &v : rules) {
        const QJsonObject o = v.toObject();
        codes.append(o.value(QStringLiteral("code")).toString());
        byCode.insert(codes.constLast(), o);
    }
    CHECK(codes == RulesEngine::ruleCodes());
    const QJsonObject leadership = byCode.value(QStringLiteral("LEADERSHIP_POSITION"));
    CHECK(leadership.value(QStringLiteral("severity")).toString() == QStringLiteral("error"));
    CHECK(leadership.value(QStringLiteral("categories")).toArray() == QJsonArray { QStringLiteral("LDG") });
    CHECK(leadership.value(QStringLiteral("sectors")).toArray() == QJsonArray { QStringLiteral("HCSN") });
    CHECK(leadership.value(QStringLiteral("citation")).toObject().value(QStringLiteral("HCSN")).toString()
          == QStringLiteral("Đối tượng 1.1"));
    CHECK(leadership.value(QStringLiteral("field")).toString() == QStringLiteral("Chức vụ"));
    const QJsonObject copies = byCode.value(QStringLiteral("FEWER_COPIES"));
    CHECK(copies.value(QStringLiteral("severity")).toString() == QStringLiteral("warning"));
    CHECK(copies.value(QStringLiteral("categories")).toArray()
          == QJsonArray { QStringLiteral("LDG"), QStringLiteral("LDST") });
    CHECK(copies.value(QStringLiteral("sectors")).toArray().isEmpty());
    const QJsonObject initiative = byCode.value(QStringLiteral("NO_APPLIED_INITIATIVE"));
    CHECK(initiative.value(QStringLiteral("citation")).toObject().value(QStringLiteral("SXKD")).toString()
          == QStringLiteral("Tiêu chuẩn 2.2"));
}
