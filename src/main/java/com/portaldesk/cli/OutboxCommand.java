package com.portaldesk.cli;

import com.portaldesk.delivery.OutboxEntry;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** outbox list: the demonstration mailbox. */
@Command(
        name = "outbox",
        mixinStandardHelpOptions = true,
        description = "The demonstration outbox: codes kept instead of delivered.",
        subcommands = {OutboxCommand.ListMessages.class},
        footer = ExitCodes.HELP_FOOTER)
public final class OutboxCommand {
    @ParentCommand
    private PortalDeskCommand root;

    /** outbox list */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "Show the newest kept messages.")
    static final class ListMessages implements Callable<Integer> {
        @ParentCommand
        private OutboxCommand parent;

        @Spec
        private CommandSpec spec;

        @Option(names = "--limit", paramLabel = "N", description = "At most N messages (default ${DEFAULT-VALUE}).")
        private int limit = 20;

        @Mixin
        private JsonOption json;

        @Override
        public Integer call() {
            if (limit < 1 || limit > 1000) {
                throw new IllegalArgumentException("--limit is a number from 1 to 1000.");
            }
            try (CliServices services = parent.root.open()) {
                List<OutboxEntry> messages = services.outbox().list(limit);
                PrintWriter out = spec.commandLine().getOut();
                if (json.enabled) {
                    out.println(
                            Json.write(messages.stream().map(ListMessages::json).toList()));
                    return ExitCodes.OK;
                }
                out.println("DEMONSTRATION: NOT DELIVERED. These messages were kept in the outbox, not sent.");
                for (OutboxEntry message : messages) {
                    out.println();
                    out.println(message.createdAt() + "  " + message.channel() + " to " + message.destinationMasked());
                    if (!message.subject().isEmpty()) {
                        out.println("Subject: " + message.subject());
                    }
                    out.println(message.body().strip());
                }
                return ExitCodes.OK;
            }
        }

        private static Map<String, Object> json(OutboxEntry message) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("createdAt", message.createdAt().toString());
            json.put("channel", message.channel().name());
            json.put("to", message.destinationMasked());
            json.put("subject", message.subject());
            json.put("body", message.body());
            return json;
        }
    }
}
