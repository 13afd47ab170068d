package com.portaldesk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** The contacts command group. */
@Command(
        name = "contacts",
        mixinStandardHelpOptions = true,
        description = "List, add, import, export and generate contacts.",
        subcommands = {
            ContactsListCommand.class,
            ContactsAddCommand.class,
            ContactsImportCommand.class,
            ContactsExportCommand.class,
            ContactsSeedCommand.class,
            ContactsUnlockCommand.class
        },
        footer = ExitCodes.HELP_FOOTER)
public final class ContactsCommand {
    @ParentCommand
    private PortalDeskCommand root;

    CliServices open() {
        return root.open();
    }
}
