package com.portaldesk.cli;

import com.portaldesk.workstations.WorkstationRecord;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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

/** workstations [--all] [--json]: the staff apps and kiosks that use this database. */
@Command(
        name = "workstations",
        mixinStandardHelpOptions = true,
        description = "List the staff apps and kiosks that use this database, with version, account and last report.",
        footer = ExitCodes.HELP_FOOTER)
final class WorkstationsCommand implements Callable<Integer> {
    private static final DateTimeFormatter LOCAL =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    @ParentCommand
    private PortalDeskCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--all", description = "Also list programs that were closed normally.")
    private boolean all;

    @Mixin
    private JsonOption json;

    @Override
    public Integer call() {
        try (CliServices services = root.open()) {
            List<WorkstationRecord> found = services.workstations().list(all);
            PrintWriter out = spec.commandLine().getOut();
            if (json.enabled) {
                out.println(
                        Json.write(found.stream().map(WorkstationsCommand::json).toList()));
            } else {
                printTable(out, found);
            }
            return ExitCodes.OK;
        }
    }

    private void printTable(PrintWriter out, List<WorkstationRecord> found) {
        if (found.isEmpty()) {
            out.println(
                    all
                            ? "No staff app or kiosk has used this database yet."
                            : "No staff app or kiosk is using this database now (--all lists closed ones too).");
            return;
        }
        String format = "%-24s %-9s %-14s %-18s %-16s %-24s %s%n";
        out.printf(format, "TERMINAL", "PROGRAM", "STATUS", "VERSION", "ACCOUNT", "COMPUTER", "LAST SEEN");
        for (WorkstationRecord w : found) {
            out.printf(
                    format,
                    clip(w.terminalId(), 24),
                    w.kind().label(),
                    w.status().label(),
                    clip(w.version(), 18),
                    clip(w.osUser(), 16),
                    clip(w.hostName(), 24),
                    LOCAL.format(w.lastSeenAt()));
        }
    }

    private static Map<String, Object> json(WorkstationRecord w) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("terminalId", w.terminalId());
        row.put("program", w.kind().name());
        row.put("status", w.status().name());
        row.put("version", w.version());
        row.put("account", w.osUser());
        row.put("computer", w.hostName());
        row.put("startedAt", w.startedAt().toString());
        row.put("lastSeenAt", w.lastSeenAt().toString());
        row.put("closedAt", w.stoppedAt().map(Object::toString).orElse(null));
        return row;
    }

    private static String clip(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
