// The handlers of vinhdanh-cli's commands; each lives in its own cmd_*.cpp.
#pragma once

#include "cliapp.h"

namespace vd::cli {

int runInit(Context &ctx);
int runList(Context &ctx);
int runImport(Context &ctx);
int runTemplate(Context &ctx);
int runCheck(Context &ctx);
int runApprove(Context &ctx);
int runUnapprove(Context &ctx);
int runBackup(Context &ctx);
int runAudit(Context &ctx);
int runPurgeCampaign(Context &ctx);
int runMigrate(Context &ctx);
int runExport(Context &ctx);
int runProgramme(Context &ctx);
int runDecision(Context &ctx);
int runInvitations(Context &ctx);
int runCertificates(Context &ctx);
int runReport(Context &ctx);

} // namespace vd::cli
