package com.portaldesk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** backup create | verify | restore. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Back up the whole database to one encrypted file, check a backup, or restore one.",
        subcommands = {BackupCreateCommand.class, BackupVerifyCommand.class, BackupRestoreCommand.class},
        footer = ExitCodes.HELP_FOOTER)
final class BackupCommand {
    @ParentCommand
    PortalDeskCommand root;
}
