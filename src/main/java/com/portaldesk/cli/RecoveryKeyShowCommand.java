package com.portaldesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** recovery-key show: prints the recovery key of the key file in use, audited. */
@Command(
        name = "show",
        mixinStandardHelpOptions = true,
        description = {
            "Print the firm's recovery key (13 groups of 5 characters), which rebuilds a lost or damaged "
                    + "key file: keep it on paper, locked away, apart from the backups.",
            "Anyone with it and a backup or a copy of the database can read every SSN. Every showing is audited."
        },
        footer = ExitCodes.HELP_FOOTER)
final class RecoveryKeyShowCommand implements Callable<Integer> {
    @ParentCommand
    private RecoveryKeyCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--sheet",
            paramLabel = "FILE.pdf",
            description = "Also write the printable recovery sheet (firm, date, the key, what to do with it).")
    private Path sheet;

    @Override
    public Integer call() {
        // Opened first: the key file must be the one this database was made with before it is shown as its key.
        try (CliServices services = parent.root.open()) {
            List<String> groups = services.recoveryKeys().show(services.actor(), "on the command line");
            PrintWriter out = spec.commandLine().getOut();
            if (sheet != null) {
                services.recoveryKeys().saveSheet(sheet, services.actor());
                out.println("Recovery sheet written: " + sheet.toAbsolutePath() + " (print it, then delete the file).");
            }
            out.println("Recovery key of " + services.policies().firmName() + ":");
            out.println();
            for (int row = 0; row < groups.size(); row += 5) {
                out.println("    " + String.join("-", groups.subList(row, Math.min(row + 5, groups.size()))));
            }
            out.println();
            out.println("Typing it back: dashes, spaces and small letters are fine; a mistyped group is named.");
            return ExitCodes.OK;
        }
    }
}
