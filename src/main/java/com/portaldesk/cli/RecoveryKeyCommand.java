package com.portaldesk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** recovery-key show | restore. */
@Command(
        name = "recovery-key",
        mixinStandardHelpOptions = true,
        description = "The firm's recovery key: the data key written for people, which rebuilds a lost key file.",
        subcommands = {RecoveryKeyShowCommand.class, RecoveryKeyRestoreCommand.class},
        footer = ExitCodes.HELP_FOOTER)
final class RecoveryKeyCommand {
    @ParentCommand
    PortalDeskCommand root;
}
