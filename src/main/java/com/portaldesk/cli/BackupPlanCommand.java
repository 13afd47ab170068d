package com.portaldesk.cli;

import com.portaldesk.backup.BackupPlan;
import com.portaldesk.backup.BackupSchedule;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** backup plan [--on|--off] [--folder DIR] [--at HH:MM] [--keep N] [--warn-after-hours H]. */
@Command(
        name = "plan",
        mixinStandardHelpOptions = true,
        description = {
            "Show or change the firm's automatic backups: any running staff app takes them daily at the "
                    + "time given (one workstation at a time on a shared database), checks each, and keeps the newest N.",
            "With no option, shows the plan and how the backups stand."
        },
        footer = ExitCodes.HELP_FOOTER)
final class BackupPlanCommand implements Callable<Integer> {
    @ParentCommand
    private BackupCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(names = "--on", description = "Turn automatic backups on.")
    private boolean on;

    @Option(names = "--off", description = "Turn automatic backups off.")
    private boolean off;

    @Option(
            names = "--folder",
            paramLabel = "DIR",
            description = "The folder they go into (a network share, a backup drive).")
    private String folder;

    @Option(names = "--at", paramLabel = "HH:MM", description = "The time of day, this office's time.")
    private String at;

    @Option(names = "--keep", paramLabel = "N", description = "How many to keep (1-365).")
    private String keep;

    @Option(
            names = "--warn-after-hours",
            paramLabel = "H",
            description = "Warn when the newest good backup is older (24-744).")
    private String warnAfter;

    @Override
    public Integer call() {
        if (on && off) {
            throw new IllegalArgumentException("Give --on or --off, not both.");
        }
        try (CliServices services = parent.root.open()) {
            BackupSchedule schedule = services.backupSchedule();
            BackupPlan current = schedule.plan();
            if (on || off || folder != null || at != null || keep != null || warnAfter != null) {
                schedule.save(
                        BackupPlan.parse(
                                on || (!off && current.enabled()),
                                folder != null ? folder : current.folder(),
                                at != null ? at : current.dailyAt().toString(),
                                keep != null ? keep : String.valueOf(current.keepCount()),
                                warnAfter != null ? warnAfter : String.valueOf(current.maxAgeHours())),
                        services.actor());
            }
            BackupPlan plan = schedule.plan();
            PrintWriter out = spec.commandLine().getOut();
            out.println(
                    plan.enabled()
                            ? "Automatic backups: daily at " + plan.dailyAt() + " into " + plan.folder()
                                    + ", keeping the newest " + plan.keepCount()
                            : "Automatic backups: off");
            out.println("Warn when the newest good backup is older than " + plan.maxAgeHours() + " hours.");
            out.println(schedule.health()
                    .warning()
                    .map(warning -> "WARNING: " + warning)
                    .orElse("Backups are up to date."));
            return ExitCodes.OK;
        }
    }
}
