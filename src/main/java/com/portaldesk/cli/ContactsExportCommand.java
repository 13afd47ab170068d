package com.portaldesk.cli;

import com.portaldesk.contacts.ContactQuery;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** contacts export FILE: CSV without any SSN digits, formula-safe. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Export contacts to CSV (UTF-8). No SSN digits are ever written.",
        footer = ExitCodes.HELP_FOOTER)
final class ContactsExportCommand implements Callable<Integer> {
    @ParentCommand
    private ContactsCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The CSV file to write (replaced if it exists).")
    private Path file;

    @Option(names = "--search", paramLabel = "TEXT", description = "Export only contacts matching this search.")
    private String search = "";

    @Option(names = "--scope", paramLabel = "SCOPE", description = "ACTIVE (default), ARCHIVED or ALL.")
    private ContactQuery.Scope scope = ContactQuery.Scope.ACTIVE;

    @Option(names = "--json", description = "Print the result as JSON.")
    private boolean json;

    @Override
    public Integer call() {
        try (CliServices services = parent.open()) {
            int written = services.csvExport()
                    .export(new ContactQuery(search, scope, Integer.MAX_VALUE), file, services.actor());
            spec.commandLine()
                    .getOut()
                    .println(
                            json
                                    ? Json.write(Map.of("exported", written, "file", file.toString()))
                                    : "Exported " + written + " contacts to " + file);
            return ExitCodes.OK;
        }
    }
}
