// Backing up while another program writes, then restoring the copy the way
// docs/data-safety.md says (replace the file, drop the old -wal/-shm): the
// restored file lists exactly what the copy held, and the copy is owner-only.
#include "safetysupport.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace vd::safety;
using vd::test::TempDir;

TEST_CASE("backup -o during an import is consistent, owner-only, and restores to the same list", "[safety][backup]")
{
    TempDir dir;
    const QString csv = dir.file(QStringLiteral("ds.csv"));
    REQUIRE(finish(*startDatagen({ QStringLiteral("--csv"), csv, QStringLiteral("--count"),
                                   QString::number(VINHDANH_SAFETY_ROWS / 4) }))
                .exitCode
            == 0);
    const QString db = dir.file(QStringLiteral("vinhdanh.sqlite"));
    REQUIRE(runCliToEnd({ QStringLiteral("--db"), db, QStringLiteral("init") }).exitCode == 0);

    // The backup is taken while an import may be writing: it holds all or none of it.
    auto import
        = startCli({ QStringLiteral("--db"), db, QStringLiteral("import"), csv, QStringLiteral("--skip-invalid") });
    const QString copy = dir.file(QStringLiteral("sao-luu.sqlite"));
    const Finished backedUp
        = runCliToEnd({ QStringLiteral("--db"), db, QStringLiteral("backup"), QStringLiteral("-o"), copy }, [] {
              auto env = childEnvironment();
              env.insert(QStringLiteral("VINHDANH_BUSY_TIMEOUT_MS"), QStringLiteral("120000"));
              return env;
          }());
    INFO(backedUp.err.toStdString());
    REQUIRE(backedUp.exitCode == 0);
    REQUIRE(finish(*import).exitCode == 0);
    CHECK((QFile::permissions(copy) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther))
          == 0);
    CHECK(integrityCheck(copy) == QLatin1String("ok"));
    const qint64 inCopy = scalar(copy, QStringLiteral("SELECT COUNT(*) FROM nominee"));
    const qint64 inFile = scalar(db, QStringLiteral("SELECT COUNT(*) FROM nominee"));
    CHECK((inCopy == 0 || inCopy == inFile));
    const Finished copyList
        = runCliToEnd({ QStringLiteral("--db"), copy, QStringLiteral("list"), QStringLiteral("--json") });
    REQUIRE(copyList.exitCode == 0);

    // Later changes, then the restore: the file is the copy again.
    REQUIRE(runCliToEnd({ QStringLiteral("--db"), db, QStringLiteral("import"), csv, QStringLiteral("--skip-invalid") })
                .exitCode
            == 0);
    REQUIRE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM nominee")) > inCopy);
    REQUIRE(QFile::rename(db, db + QStringLiteral(".hong")));
    QFile::remove(db + QStringLiteral("-wal"));
    QFile::remove(db + QStringLiteral("-shm"));
    REQUIRE(QFile::copy(copy, db));
    const Finished restoredList
        = runCliToEnd({ QStringLiteral("--db"), db, QStringLiteral("list"), QStringLiteral("--json") });
    REQUIRE(restoredList.exitCode == 0);
    CHECK(restoredList.out == copyList.out);
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM nominee")) == inCopy);
}
