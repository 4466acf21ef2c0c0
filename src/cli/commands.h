// The commands of vinhdanh-cli; each lives in its own cmd_*.cpp, which defines
// its description (command.h) next to its handler. To add one: write
// cmd_NAME.cpp with `Command nameCommand()`, declare it here and list it in
// commands.cpp (docs/architecture.md, "Adding a CLI command").
#pragma once

#include "cliapp.h"

namespace vd::cli {

Command initCommand();
Command listCommand();
Command importCommand();
Command templateCommand();
Command checkCommand();
Command approveCommand();
Command unapproveCommand();
Command reviewCommand();
Command unreviewCommand();
Command exportCommand();
Command programmeCommand();
Command decisionCommand();
Command invitationsCommand();
Command certificatesCommand();
Command reportCommand();
Command backupCommand();
Command auditCommand();
Command purgeCampaignCommand();
Command migrateCommand();
Command budgetCommand();
Command budgetAddCommand();
Command budgetRemoveCommand();
Command historyCommand();
QList<Command> peopleCommands();
// campaign list|new|use|close|reopen.
QList<Command> campaignCommands();
Command scriptCommand();
Command slidesCommand();
Command statsCommand();
// The council sub-commands (council members, add-member, presence, remove-member,
// settings, vote, tally, ballots, minutes), in --help order.
QList<Command> councilCommands();
// delegates import|list|checkin|invitations|labels|checkin-list.
QList<Command> delegatesCommands();

} // namespace vd::cli
