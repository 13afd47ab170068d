package com.portaldesk.cli;

import com.portaldesk.contacts.ColumnMapping;
import com.portaldesk.contacts.CsvFile;
import com.portaldesk.contacts.ImportMode;
import com.portaldesk.contacts.ImportProgress;
import com.portaldesk.contacts.ImportResult;
import com.portaldesk.contacts.ImportRow;
import com.portaldesk.contacts.RejectedRowsReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** contacts import FILE: the wizard's rules without the wizard; columns are matched by their headers. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = "Import contacts from a CSV file (UTF-8). Headers are matched by name: first_name, last_name, "
                + "email, mobile, ssn, ssn_last4, pin, preferred_channel, portal_access, notes.",
        footer = ExitCodes.HELP_FOOTER)
final class ContactsImportCommand implements Callable<Integer> {
    @ParentCommand
    private ContactsCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The CSV file.")
    private Path file;

    @Option(
            names = "--mode",
            paramLabel = "MODE",
            description = "ALL_OR_NOTHING (default): import only if every row is valid. VALID_ROWS: import the valid "
                    + "rows and report the others.")
    private ImportMode mode = ImportMode.ALL_OR_NOTHING;

    @Option(names = "--report", paramLabel = "FILE", description = "Write the refused rows, with reasons, to this CSV.")
    private Path report;

    @Option(names = "--json", description = "Print the result as JSON.")
    private boolean json;

    @Override
    public Integer call() {
        CsvFile csv = CsvFile.read(file);
        try (CliServices services = parent.open()) {
            List<ImportRow> judged = services.contactImport().judge(csv, ColumnMapping.guess(csv.headers()));
            List<ImportRow> refused =
                    judged.stream().filter(row -> !row.valid()).toList();
            if (report != null) {
                RejectedRowsReport.write(refused, report);
            }
            PrintWriter out = spec.commandLine().getOut();
            if (mode == ImportMode.ALL_OR_NOTHING && !refused.isEmpty()) {
                print(out, 0, refused);
                spec.commandLine()
                        .getErr()
                        .println(refused.size() + " of " + judged.size()
                                + " rows have problems, so nothing was imported. Fix them, or use --mode VALID_ROWS.");
                return ExitCodes.INVALID_INPUT;
            }
            ImportResult result = services.contactImport()
                    .run(judged, mode, ImportProgress.NONE, "file " + file.getFileName(), services.actor());
            print(out, result.imported(), result.rejected());
            return ExitCodes.OK;
        }
    }

    private void print(PrintWriter out, int imported, List<ImportRow> refused) {
        if (json) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("imported", imported);
            result.put(
                    "refused",
                    refused.stream()
                            .map(row -> Map.of("line", row.line(), "reason", row.reason()))
                            .toList());
            out.println(Json.write(result));
            return;
        }
        for (ImportRow row : refused) {
            out.println("Line " + row.line() + ": " + row.reason());
        }
        out.println("Imported " + imported + " contacts; refused " + refused.size() + " rows."
                + (report != null && !refused.isEmpty() ? " Report: " + report : ""));
    }
}
