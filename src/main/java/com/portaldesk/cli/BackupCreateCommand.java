package com.portaldesk.cli;

import com.portaldesk.backup.Backups;
import com.portaldesk.backup.VerifyReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** backup create [--to DIR]. */
@Command(
        name = "create",
        mixinStandardHelpOptions = true,
        description = {
            "Write one backup file of the whole database, consistent while PortalDesk keeps working.",
            "Encrypted and sealed with a key made from the firm's data key: the file alone reveals nothing, and a "
                    + "changed byte is detected. Keep copies away from this computer."
        },
        footer = ExitCodes.HELP_FOOTER)
final class BackupCreateCommand implements Callable<Integer> {
    @ParentCommand
    private BackupCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--to",
            paramLabel = "DIR",
            description = "Folder to write it into (default: backups in the data folder).")
    private Path folder;

    @Option(
            names = "--no-verify",
            description =
                    "Do not check it afterwards (it is then not counted as a good backup " + "until 'backup verify').")
    private boolean noVerify;

    @Override
    public Integer call() {
        try (CliServices services = parent.root.open()) {
            Backups backups = services.backups();
            Backups.Created created =
                    backups.create(folder != null ? folder : backups.defaultFolder(), services.actor());
            PrintWriter out = spec.commandLine().getOut();
            out.println("Backup written: " + created.file());
            out.printf(
                    "%,d contacts, %,d audit events, %,d bytes, checkpoint %s%n",
                    created.manifest().rows("contact"),
                    created.manifest().auditEvents(),
                    created.bytes(),
                    created.manifest().checkpoint());
            if (folder == null) {
                out.println("It is in the data folder: copy it to another computer or a backup drive as well.");
            }
            if (noVerify) {
                return ExitCodes.OK;
            }
            VerifyReport report = backups.verify(created.file(), services.actor());
            out.println(
                    report.passed()
                            ? "Checked: it restores whole (" + report.summary() + ")."
                            : "Its check FAILED: " + report.summary());
            return report.passed() ? ExitCodes.OK : ExitCodes.REFUSED;
        }
    }
}
