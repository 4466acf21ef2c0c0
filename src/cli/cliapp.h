// vinhdanh-cli: a thin shell over core. Parses the global options, opens the
// database, dispatches to one command and maps errors to the exit codes of
// CONTRACT §1 (0 done, 1 refused, 2 usage, 3 database or file).
#pragma once

#include "database.h"
#include "result.h"

#include <QStringList>
#include <QTextStream>

#include <memory>

namespace vd::cli {

enum ExitCode { ExitOk = 0, ExitRefused = 1, ExitUsage = 2, ExitStorage = 3 };

class Context
{
public:
    Context(QTextStream &out, QTextStream &err) : out(out), err(err) { }

    QTextStream &out;
    QTextStream &err;
    QString command;
    QStringList args;       // the command's own arguments
    QString dbPath;         // --db, or the default location
    bool english = false;   // --lang en

    // Opens the database on first use (creating it with the built-in campaign).
    Result<Database *> database();
    // Prints the error (one line per problem) and returns its exit code.
    int fail(const Error &error);
    // Prints a usage error for this command and returns ExitUsage.
    int usage(const QString &message);

private:
    std::unique_ptr<Database> m_db;
};

using Handler = int (*)(Context &);

struct Command
{
    const char *name;
    const char *arguments;  // shown after the name in the usage text
    const char *synopsis;   // Vietnamese, translated in context "vd::cli"
    bool needsGui;          // documents need QGuiApplication (offscreen)
    Handler handler;
};

// Every command, in the order the usage text lists them (commands.cpp).
const QList<Command> &commands();
const Command *findCommand(const QString &name);

// The name of the command in argv, skipping the global options (used by main()
// to pick QCoreApplication or QGuiApplication before any is created).
QString commandNameFromArgv(int argc, char **argv);

// Runs the program on QCoreApplication::arguments(); returns the exit code.
int run(const QStringList &arguments);

QString usageText();
int exitCodeFor(const Error &error);

} // namespace vd::cli
