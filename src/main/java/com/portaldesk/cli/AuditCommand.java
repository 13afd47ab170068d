package com.portaldesk.cli;

import com.portaldesk.audit.AuditEntry;
import com.portaldesk.audit.AuditEventType;
import com.portaldesk.audit.AuditNames;
import com.portaldesk.audit.AuditQuery;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** audit list | verify | checkpoint | resume */
@Command(
        name = "audit",
        mixinStandardHelpOptions = true,
        description = "Read and check the audit log.",
        subcommands = {
            AuditCommand.ListEvents.class,
            AuditVerifyCommand.class,
            AuditCheckpointCommand.class,
            AuditResumeCommand.class
        },
        footer = ExitCodes.HELP_FOOTER)
public final class AuditCommand {
    @ParentCommand
    PortalDeskCommand root;

    /** audit list [filters] */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List audit events, newest first.")
    static final class ListEvents implements Callable<Integer> {
        @ParentCommand
        private AuditCommand parent;

        @Spec
        private CommandSpec spec;

        @Option(names = "--type", paramLabel = "TYPE", description = "Only this event type: ${COMPLETION-CANDIDATES}.")
        private AuditEventType type;

        @Option(names = "--contact", paramLabel = "ID", description = "Only events about this contact id.")
        private UUID contact;

        @Option(names = "--terminal", paramLabel = "ID", description = "Only events from this terminal.")
        private String terminal;

        @Option(names = "--since", paramLabel = "TIME", description = "From this UTC time, e.g. 2026-11-27T08:00:00Z.")
        private Instant since;

        @Option(names = "--until", paramLabel = "TIME", description = "Before this UTC time.")
        private Instant until;

        @Option(names = "--limit", paramLabel = "N", description = "At most N events (default ${DEFAULT-VALUE}).")
        private int limit = 50;

        @Mixin
        private JsonOption json;

        @Override
        public Integer call() {
            if (limit < 1 || limit > 100_000) {
                throw new IllegalArgumentException("--limit is a number from 1 to 100000.");
            }
            try (CliServices services = parent.root.open()) {
                List<AuditNames.Named> events = services.auditNames()
                        .name(services.audit().list(new AuditQuery(since, until, type, contact, terminal, limit)));
                PrintWriter out = spec.commandLine().getOut();
                if (json.enabled) {
                    out.println(Json.write(events.stream().map(ListEvents::json).toList()));
                    return ExitCodes.OK;
                }
                for (AuditNames.Named named : events) {
                    AuditEntry e = named.entry();
                    out.printf(
                            "%6d %s %-12s %-18s %-24s %s%s%s%n",
                            e.seq(),
                            e.occurredAt(),
                            e.terminalId(),
                            e.type(),
                            e.reason(),
                            named.who().isEmpty() ? "" : "by " + named.who() + " ",
                            named.contact().isEmpty() ? "" : "contact " + named.contact() + " ",
                            (e.channel() == null ? "" : e.channel() + " " + e.destinationMasked() + " ") + e.detail());
                }
                return ExitCodes.OK;
            }
        }

        private static Map<String, Object> json(AuditNames.Named named) {
            AuditEntry e = named.entry();
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("seq", e.seq());
            json.put("time", e.occurredAt().toString());
            json.put("terminal", e.terminalId());
            json.put("type", e.type().name());
            json.put("reason", e.reason().name());
            json.put("actor", e.actor().isEmpty() ? null : e.actor());
            json.put("who", named.who().isEmpty() ? null : named.who());
            json.put("contact", e.contactId() == null ? null : e.contactId().toString());
            json.put("contactName", named.contact().isEmpty() ? null : named.contact());
            json.put(
                    "challenge",
                    e.challengeId() == null ? null : e.challengeId().toString());
            json.put("channel", e.channel());
            json.put("destination", e.destinationMasked());
            json.put("detail", e.detail());
            return json;
        }
    }
}
