package com.portaldesk.cli;

import com.portaldesk.contacts.Email;
import com.portaldesk.contacts.PhoneNumber;
import com.portaldesk.delivery.DeliveryResult;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** delivery status | test-sms | test-email: check the live delivery settings. */
@Command(
        name = "delivery",
        mixinStandardHelpOptions = true,
        description = "Check how codes are delivered.",
        subcommands = {DeliveryCommand.Status.class, DeliveryCommand.TestSms.class, DeliveryCommand.TestEmail.class},
        footer = "%nExit codes: 0 sent, 1 failure, 2 invalid input, 3 the provider refused or could not be reached.")
public final class DeliveryCommand {
    @ParentCommand
    private PortalDeskCommand root;

    static int report(CommandSpec spec, boolean json, String mode, DeliveryResult result) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> shown = new LinkedHashMap<>();
            shown.put("mode", mode);
            shown.put("sent", result.sent());
            shown.put("summary", result.summary());
            shown.put("reference", result.providerReference());
            shown.put("failureCode", result.failureCode());
            shown.put("failure", result.failureMessage());
            out.println(Json.write(shown));
        } else if (result.sent()) {
            out.println(result.summary() + ".");
        } else {
            out.println("Not sent: " + result.failureMessage() + " [" + result.failureCode() + "]");
            out.println("Sent with: " + mode);
        }
        return result.sent() ? ExitCodes.OK : ExitCodes.REFUSED;
    }

    /** delivery status */
    @Command(
            name = "status",
            mixinStandardHelpOptions = true,
            description = "Show which delivery mode is live, and how long its mail credentials last.")
    static final class Status implements Callable<Integer> {
        @ParentCommand
        private DeliveryCommand parent;

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            try (CliServices services = parent.root.open()) {
                spec.commandLine()
                        .getOut()
                        .println("Texts: " + services.senders().sms().describe());
                spec.commandLine()
                        .getOut()
                        .println("Email: " + services.senders().email().describe());
                spec.commandLine().getOut().println(services.deliverySource());
                services.deliveryCredentials().forEach(spec.commandLine().getOut()::println);
                return ExitCodes.OK;
            }
        }
    }

    /** delivery test-sms */
    @Command(
            name = "test-sms",
            mixinStandardHelpOptions = true,
            description = "Send a test text with the live settings.")
    static final class TestSms implements Callable<Integer> {
        @ParentCommand
        private DeliveryCommand parent;

        @Spec
        private CommandSpec spec;

        @Option(names = "--to", required = true, paramLabel = "NUMBER", description = "A mobile number.")
        private String to;

        @Mixin
        private JsonOption json;

        @Mixin
        private TerminalOption terminal;

        @Override
        public Integer call() {
            try (CliServices services = parent.root.open()) {
                PhoneNumber number = PhoneNumber.parse(to, services.config().phoneDefaultRegion());
                return report(
                        spec,
                        json.enabled,
                        services.senders().sms().describe(),
                        services.verification()
                                .testMessages()
                                .sms(number, services.actor().name(), terminal.resolve(services)));
            }
        }
    }

    /** delivery test-email */
    @Command(
            name = "test-email",
            mixinStandardHelpOptions = true,
            description = "Send a test email with the live settings.")
    static final class TestEmail implements Callable<Integer> {
        @ParentCommand
        private DeliveryCommand parent;

        @Spec
        private CommandSpec spec;

        @Option(names = "--to", required = true, paramLabel = "ADDRESS", description = "An email address.")
        private String to;

        @Mixin
        private JsonOption json;

        @Mixin
        private TerminalOption terminal;

        @Override
        public Integer call() {
            Email address = new Email(to);
            try (CliServices services = parent.root.open()) {
                return report(
                        spec,
                        json.enabled,
                        services.senders().email().describe(),
                        services.verification()
                                .testMessages()
                                .email(address, services.actor().name(), terminal.resolve(services)));
            }
        }
    }
}
