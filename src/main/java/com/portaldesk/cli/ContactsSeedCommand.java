package com.portaldesk.cli;

import com.portaldesk.contacts.FakeContacts;
import com.portaldesk.contacts.ImportMode;
import com.portaldesk.contacts.ImportResult;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** contacts seed N: made-up contacts for trying the program or measuring it. */
@Command(
        name = "seed",
        mixinStandardHelpOptions = true,
        description = "Add N made-up contacts (fictional 555-01xx numbers, example.com emails) for demonstrations "
                + "and load tests. Do not use on a firm's real database.",
        footer = ExitCodes.HELP_FOOTER)
final class ContactsSeedCommand implements Callable<Integer> {
    @ParentCommand
    private ContactsCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "N", description = "How many contacts, 1 to 1000000.")
    private int count;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed; the same seed gives the same contacts.")
    private long seed = System.nanoTime();

    @Override
    public Integer call() {
        if (count < 1 || count > 1_000_000) {
            throw new IllegalArgumentException("N is a number from 1 to 1000000.");
        }
        try (CliServices services = parent.open()) {
            var judged = services.contactImport().judgeInputs(FakeContacts.generate(count, seed));
            ImportResult result = services.contactImport()
                    .run(
                            judged,
                            ImportMode.VALID_ROWS,
                            new ConsoleProgress(spec.commandLine().getErr()),
                            "made-up contacts (contacts seed)",
                            services.actor());
            spec.commandLine()
                    .getOut()
                    .println("Added " + result.imported() + " made-up contacts"
                            + (result.rejected().isEmpty()
                                    ? "."
                                    : "; skipped " + result.rejected().size()
                                            + " that clash with contacts already on file."));
            return ExitCodes.OK;
        }
    }
}
