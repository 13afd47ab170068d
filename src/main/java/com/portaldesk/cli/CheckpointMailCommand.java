package com.portaldesk.cli;

import com.portaldesk.audit.Actor;
import com.portaldesk.delivery.DeliveryResult;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** settings checkpoint-mail [--to ADDRESS | --off] [--send-now] */
@Command(
        name = "checkpoint-mail",
        mixinStandardHelpOptions = true,
        description = {
            "Show, set or turn off the address the audit checkpoint is emailed to each day (by whichever "
                    + "staff app is running, once a day for the whole firm), so proof of how far the audit log had come "
                    + "is kept outside this computer.",
            "--send-now sends one at once: a test of the address."
        },
        footer = ExitCodes.HELP_FOOTER)
final class CheckpointMailCommand implements Callable<Integer> {
    @ParentCommand
    private SettingsCommand parent;

    @Spec
    private CommandSpec spec;

    @ArgGroup(exclusive = true)
    private Change change;

    static final class Change {
        @Option(names = "--to", paramLabel = "ADDRESS", description = "The admin address, e.g. partners@firm.com.")
        String address;

        @Option(names = "--off", description = "Stop the daily mail.")
        boolean off;
    }

    @Option(names = "--send-now", description = "Send a checkpoint to the address now.")
    private boolean sendNow;

    @Mixin
    private TerminalOption terminal;

    @Override
    public Integer call() {
        try (CliServices services = parent.root().open()) {
            Actor actor = new Actor(services.actor().name(), terminal.resolve(services));
            if (change != null) {
                services.checkpointMail().setAddress(change.off ? "" : change.address, actor);
            }
            PrintWriter out = spec.commandLine().getOut();
            Optional<String> address = services.checkpointMail().address();
            out.println(address.map(a -> "The audit checkpoint is emailed each day to " + a + ".")
                    .orElse("The daily audit checkpoint email is off."));
            if (!sendNow) {
                return ExitCodes.OK;
            }
            DeliveryResult result = services.checkpointMail().sendNow(actor);
            if (result.sent()) {
                out.println("Sent: " + result.summary());
                return ExitCodes.OK;
            }
            out.println("Not sent: " + result.failureCode() + ": " + result.failureMessage());
            return ExitCodes.FAILURE;
        }
    }
}
