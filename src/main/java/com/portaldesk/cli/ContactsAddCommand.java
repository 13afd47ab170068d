package com.portaldesk.cli;

import com.portaldesk.contacts.ContactInput;
import com.portaldesk.contacts.ContactRecord;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** contacts add: one contact, validated exactly as in the staff app. */
@Command(
        name = "add",
        mixinStandardHelpOptions = true,
        description = "Add one contact.",
        footer = "%nGive --ssn or --pin without a value to be asked for it without echo, so it stays out of the "
                + "shell history." + ExitCodes.HELP_FOOTER)
final class ContactsAddCommand implements Callable<Integer> {
    @ParentCommand
    private ContactsCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(names = "--first-name", paramLabel = "NAME", description = "First name.")
    private String firstName = "";

    @Option(names = "--last-name", paramLabel = "NAME", description = "Last name.")
    private String lastName = "";

    @Option(names = "--email", paramLabel = "ADDRESS", description = "Email address (the client signs in with it).")
    private String email = "";

    @Option(names = "--mobile", paramLabel = "NUMBER", description = "Mobile phone number.")
    private String mobile = "";

    @Option(
            names = "--ssn",
            paramLabel = "SSN",
            arity = "0..1",
            interactive = true,
            description = {
                "All nine digits or the last four. Give --ssn alone to be asked for it without echo: "
                        + "a value typed after it is seen by every account on the computer in the process list while "
                        + "the command runs."
            })
    private String ssn = "";

    @Option(
            names = "--pin",
            paramLabel = "PIN",
            arity = "0..1",
            interactive = true,
            description = {
                "A temporary 4-digit PIN for a client with no SSN on file. Give --pin alone to be asked "
                        + "for it without echo (a value typed after it is seen by every account in the process list)."
            })
    private String pin = "";

    @Option(names = "--channel", paramLabel = "sms|email", description = "Preferred code channel.")
    private String channel = "";

    @Option(
            names = "--portal-access",
            negatable = true,
            defaultValue = "true",
            fallbackValue = "true",
            description = "Allow portal sign-in (default: on).")
    private boolean portalAccess;

    @Option(names = "--notes", paramLabel = "TEXT", description = "Notes for staff.")
    private String notes = "";

    @Option(names = "--language", paramLabel = "en|es", description = "Language of the client's codes (default: en).")
    private String language = "";

    @Option(names = "--json", description = "Print the new contact as JSON.")
    private boolean json;

    @Override
    public Integer call() {
        ContactInput input =
                new ContactInput(firstName, lastName, email, mobile, ssn, pin, channel, portalAccess, notes, language);
        try (CliServices services = parent.open()) {
            ContactRecord added = services.contacts().add(input, services.actor());
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(Json.contact(added)));
            } else {
                out.println("Added " + added.displayName() + " (" + added.id() + "). "
                        + added.readiness().summary());
            }
            return ExitCodes.OK;
        }
    }
}
