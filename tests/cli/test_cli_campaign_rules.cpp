// vinhdanh-cli campaign rules: a campaign's rule severities, the HONOURED_BEFORE
// years and the tie priorities are data the user changes (docs/rules.md, docs/cli.md).
#include "testsupport.h"

#include "campaignstore.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace vd;
using namespace vd::test;

namespace {

QString severityOf(const QJsonObject &root, const QString &code)
{
    for (const QJsonValue &v : root.value(QStringLiteral("rules")).toArray()) {
        if (v.toObject().value(QStringLiteral("code")).toString() == code)
            return v.toObject().value(QStringLiteral("severity")).toString();
    }
    return QString();
}

} // namespace

TEST_CASE("campaign rules: shown, changed together, refused whole when one value is wrong", "[cli][rules]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("r.sqlite"));
    auto cli = [&path](QStringList args) {
        args.prepend(path);
        args.prepend(QStringLiteral("--db"));
        return runCli(args);
    };
    auto settings = [&cli] {
        const CliResult r = cli({ QStringLiteral("campaign"), QStringLiteral("rules"), QStringLiteral("--json") });
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    };
    QJsonObject s = settings();
    CHECK(s.value(QStringLiteral("honoured_before_years")).toInt() == 0);
    CHECK(s.value(QStringLiteral("tie_priority")).toArray().isEmpty());
    CHECK(severityOf(s, QStringLiteral("FEWER_COPIES")) == QStringLiteral("warning"));

    CliResult r = cli({ QStringLiteral("campaign"), QStringLiteral("rules"), QStringLiteral("--honoured-before-years"),
                        QStringLiteral("3"), QStringLiteral("--tie-priority"), QStringLiteral("female,worker"),
                        QStringLiteral("--severity"), QStringLiteral("FEWER_COPIES=error,NO_SOFT_COPY=off") });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("Đã lưu thiết lập quy tắc")));
    s = settings();
    CHECK(s.value(QStringLiteral("honoured_before_years")).toInt() == 3);
    CHECK(s.value(QStringLiteral("tie_priority")).toArray()
          == QJsonArray { QStringLiteral("female"), QStringLiteral("worker") });
    CHECK(severityOf(s, QStringLiteral("FEWER_COPIES")) == QStringLiteral("error"));
    CHECK(severityOf(s, QStringLiteral("NO_SOFT_COPY")) == QStringLiteral("off"));

    // One wrong value: usage error naming it, and nothing of the rest is saved.
    for (const QStringList &bad :
         { QStringList { QStringLiteral("--tie-priority"), QStringLiteral("age") },
           QStringList { QStringLiteral("--severity"), QStringLiteral("NO_SUCH_RULE=off") },
           QStringList { QStringLiteral("--severity"), QStringLiteral("FEWER_COPIES=loud") } }) {
        QStringList args { QStringLiteral("campaign"), QStringLiteral("rules"),
                           QStringLiteral("--honoured-before-years"), QStringLiteral("9") };
        args << bad;
        r = cli(args);
        INFO(bad.join(QLatin1Char(' ')).toStdString());
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(bad.last().section(QLatin1Char('='), 0, 0).section(QLatin1Char('='), 0, 0)));
        CHECK(settings().value(QStringLiteral("honoured_before_years")).toInt() == 3);
    }

    // Back to the default severity; an empty tie priority list removes it.
    r = cli({ QStringLiteral("campaign"), QStringLiteral("rules"), QStringLiteral("--severity"),
              QStringLiteral("FEWER_COPIES=default"), QStringLiteral("--tie-priority"), QString() });
    REQUIRE(r.exitCode == 0);
    s = settings();
    CHECK(severityOf(s, QStringLiteral("FEWER_COPIES")) == QStringLiteral("warning"));
    CHECK(s.value(QStringLiteral("tie_priority")).toArray().isEmpty());

    // The plain listing names what differs from the default.
    r = cli({ QStringLiteral("campaign"), QStringLiteral("rules") });
    CHECK(r.out.contains(QStringLiteral("NO_SOFT_COPY\toff\t(mặc định: warning)")));
    CHECK(r.out.contains(QStringLiteral("3 năm")));
}
