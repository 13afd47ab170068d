package com.portaldesk.cli;

import com.portaldesk.backup.BackupRecord;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** backup list [--limit N]: the backups taken, newest first, with how each check went. */
@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description = "List the backups taken, by hand or on schedule, newest first, with how each one's check went.",
        footer = ExitCodes.HELP_FOOTER)
final class BackupListCommand implements Callable<Integer> {
    private static final DateTimeFormatter LOCAL =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    @ParentCommand
    private BackupCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(names = "--limit", paramLabel = "N", description = "At most this many (default 20).")
    private int limit = 20;

    @Override
    public Integer call() {
        try (CliServices services = parent.root.open()) {
            List<BackupRecord> records = services.backups().history().list(Math.max(1, Math.min(limit, 1000)));
            PrintWriter out = spec.commandLine().getOut();
            services.backupSchedule().health().warning().ifPresent(warning -> out.println("WARNING: " + warning));
            if (records.isEmpty()) {
                out.println("No backup has been taken yet.");
                return ExitCodes.OK;
            }
            String format = "%-16s %-9s %-10s %-44s %10s  %s%n";
            out.printf(format, "TAKEN", "STATUS", "HOW", "FILE", "CONTACTS", "DETAIL");
            for (BackupRecord record : records) {
                out.printf(
                        format,
                        LOCAL.format(record.createdAt()),
                        record.status(),
                        record.scheduled() ? "scheduled" : "by hand",
                        record.fileName().isEmpty() ? "(none)" : record.fileName(),
                        String.format("%,d", record.contacts()),
                        record.detail());
            }
            return ExitCodes.OK;
        }
    }
}
