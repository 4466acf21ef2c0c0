// Two campaigns in one database (the seed and one made with `campaign new`),
// the same people and a namesake: history, the history rules in check --json,
// closing a campaign, stats --years (docs/history.md, docs/cli.md).
#include "testsupport.h"

#include "campaignstore.h"
#include "nomineestore.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace vd;
using namespace vd::test;

namespace {

const QString kCccdHoa = QStringLiteral("031185001234");
const QString kCccdNamesake = QStringLiteral("031185009876");
const QString kDecision = QStringLiteral("Quyết định số 12/QĐ-PGD ngày 15/5/2023");

QJsonObject json(const CliResult &r)
{
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8());
    REQUIRE(doc.isObject());
    return doc.object();
}

QStringList codesOf(const QJsonObject &nominee)
{
    QStringList out;
    for (const QJsonValue &f : nominee.value(QStringLiteral("findings")).toArray())
        out.append(f.toObject().value(QStringLiteral("code")).toString());
    return out;
}

} // namespace

TEST_CASE("two campaigns: campaign new, history of a namesake pair, rules, close, stats", "[cli][history]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("h.sqlite"));
    auto cli = [&path](QStringList args) {
        args.prepend(path);
        args.prepend(QStringLiteral("--db"));
        return runCli(args);
    };
    qint64 first = 0;
    {
        auto db = openDatabase(path);
        Nominee hoa = eligibleNominee(*db, QStringLiteral("MN"), QStringLiteral("Nguyễn Thị Hoa"));
        hoa.citizenId = kCccdHoa;
        hoa.initiativeDecision = kDecision;
        hoa = insertNominee(*db, hoa);
        REQUIRE(NomineeStore(*db).setApproved({ hoa.id }, true).ok());
        first = hoa.campaignId;
    }

    // Next year's campaign from the seed, made active.
    CliResult r
        = cli({ QStringLiteral("campaign"), QStringLiteral("new"), QStringLiteral("--from"), QString::number(first),
                QStringLiteral("--name"), QStringLiteral("Hội nghị biểu dương năm 2024"),
                QStringLiteral("--plan-number"), QStringLiteral("45/KH-LĐLĐ"), QStringLiteral("--deadline"),
                QStringLiteral("2025-07-08"), QStringLiteral("--conference-date"), QStringLiteral("2025-07-25") });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QJsonArray campaigns = json(cli({ QStringLiteral("campaign"), QStringLiteral("list"), QStringLiteral("--json") }))
                               .value(QStringLiteral("campaigns"))
                               .toArray();
    REQUIRE(campaigns.size() == 2);
    const QJsonObject second = campaigns.at(0).toObject();
    CHECK(second.value(QStringLiteral("year")).toInt() == 2024);
    CHECK(second.value(QStringLiteral("active")).toBool());
    CHECK(second.value(QStringLiteral("plan_number")).toString() == QStringLiteral("45/KH-LĐLĐ"));
    CHECK_FALSE(campaigns.at(1).toObject().value(QStringLiteral("active")).toBool());

    {
        auto db = openDatabase(path);
        auto active = CampaignStore(*db).loadActive();
        REQUIRE(active.ok());
        CHECK(active->blocs.size() == 6);
        CHECK(active->totalQuota() == 95);
        Nominee again = eligibleNominee(*db, QStringLiteral("MN"), QStringLiteral("Nguyễn Thị Hoa"));
        again.citizenId = kCccdHoa;
        again.initiativeDecision = kDecision;
        again.receivedDate = QDate(2025, 7, 1);
        insertNominee(*db, again);
        Nominee namesake = eligibleNominee(*db, QStringLiteral("TH"), QStringLiteral("Nguyễn Thị Hoa"),
                                           QStringLiteral("Trường Tiểu học An Hòa"));
        namesake.citizenId = kCccdNamesake;
        namesake.initiativeDecision = kDecision;
        namesake.receivedDate = QDate(2025, 7, 1);
        insertNominee(*db, namesake);
    }

    // check: the same person's used initiative is refused, the namesake's is not.
    qputenv("VINHDANH_TODAY", "2025-07-10");
    const QJsonArray checked
        = json(cli({ QStringLiteral("check"), QStringLiteral("--json") })).value(QStringLiteral("nominees")).toArray();
    REQUIRE(checked.size() == 2);
    CHECK(codesOf(checked.at(0).toObject()).contains(QStringLiteral("INITIATIVE_ALREADY_USED")));
    CHECK_FALSE(codesOf(checked.at(1).toObject()).contains(QStringLiteral("INITIATIVE_ALREADY_USED")));

    // history by name and birth date: two people, each pointing at the other.
    const QJsonObject byName
        = json(cli({ QStringLiteral("history"), QStringLiteral("--name"), QStringLiteral("nguyen thi hoa"),
                     QStringLiteral("--birth-date"), QStringLiteral("1985-03-12"), QStringLiteral("--json") }));
    const QJsonArray people = byName.value(QStringLiteral("people")).toArray();
    REQUIRE(people.size() == 2);
    const QJsonObject hoa = people.at(0).toObject();
    CHECK(hoa.value(QStringLiteral("citizen_id")).toString() == QStringLiteral("********1234"));
    const QJsonArray nominations = hoa.value(QStringLiteral("nominations")).toArray();
    REQUIRE(nominations.size() == 2);
    CHECK(nominations.at(0).toObject().value(QStringLiteral("year")).toInt() == 2023);
    CHECK(nominations.at(0).toObject().value(QStringLiteral("approved")).toBool());
    CHECK(nominations.at(1).toObject().value(QStringLiteral("year")).toInt() == 2024);
    CHECK(nominations.at(1).toObject().value(QStringLiteral("verdict")).toString() == QStringLiteral("ineligible"));
    CHECK(people.at(1).toObject().value(QStringLiteral("nominations")).toArray().size() == 1);
    const QJsonArray possible = hoa.value(QStringLiteral("possible_duplicates")).toArray();
    REQUIRE(possible.size() == 1);
    CHECK(possible.at(0).toObject().value(QStringLiteral("kind")).toString()
          == QStringLiteral("same_name_birth_other_cccd"));

    // by CCCD: one person; --show-personal shows the number.
    const QJsonArray byCccd = json(cli({ QStringLiteral("history"), QStringLiteral("--cccd"), kCccdHoa,
                                         QStringLiteral("--json"), QStringLiteral("--show-personal") }))
                                  .value(QStringLiteral("people"))
                                  .toArray();
    REQUIRE(byCccd.size() == 1);
    CHECK(byCccd.at(0).toObject().value(QStringLiteral("citizen_id")).toString() == kCccdHoa);
    // Never by the name alone.
    CHECK(cli({ QStringLiteral("history"), QStringLiteral("--name"), QStringLiteral("Nguyễn Thị Hoa") }).exitCode == 2);
    CHECK(cli({ QStringLiteral("history") }).exitCode == 2);

    // A closed campaign is read-only; reopening is allowed and logged.
    r = cli({ QStringLiteral("campaign"), QStringLiteral("close"), QString::number(first) });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    {
        auto db = openDatabase(path);
        auto old = NomineeStore(*db).loadAll(first);
        REQUIRE(old.ok());
        REQUIRE(old->size() == 1);
        Nominee n = old->at(0);
        n.notes = QStringLiteral("sửa sau khi khóa");
        const Status st = NomineeStore(*db).update(n);
        REQUIRE_FALSE(st.ok());
        CHECK(st.error().message.contains(QStringLiteral("đã khóa")));
        CHECK_FALSE(NomineeStore(*db).setApproved({ n.id }, false).ok());
    }
    CHECK(cli({ QStringLiteral("campaign"), QStringLiteral("reopen"), QString::number(first) }).exitCode == 0);
    r = cli({ QStringLiteral("audit") });
    CHECK(r.out.contains(QStringLiteral("campaign.close")));
    CHECK(r.out.contains(QStringLiteral("campaign.reopen")));

    // Figures over the years.
    const QJsonArray years = json(cli({ QStringLiteral("stats"), QStringLiteral("--years"), QStringLiteral("--json") }))
                                 .value(QStringLiteral("years"))
                                 .toArray();
    REQUIRE(years.size() == 2);
    CHECK(years.at(0).toObject().value(QStringLiteral("honorees")).toInt() == 1);
    CHECK(years.at(1).toObject().value(QStringLiteral("nominees")).toInt() == 2);
    CHECK(years.at(1).toObject().value(QStringLiteral("repeat_nominees")).toInt() == 1);
    CHECK(years.at(1).toObject().value(QStringLiteral("units_participating")).toInt() == 2);

    // campaign use switches back.
    CHECK(cli({ QStringLiteral("campaign"), QStringLiteral("use"), QString::number(first) }).exitCode == 0);
    campaigns = json(cli({ QStringLiteral("campaign"), QStringLiteral("list"), QStringLiteral("--json") }))
                    .value(QStringLiteral("campaigns"))
                    .toArray();
    CHECK(campaigns.at(1).toObject().value(QStringLiteral("active")).toBool());
    qunsetenv("VINHDANH_TODAY");
}
