// What the document commands (export, programme, decision, invitations,
// certificates, report) share: their options and the one function that builds
// the document as the GUI does (docs::buildOutput) and writes it.
#pragma once

#include "cliapp.h"

#include <optional>

namespace vd::cli {

enum DocOption {
    OptDate = 1, // --date YYYY-MM-DD: the date printed on the document
    OptAmount = 2, // --amount N: the reward per person (decision)
    OptIds = 4, // --ids 1,2,3: only these honorees
    OptTestPage = 8, // --test-page: the calibration page (certificates)
    OptApproved = 16, // --approved, required (export): which list; only the
                      // approved one today, so that others can come later
};

// The options of a document command: --format FORMATS (`formats` is the
// literal "pdf|odt"; Expected: it may be left out when the file name ends in
// one of them), -o FILE, and those in `extra` (DocOption flags). A command that
// prints figures unless given -o (budget, stats, script) makes both Optional.
QList<Option> documentOptions(const char *formats, int extra, Presence format = Presence::Expected,
                              Presence output = Presence::Required);

// The whole of a document command: the format (from --format or the file's
// suffix), build the output of `outputKind` (docs::OutputKind), write it,
// report. Returns the exit code.
int runOutputCommand(Context &ctx, int outputKind);

// For a command that prints figures (text or --json) or, with -o FILE, writes
// them as the document `outputKind`: runs the document branch, or refuses the
// document-only options --format/--date without -o and --json with -o.
// Returns the exit code when that settles the command, nothing when the
// command goes on to print.
std::optional<int> runOutputOrUsage(Context &ctx, int outputKind);

} // namespace vd::cli
