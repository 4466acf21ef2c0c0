// How a vinhdanh-cli command is described. A command is data: its name, a
// one-line summary, the options and arguments it takes (with the kind of each
// value) and the function that does the work. The shared parser (cliparse.cpp)
// reads the command line against this description, so every command treats
// --help, unknown options, missing or malformed values and surplus arguments
// the same way (usage error, exit 2) before its handler runs. docs/architecture.md
// ("Adding a CLI command") shows how to add one.
#pragma once

#include <QList>

namespace vd::cli {

class Context;
using Handler = int (*)(Context &);

// What a value must look like; the parser checks and converts it.
enum class ValueKind {
    Flag, // no value: --json
    Text, // any text: -o FILE
    Date, // YYYY-MM-DD or dd/mm/yyyy, a real date
    Count, // a whole number >= 0: --limit N
    Id, // a whole number > 0: a nominee's or a campaign's id
    IdList, // ids separated by commas: --ids 1,2,3
    Amount, // a sum of money in đồng, > 0, '.' allowed between thousands
};

// Whether the parser insists on an option.
enum class Presence {
    Optional, // shown in [brackets]
    Required, // refused (exit 2) when missing
    Expected, // shown without brackets; the handler decides (e.g. --format
              // may be left out when the file name says it)
};

struct Option
{
    const char *name; // the long name without dashes: "output"
    const char *shortName; // one letter ("o"), or nullptr
    ValueKind kind;
    const char *valueName; // shown in help after the option ("TỆP"); nullptr for a flag
    const char *help; // Vietnamese, marked QT_TRANSLATE_NOOP("vd::cli", ...)
    Presence presence = Presence::Optional;
};

// The positional arguments after the command's name.
struct Arguments
{
    const char *name = nullptr; // "TỆP", "MÃ"; nullptr: the command takes none
    ValueKind kind = ValueKind::Text;
    int min = 0;
    int max = 0; // -1: any number
    const char *help = nullptr; // Vietnamese, QT_TRANSLATE_NOOP("vd::cli", ...)
};

struct Command
{
    const char *name; // "list"; a sub-command is "campaign new"
    const char *summary; // one line, Vietnamese, QT_TRANSLATE_NOOP("vd::cli", ...)
    QList<Option> options;
    Arguments arguments;
    Handler handler;
    bool needsGui = false; // documents need QGuiApplication (offscreen)
    const char *synopsis = nullptr; // the usage after the name; nullptr: made from options
};

// Shorthands for the option lists of commands.
inline Option flagOption(const char *name, const char *help)
{
    return { name, nullptr, ValueKind::Flag, nullptr, help };
}
inline Option valueOption(const char *name, ValueKind kind, const char *valueName, const char *help,
                          Presence presence = Presence::Optional)
{
    return { name, nullptr, kind, valueName, help, presence };
}
// -o/--output FILE, which every command that writes a file takes.
Option outputOption(Presence presence = Presence::Required);

// Every command, in the order --help lists them (commands.cpp).
const QList<Command> &commands();

} // namespace vd::cli
