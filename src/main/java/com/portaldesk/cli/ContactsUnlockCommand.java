package com.portaldesk.cli;

import com.portaldesk.audit.Actor;
import com.portaldesk.contacts.Email;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** contacts unlock EMAIL: a staff member clears a client's sign-in lock (audited). */
@Command(
        name = "unlock",
        mixinStandardHelpOptions = true,
        description = "Clear the sign-in lock and failure count of a client's email address.",
        footer = ExitCodes.HELP_FOOTER)
final class ContactsUnlockCommand implements Callable<Integer> {
    @ParentCommand
    private ContactsCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "EMAIL", description = "The email address the client signs in with.")
    private String email;

    @Mixin
    private TerminalOption terminal;

    @Override
    public Integer call() {
        if (!Email.isValid(email.strip().toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException(Email.MESSAGE_CONSTRAINTS);
        }
        try (CliServices services = parent.open()) {
            boolean wasLocked = services.verification()
                    .locks()
                    .unlock(new Email(email), new Actor(services.actor().name(), terminal.resolve(services)));
            spec.commandLine()
                    .getOut()
                    .println(
                            wasLocked
                                    ? "Unlocked: the client can sign in again."
                                    : "It was not locked; its failure count was cleared.");
            return ExitCodes.OK;
        }
    }
}
