// Helpers shared by the test suites.
#pragma once

#include "database.h"
#include "domain.h"

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace vd::test {

// A fresh temporary folder that lives as long as the object.
class TempDir
{
public:
    TempDir();
    QString path() const { return m_dir.path(); }
    QString file(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

// Opens (creating) a database; fails the test on error.
std::unique_ptr<Database> openDatabase(const QString &path);

// A nominee of `blocCode` that passes every rule of the built-in campaign.
Nominee eligibleNominee(Database &db, const QString &blocCode, const QString &fullName,
                        const QString &unitName = QStringLiteral("Trường Mầm non Hoa Sen"));

// Sets the quota of the active campaign's bloc `blocCode`; returns the bloc's id.
qint64 setBlocQuota(Database &db, const QString &blocCode, int quota);

// Inserts a nominee (creating its unit); returns it with its id.
Nominee insertNominee(Database &db, Nominee nominee);

// Records `count` audit-log entries ("edit" of nominee 1) in one transaction:
// enough pages of audit log for tests of what opening does and does not read.
void addAuditEntries(Database &db, int count);

// SHA-256 of a file's bytes (empty if unreadable).
QByteArray fileHash(const QString &path);

// Damages one SQLite page of `table` the way a failing disk or a stray write
// does: the file is checkpointed (no -wal left), then one leaf page of the
// table from its middle (not the first nor the last, so that an append or a
// first look does not meet it) is overwritten with fixed garbage. The database
// must not be open in this process. Returns the damaged page's number.
int damageTablePage(const QString &path, const QString &table);

// Path of a file in tests/data.
QString dataFile(const QString &name);

// Runs vinhdanh-cli with the arguments; returns exit code, stdout and stderr.
struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};
CliResult runCli(const QStringList &arguments, const QByteArray &stdinData = {});

} // namespace vd::test
