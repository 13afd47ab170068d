package com.portaldesk.cli;

import com.portaldesk.contacts.ContactPage;
import com.portaldesk.contacts.ContactQuery;
import com.portaldesk.contacts.ContactRecord;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** contacts list [--search TEXT] [--json] */
@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description = "List contacts, optionally matching a search.",
        footer = ExitCodes.HELP_FOOTER)
final class ContactsListCommand implements Callable<Integer> {
    @ParentCommand
    private ContactsCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--search",
            paramLabel = "TEXT",
            description = "Words to find in name, email or phone; four digits also match the SSN last four.")
    private String search = "";

    @Option(names = "--scope", paramLabel = "SCOPE", description = "ACTIVE (default), ARCHIVED or ALL.")
    private ContactQuery.Scope scope = ContactQuery.Scope.ACTIVE;

    @Option(names = "--limit", paramLabel = "N", description = "At most N contacts (default ${DEFAULT-VALUE}).")
    private int limit = ContactQuery.DEFAULT_LIMIT;

    @Option(names = "--json", description = "Print JSON for scripts.")
    private boolean json;

    @Override
    public Integer call() {
        if (limit < 1 || limit > 100_000) {
            throw new IllegalArgumentException("--limit is a number from 1 to 100000.");
        }
        if (search.length() > ContactQuery.MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("--search is at most " + ContactQuery.MAX_TEXT_LENGTH + " characters.");
        }
        try (CliServices services = parent.open()) {
            ContactPage page = services.contacts().search(new ContactQuery(search, scope, limit));
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("total", page.totalMatches());
                result.put("contacts", page.rows().stream().map(Json::contact).toList());
                out.println(Json.write(result));
            } else {
                printTable(out, page);
            }
            return ExitCodes.OK;
        }
    }

    private static void printTable(PrintWriter out, ContactPage page) {
        out.printf("%-28s %-34s %-16s %-12s %s%n", "NAME", "EMAIL", "MOBILE", "SSN", "PORTAL");
        for (ContactRecord c : page.rows()) {
            out.printf(
                    "%-28s %-34s %-16s %-12s %s%n",
                    clip(c.displayName(), 28),
                    clip(c.email(), 34),
                    c.mobileDisplay(),
                    c.maskedSecret(),
                    c.readiness().ready() ? "ready" : "not ready");
        }
        out.printf("%d of %d contacts%n", page.rows().size(), page.totalMatches());
    }

    private static String clip(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
