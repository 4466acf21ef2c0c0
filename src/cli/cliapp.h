// vinhdanh-cli: a thin shell over core. Parses the global options, finds the
// command, parses its own options (cliparse.cpp), opens the database when the
// command asks for it and maps errors to the exit codes of docs/cli.md
// (0 done, 1 refused, 2 usage, 3 database or file).
#pragma once

#include "command.h"
#include "database.h"
#include "domain.h"
#include "result.h"

#include <QDate>
#include <QHash>
#include <QStringList>
#include <QTextStream>
#include <QVariant>

#include <memory>
#include <optional>

namespace vd::cli {

enum ExitCode { ExitOk = 0, ExitRefused = 1, ExitUsage = 2, ExitStorage = 3 };
enum Parsed { ParsedRun, ParsedHelp };

// The database and its active campaign, as most commands need them.
struct Workspace
{
    Database *db = nullptr;
    const Campaign *campaign = nullptr;
};

class Context
{
public:
    Context(QTextStream &out, QTextStream &err) : out(out), err(err) { }

    QTextStream &out;
    QTextStream &err;
    QString dbPath; // --db, or the default location
    bool english = false; // --lang en
    const Command *command = nullptr;

    // The command's name as typed ("list", "campaign new").
    QString name() const;

    // The command's options, already checked against its description.
    bool isSet(const char *option) const;
    QString text(const char *option) const;
    QDate date(const char *option) const; // null when not given
    qint64 number(const char *option, qint64 fallback = -1) const; // Count, Id, Amount
    QList<qint64> ids(const char *option) const; // IdList
    // The positional arguments, as typed and (for ValueKind::Id) as numbers.
    const QStringList &arguments() const { return m_arguments; }
    const QList<qint64> &argumentIds() const { return m_argumentIds; }

    // Opens the database on first use (creating it with the built-in campaign).
    Result<Database *> database();
    // The shared first step of most commands: the database and its active
    // campaign, loaded once.
    Result<Workspace> workspace();
    // Today for the rules: the date in VINHDANH_TODAY (yyyy-mm-dd) or the clock.
    Result<QDate> today() const;

    // Prints the error (one line per problem) and returns its exit code.
    int fail(const Error &error);
    // Prints a usage error for this command and returns ExitUsage.
    int usage(const QString &message);

private:
    friend Result<Parsed> parseCommandLine(Context &ctx, const QStringList &rest);

    QHash<QString, QVariant> m_values; // by the option's long name
    QStringList m_arguments;
    QList<qint64> m_argumentIds;
    std::unique_ptr<Database> m_db;
    std::optional<Campaign> m_campaign;
};

const Command *findCommand(const QString &name);

// The command named in argv (skipping the global options), or nullptr; main()
// uses it to pick QCoreApplication or QGuiApplication before any is created.
const Command *commandFromArgv(int argc, char **argv);

// Runs the program on QCoreApplication::arguments(); returns the exit code.
int run(const QStringList &arguments);

int exitCodeFor(const Error &error);

// cliparse.cpp: the command's own part of the command line, into ctx; a usage
// error names the offending argument. ParsedHelp: --help was given (nothing
// else is checked then).
Result<Parsed> parseCommandLine(Context &ctx, const QStringList &rest);
// The help texts: the whole program, one command, one group ("campaign").
QString usageText();
QString commandHelp(const Command &command);
QString groupHelp(const QString &group);
// The usage line of a command after its name, e.g. "[--json]".
QString synopsis(const Command &command);

} // namespace vd::cli
