// vinhdanh-cli people conflicts|merge|apart|split: a human decides on the people
// that may be one (docs/history.md, docs/cli.md).
#include "testsupport.h"

#include "auditlog.h"
#include "nomineestore.h"
#include "people.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace vd;
using namespace vd::test;

namespace {

QJsonArray conflictsOf(const CliResult &r)
{
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("conflicts")).toArray();
}

} // namespace

TEST_CASE("people: conflicts listed, then merged, kept apart or split by a human", "[cli][history]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("p.sqlite"));
    auto cli = [&path](QStringList args) {
        args.prepend(path);
        args.prepend(QStringLiteral("--db"));
        return runCli(args);
    };
    // One CCCD with two birth dates (a typing slip) and a namesake pair with the
    // same birth date but different CCCDs (two people).
    qint64 slipA = 0, slipB = 0;
    {
        auto db = openDatabase(path);
        Nominee a = eligibleNominee(*db, QStringLiteral("MN"), QStringLiteral("Trần Thị Mai"));
        a.citizenId = QStringLiteral("031185001111");
        a.birthDate = QDate(1985, 3, 12);
        slipA = insertNominee(*db, a).id;
        Nominee b = eligibleNominee(*db, QStringLiteral("TH"), QStringLiteral("Trần Thị Mai"));
        b.citizenId = QStringLiteral("031185001111");
        b.birthDate = QDate(1985, 12, 3);
        slipB = insertNominee(*db, b).id;
        Nominee c = eligibleNominee(*db, QStringLiteral("XA"), QStringLiteral("Lê Văn Hùng"));
        c.citizenId = QStringLiteral("031080002222");
        c.birthDate = QDate(1980, 5, 1);
        c.gender = Gender::Male;
        insertNominee(*db, c);
        Nominee d = eligibleNominee(*db, QStringLiteral("DN"), QStringLiteral("Lê Văn Hùng"));
        d.citizenId = QStringLiteral("031080003333");
        d.birthDate = QDate(1980, 5, 1);
        d.gender = Gender::Male;
        insertNominee(*db, d);
    }
    QJsonArray conflicts
        = conflictsOf(cli({ QStringLiteral("people"), QStringLiteral("conflicts"), QStringLiteral("--json") }));
    REQUIRE(conflicts.size() == 2);
    QJsonObject slip, namesakes;
    for (const QJsonValue &v : conflicts) {
        const QJsonObject o = v.toObject();
        (o.value(QStringLiteral("kind")).toString() == QStringLiteral("same_cccd_other_birth") ? slip : namesakes) = o;
    }
    REQUIRE_FALSE(slip.isEmpty());
    REQUIRE_FALSE(namesakes.isEmpty());
    // CCCD masked unless asked.
    CHECK(slip.value(QStringLiteral("first")).toObject().value(QStringLiteral("citizen_id")).toString()
          == QStringLiteral("********1111"));
    const QString slipKept = QString::number(
        slip.value(QStringLiteral("first")).toObject().value(QStringLiteral("person_id")).toInteger());
    const QString slipGone = QString::number(
        slip.value(QStringLiteral("second")).toObject().value(QStringLiteral("person_id")).toInteger());
    const QString hung1 = QString::number(
        namesakes.value(QStringLiteral("first")).toObject().value(QStringLiteral("person_id")).toInteger());
    const QString hung2 = QString::number(
        namesakes.value(QStringLiteral("second")).toObject().value(QStringLiteral("person_id")).toInteger());

    // The text form tells what to type next.
    CliResult text = cli({ QStringLiteral("people"), QStringLiteral("conflicts") });
    CHECK(text.out.contains(QStringLiteral("people merge %1 %2").arg(slipKept, slipGone)));

    // Same person: merged, both dossiers on one person, audit-logged.
    CliResult r = cli({ QStringLiteral("people"), QStringLiteral("merge"), slipKept, slipGone });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    {
        auto db = openDatabase(path);
        CHECK(NomineeStore(*db).load(slipA)->personId == NomineeStore(*db).load(slipB)->personId);
    }
    // Two people: kept apart; a second time is refused (exit 1), nothing changes.
    r = cli({ QStringLiteral("people"), QStringLiteral("apart"), hung1, hung2 });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(conflictsOf(cli({ QStringLiteral("people"), QStringLiteral("conflicts"), QStringLiteral("--json") }))
              .isEmpty());
    r = cli({ QStringLiteral("people"), QStringLiteral("apart"), hung1, hung2 });
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("đã được ghi là hai người khác nhau")));

    // Split the merged person again: one dossier to a new person.
    r = cli({ QStringLiteral("people"), QStringLiteral("split"), slipKept, QString::number(slipB) });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    {
        auto db = openDatabase(path);
        CHECK(NomineeStore(*db).load(slipA)->personId != NomineeStore(*db).load(slipB)->personId);
        auto audit = AuditLog(*db).entries();
        REQUIRE(audit.ok());
        QStringList actions;
        for (const AuditEntry &e : *audit)
            actions.append(e.action);
        CHECK(actions.contains(QStringLiteral("person.merge")));
        CHECK(actions.contains(QStringLiteral("person.apart")));
        CHECK(actions.contains(QStringLiteral("person.split")));
    }
    // Usage errors exit 2: one id, a word.
    CHECK(cli({ QStringLiteral("people"), QStringLiteral("merge"), slipKept }).exitCode == 2);
    CHECK(cli({ QStringLiteral("people"), QStringLiteral("apart"), QStringLiteral("x"), hung2 }).exitCode == 2);
    // The same person twice is refused (exit 1).
    CHECK(cli({ QStringLiteral("people"), QStringLiteral("merge"), hung1, hung1 }).exitCode == 1);
}
