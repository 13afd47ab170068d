package com.portaldesk.cli;

import com.portaldesk.backup.VerifyReport;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** backup verify FILE. */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = {
            "Check a backup completely: restore it into a temporary folder, count every table against its "
                    + "manifest, verify the audit log (and that it reaches the backup's checkpoint) and open every SSN.",
            "Exit 3 when the backup would not restore whole."
        },
        footer = ExitCodes.HELP_FOOTER)
final class BackupVerifyCommand implements Callable<Integer> {
    @ParentCommand
    private BackupCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The backup file (.pdbackup).")
    private Path file;

    @Override
    public Integer call() {
        try (CliServices services = parent.root.open()) {
            VerifyReport report = services.backups().verify(file, services.actor());
            BackupReports.print(spec.commandLine().getOut(), file, report);
            return report.passed() ? ExitCodes.OK : ExitCodes.REFUSED;
        }
    }
}
