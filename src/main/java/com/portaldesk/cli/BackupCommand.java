package com.portaldesk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** backup create | verify | restore. */
@Command(
        name = "backup",
        mixinStandardHelpOptions = true,
        description = "Back up the whole database to one encrypted file, check a backup, restore one, list them, or "
                + "plan automatic backups.",
        subcommands = {
            BackupCreateCommand.class,
            BackupVerifyCommand.class,
            BackupRestoreCommand.class,
            BackupListCommand.class,
            BackupPlanCommand.class
        },
        footer = ExitCodes.HELP_FOOTER)
final class BackupCommand {
    @ParentCommand
    PortalDeskCommand root;
}
