// Argument parsing shared by the document commands (export, programme,
// decision, invitations, certificates): --format F, -o/--output FILE, ...
#pragma once

#include "result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace vd::cli {

struct DocArgs
{
    QString format;          // lower case, one of the allowed formats
    QString output;          // -o FILE
    bool approved = false;   // --approved
    QDate date;              // --date YYYY-MM-DD (null: today)
    qint64 amount = -1;      // --amount N (decision)
    QList<qint64> ids;       // --ids 1,2,3 (certificates)
    bool testPage = false;   // --test-page (certificates)
};

enum DocOption {
    OptApproved = 1,
    OptDate = 2,
    OptAmount = 4,
    OptIds = 8,
    OptTestPage = 16,
};

// Parses `args` for `command`; the format may be left out when the file name
// ends in one of `formats`. Usage errors name the offending argument.
Result<DocArgs> parseDocArgs(const QString &command, const QStringList &args, const QStringList &formats,
                             int options);

class Context;

// The whole of a document command: parse, open the database, build the output
// (docs::buildOutput, as the GUI does), write it, report. Returns the exit code.
int runOutputCommand(Context &ctx, int outputKind, const QStringList &formats, int options);

} // namespace vd::cli
