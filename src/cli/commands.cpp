#include "commands.h"

namespace vd::cli {

const QList<Command> &commands()
{
    // The order of --help and of docs/cli.md; one line per command.
    static const QList<Command> list = QList<Command> {
        initCommand(),      listCommand(),     importCommand(),      templateCommand(),
        checkCommand(),     reviewCommand(),   unreviewCommand(),    approveCommand(),
        unapproveCommand(), exportCommand(),
        programmeCommand(), decisionCommand(), invitationsCommand(), certificatesCommand(),
        reportCommand(),    backupCommand(),   auditCommand(),       purgeCampaignCommand(),
        migrateCommand(),   budgetCommand(),   budgetAddCommand(),   budgetRemoveCommand(),
        historyCommand(),
    } + peopleCommands() + campaignCommands() + councilCommands() + delegatesCommands()
        + QList<Command> { scriptCommand(), slidesCommand(), statsCommand() };
    return list;
}

} // namespace vd::cli
