// The shared command-line parser: every command described in src/cli answers
// --help, refuses unknown options, missing values, repeated options and
// surplus arguments the same way (exit 2, a message naming the argument, no
// database created), before its own code runs.
#include "command.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace vd::test;

namespace {

QStringList words(const vd::cli::Command &c) { return QString::fromLatin1(c.name).split(QLatin1Char(' ')); }

QString longName(const vd::cli::Option &o) { return QStringLiteral("--") + QLatin1String(o.name); }

} // namespace

TEST_CASE("every command answers --help with its own usage and options", "[cli][parser]")
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("x.sqlite"));
    for (const vd::cli::Command &c : vd::cli::commands()) {
        CAPTURE(c.name);
        auto r = runCli(QStringList { QStringLiteral("--db"), db } + words(c) << QStringLiteral("--help"));
        CHECK(r.exitCode == 0);
        CHECK(r.out.startsWith(QStringLiteral("Cách dùng: vinhdanh-cli")));
        CHECK(r.out.contains(QLatin1String(c.name)));
        for (const vd::cli::Option &o : c.options)
            CHECK(r.out.contains(longName(o)));
        auto en
            = runCli(QStringList { QStringLiteral("--lang"), QStringLiteral("en") } + words(c) << QStringLiteral("-h"));
        CHECK(en.exitCode == 0);
        CHECK(en.out.startsWith(QStringLiteral("Usage: vinhdanh-cli")));
        CHECK(en.out.contains(QStringLiteral("print the help of this command")));
    }
    CHECK_FALSE(QFile::exists(db));
}

TEST_CASE("every command refuses unknown options, missing values and repeats alike", "[cli][parser]")
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("x.sqlite"));
    const QStringList base { QStringLiteral("--db"), db };
    for (const vd::cli::Command &c : vd::cli::commands()) {
        CAPTURE(c.name);
        auto unknown = runCli(base + words(c) << QStringLiteral("--bogus"));
        CHECK(unknown.exitCode == 2);
        CHECK(unknown.err.contains(QStringLiteral("--bogus")));
        CHECK(unknown.err.contains(QStringLiteral("vinhdanh-cli %1 --help").arg(QLatin1String(c.name))));
        for (const vd::cli::Option &o : c.options) {
            CAPTURE(o.name);
            if (o.kind == vd::cli::ValueKind::Flag) {
                auto twice = runCli(base + words(c) << longName(o) << longName(o));
                CHECK(twice.exitCode == 2);
                CHECK(twice.err.contains(longName(o)));
            } else {
                auto missing = runCli(base + words(c) << longName(o));
                CHECK(missing.exitCode == 2);
                CHECK(missing.err.contains(QStringLiteral("Thiếu giá trị sau %1").arg(longName(o))));
            }
        }
        if (c.arguments.max >= 0) {
            QStringList surplus = base + words(c);
            for (int i = 0; i <= c.arguments.max; ++i)
                surplus << QStringLiteral("7");
            auto r = runCli(surplus);
            CHECK(r.exitCode == 2);
        }
    }
    CHECK_FALSE(QFile::exists(db));
}

TEST_CASE("values are checked by kind before anything runs", "[cli][parser]")
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("x.sqlite"));
    const QString out = dir.file(QStringLiteral("out.pdf"));
    struct Row
    {
        QStringList args;
        QString message;
    };
    const QList<Row> rows = {
        { { QStringLiteral("audit"), QStringLiteral("--limit"), QStringLiteral("-1") }, QStringLiteral("--limit") },
        { { QStringLiteral("audit"), QStringLiteral("--limit"), QStringLiteral("mười") }, QStringLiteral("mười") },
        { { QStringLiteral("approve"), QStringLiteral("1"), QStringLiteral("x2") }, QStringLiteral("x2") },
        { { QStringLiteral("approve") }, QStringLiteral("cần MÃ") },
        { { QStringLiteral("purge-campaign"), QStringLiteral("0"), QStringLiteral("--yes") }, QStringLiteral("0") },
        { { QStringLiteral("purge-campaign"), QStringLiteral("2") }, QStringLiteral("--yes") },
        { { QStringLiteral("backup") }, QStringLiteral("-o TỆP") },
        { { QStringLiteral("migrate"), QStringLiteral("--to"), QStringLiteral("y.sqlite") }, QStringLiteral("--from") },
        { { QStringLiteral("invitations"), QStringLiteral("-o"), out, QStringLiteral("--date"),
            QStringLiteral("2024-02-30") },
          QStringLiteral("2024-02-30") },
        { { QStringLiteral("certificates"), QStringLiteral("-o"), out, QStringLiteral("--ids"),
            QStringLiteral("1,,x") },
          QStringLiteral("x") },
        { { QStringLiteral("decision"), QStringLiteral("-o"), out, QStringLiteral("--amount"), QStringLiteral("0") },
          QStringLiteral("0") },
        { { QStringLiteral("export"), QStringLiteral("--approved"), QStringLiteral("-o"), out, QStringLiteral("-o"),
            out },
          QStringLiteral("--output") },
    };
    for (const Row &row : rows) {
        CAPTURE(row.args.join(QLatin1Char(' ')).toStdString());
        auto r = runCli(QStringList { QStringLiteral("--db"), db } + row.args);
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(row.message));
    }
    CHECK_FALSE(QFile::exists(db));
    CHECK_FALSE(QFile::exists(out));
}

TEST_CASE("help COMMAND is COMMAND --help; a group lists its sub-commands", "[cli][parser]")
{
    auto viaHelp = runCli({ QStringLiteral("help"), QStringLiteral("import") });
    auto viaOption = runCli({ QStringLiteral("import"), QStringLiteral("--help") });
    CHECK(viaHelp.exitCode == 0);
    CHECK(viaHelp.out == viaOption.out);
    CHECK(viaHelp.out.contains(QStringLiteral("--skip-invalid")));

    auto unknown = runCli({ QStringLiteral("frobnicate"), QStringLiteral("--help") });
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("frobnicate")));
}
