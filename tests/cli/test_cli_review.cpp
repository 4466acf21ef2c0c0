// vinhdanh-cli review ID --note TEXT / unreview ID (docs/cli.md): the review
// step as a script sees it, through the real executable.
#include "testsupport.h"

#include "nomineestore.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace vd;
using namespace vd::test;

namespace {

CliResult cli(const QString &db, QStringList arguments)
{
    arguments.prepend(db);
    arguments.prepend(QStringLiteral("--db"));
    // The rules' day for the child only.
    const QByteArray old = qgetenv("VINHDANH_TODAY");
    qputenv("VINHDANH_TODAY", "2024-07-10");
    CliResult r = runCli(arguments);
    if (old.isNull())
        qunsetenv("VINHDANH_TODAY");
    else
        qputenv("VINHDANH_TODAY", old);
    return r;
}

QJsonObject nomineeJson(const QString &db, qint64 id)
{
    const CliResult r = cli(db, { QStringLiteral("check"), QStringLiteral("--json") });
    REQUIRE(r.exitCode == 0);
    for (const QJsonValue &v :
         QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("nominees")).toArray()) {
        if (v.toObject().value(QStringLiteral("id")).toInteger() == id)
            return v.toObject();
    }
    FAIL("no nominee " << id);
    return {};
}

// Everything a refusal must leave as it was: the check and the audit log.
QString state(const QString &db)
{
    return cli(db, { QStringLiteral("check"), QStringLiteral("--json") }).out
           + cli(db, { QStringLiteral("audit") }).out;
}

} // namespace

TEST_CASE("review and unreview through the CLI; check --json shows it; errors refused", "[cli][review]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("r.sqlite"));
    qint64 warned = 0, late = 0;
    {
        auto db = openDatabase(path);
        Nominee w = eligibleNominee(*db, QStringLiteral("DN"), QStringLiteral("Phạm Văn Nam"),
                                    QStringLiteral("Công ty CP May An Dương"));
        w.position = QStringLiteral("Trưởng ca");
        w.copies = 1;
        warned = insertNominee(*db, w).id;
        Nominee l = eligibleNominee(*db, QStringLiteral("TH"), QStringLiteral("Trần Thị Bích"),
                                    QStringLiteral("Trường Tiểu học An Hồng"));
        l.receivedDate = QDate(2024, 7, 8);
        late = insertNominee(*db, l).id;
    }
    const QString id = QString::number(warned);
    CHECK(nomineeJson(path, warned).value(QStringLiteral("verdict")).toString() == QStringLiteral("review"));
    CHECK_FALSE(nomineeJson(path, warned).contains(QStringLiteral("reviewed")));

    // approve refuses with the findings in words (no raw rule codes).
    CliResult refused = cli(path, { QStringLiteral("approve"), QString::number(late) });
    CHECK(refused.exitCode == 1);
    CHECK_FALSE(refused.err.contains(QStringLiteral("LATE_SUBMISSION")));
    CHECK(refused.err.contains(QStringLiteral("Không đủ điều kiện")));

    // A note is required (usage), an error cannot be reviewed (1, unchanged).
    CHECK(cli(path, { QStringLiteral("review"), id }).exitCode == 2);
    const QString before = state(path);
    refused
        = cli(path, { QStringLiteral("review"), QString::number(late), QStringLiteral("--note"), QStringLiteral("x") });
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("không đủ điều kiện")));
    CHECK(state(path) == before);
    CHECK(cli(path, { QStringLiteral("unreview"), id }).exitCode == 1);

    const CliResult ok = cli(path, { QStringLiteral("review"), id, QStringLiteral("--note"),
                                     QStringLiteral("Trưởng ca là công nhân trực tiếp sản xuất") });
    INFO(ok.err.toStdString());
    REQUIRE(ok.exitCode == 0);
    CHECK(ok.out.contains(QStringLiteral("Phạm Văn Nam")));
    const QJsonObject o = nomineeJson(path, warned);
    CHECK(o.value(QStringLiteral("verdict")).toString() == QStringLiteral("eligible"));
    const QJsonObject reviewed = o.value(QStringLiteral("reviewed")).toObject();
    CHECK(reviewed.value(QStringLiteral("note")).toString()
          == QStringLiteral("Trưởng ca là công nhân trực tiếp sản xuất"));
    CHECK_FALSE(reviewed.value(QStringLiteral("by")).toString().isEmpty());
    CHECK(QDateTime::fromString(reviewed.value(QStringLiteral("at")).toString(), Qt::ISODate).isValid());
    // The warnings stay listed; the findings' shape is unchanged.
    CHECK(o.value(QStringLiteral("findings")).toArray().size() == 2);

    CHECK(cli(path, { QStringLiteral("approve"), id }).exitCode == 0);
    CHECK(cli(path, { QStringLiteral("unreview"), id }).exitCode == 1);
    CHECK(cli(path, { QStringLiteral("unapprove"), id }).exitCode == 0);
    const CliResult back = cli(path, { QStringLiteral("unreview"), id });
    CHECK(back.exitCode == 0);
    CHECK(nomineeJson(path, warned).value(QStringLiteral("verdict")).toString() == QStringLiteral("review"));
    CHECK_FALSE(nomineeJson(path, warned).contains(QStringLiteral("reviewed")));

    // English messages with --lang en.
    const CliResult en = cli(path, { QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("review"),
                                     QString::number(late), QStringLiteral("--note"), QStringLiteral("x") });
    CHECK(en.exitCode == 1);
}
