// A damaged page never looks like a shorter result (docs/data-safety.md, 3a):
// one page of a 78-nominee file overwritten with garbage makes every command
// that reads it fail with a Storage error (exit 3) naming the file, and the
// commands that write refuse to write into it.
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QFileInfo>

using namespace vd;
using namespace vd::test;

namespace {

const QStringList kUnits = {
    QStringLiteral("Trường Mầm non Hoa Sen"),
    QStringLiteral("Trường Mầm non Bình Minh"),
    QStringLiteral("Trường Mầm non Sao Mai"),
    QStringLiteral("Trường Tiểu học An Hồng"),
};

// 78 nominees with long texts (many pages), then 600 audit entries.
void fillDatabase(const QString &path)
{
    auto db = openDatabase(path);
    for (int i = 0; i < 78; ++i) {
        Nominee n = eligibleNominee(*db, i % 2 ? QStringLiteral("MN") : QStringLiteral("TH"),
                                    QStringLiteral("Nguyễn Thị Hồ Sơ %1").arg(i + 1), kUnits.at(i % kUnits.size()));
        n.achievements
            = QStringLiteral("Hoàn thành xuất sắc nhiệm vụ năm học 2022-2023, dạy giỏi cấp huyện. ").repeated(6);
        insertNominee(*db, n);
    }
    addAuditEntries(*db, 600);
}

void requireDamagedError(const CliResult &r, const QString &path)
{
    INFO("stdout: " << r.out.toStdString() << "\nstderr: " << r.err.toStdString());
    CHECK(r.exitCode == 3);
    CHECK(r.err.contains(QStringLiteral("bị hỏng")));
    CHECK(r.err.contains(QFileInfo(path).fileName()));
}

} // namespace

TEST_CASE("a damaged page of the nominee table: list, check, import and approve exit 3, nothing written",
          "[cli][damaged]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("office.sqlite"));
    fillDatabase(path);
    {
        auto before = runCli({ QStringLiteral("--db"), path, QStringLiteral("list") });
        REQUIRE(before.exitCode == 0);
        REQUIRE(before.out.contains(QStringLiteral("78 người được đề nghị")));
    }
    damageTablePage(path, QStringLiteral("nominee"));
    const QByteArray damaged = fileHash(path);

    // Readers: the fast reader (list, check) and the Qt path alike.
    requireDamagedError(runCli({ QStringLiteral("--db"), path, QStringLiteral("list") }), path);
    requireDamagedError(runCli({ QStringLiteral("--db"), path, QStringLiteral("list"), QStringLiteral("--json") }),
                        path);
    requireDamagedError(runCli({ QStringLiteral("--db"), path, QStringLiteral("check") }), path);
    requireDamagedError(runCli({ QStringLiteral("--db"), path, QStringLiteral("check"), QStringLiteral("--json") }),
                        path);
    // Writers: nothing goes into the damaged file.
    requireDamagedError(runCli({ QStringLiteral("--db"), path, QStringLiteral("import"),
                                 dataFile(QStringLiteral("import-excel-vi.csv")) }),
                        path);
    requireDamagedError(runCli({ QStringLiteral("--db"), path, QStringLiteral("approve"), QStringLiteral("1") }), path);
    CHECK(fileHash(path) == damaged);
}

TEST_CASE("a damaged page of the audit log: audit exits 3 instead of listing fewer entries; import refuses",
          "[cli][damaged]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("office.sqlite"));
    fillDatabase(path);
    damageTablePage(path, QStringLiteral("audit_log"));
    const QByteArray damaged = fileHash(path);

    // audit reads through QSqlQuery: next() stops at the damaged page.
    requireDamagedError(runCli({ QStringLiteral("--db"), path, QStringLiteral("audit"), QStringLiteral("--json") }),
                        path);
    // list never reads the audit log, and still works (read-only) ...
    CHECK(runCli({ QStringLiteral("--db"), path, QStringLiteral("list") }).exitCode == 0);
    // ... but an import runs PRAGMA quick_check first and writes nothing.
    auto import = runCli(
        { QStringLiteral("--db"), path, QStringLiteral("import"), dataFile(QStringLiteral("import-excel-vi.csv")) });
    requireDamagedError(import, path);
    CHECK(fileHash(path) == damaged);
}
