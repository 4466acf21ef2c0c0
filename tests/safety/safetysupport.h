// Helpers of the data-safety suite: child processes of the real programs, copies
// of database files and raw SQLite look-ups that do not go through the code
// under test.
#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <memory>

namespace vd::safety {

// The environment of every child: offscreen, UTF-8, a fixed "today" for the rules.
QProcessEnvironment childEnvironment();

// Starts vinhdanh-cli (or vinhdanh-datagen) without waiting for it.
std::unique_ptr<QProcess> startCli(const QStringList &arguments, const QProcessEnvironment &env = childEnvironment());
std::unique_ptr<QProcess> startDatagen(const QStringList &arguments);

// Runs it to the end; returns the exit code (-1 if it crashed) and fills the
// outputs and the time it took, in milliseconds.
struct Finished
{
    int exitCode = -1;
    QString out;
    QString err;
    qint64 elapsedMs = 0;
};
Finished finish(QProcess &process);
Finished runCliToEnd(const QStringList &arguments, const QProcessEnvironment &env = childEnvironment());

// Copies a database file with its -wal file if it has one (replacing the target's).
void copyDatabase(const QString &from, const QString &to);

// Straight SQLite queries (QSQLITE, own connection, closed afterwards).
QString integrityCheck(const QString &path);
qint64 scalar(const QString &path, const QString &sql);
void execute(const QString &path, const QString &sql);

} // namespace vd::safety
