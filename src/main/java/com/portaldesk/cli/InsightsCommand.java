package com.portaldesk.cli;

import com.portaldesk.insights.Insight;
import com.portaldesk.insights.InsightKind;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
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
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** insights [--days N] [--json]: sign-in failures turned into next steps a front desk can act on. */
@Command(
        name = "insights",
        mixinStandardHelpOptions = true,
        description = {
            "Sign-in failures turned into next steps for the front desk: numbers that opted out of texts, "
                    + "texts never delivered to one number, repeated SSN mismatches, clients locked more than once, and "
                    + "contacts who cannot sign in, by reason."
        },
        footer = ExitCodes.HELP_FOOTER)
final class InsightsCommand implements Callable<Integer> {
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("MMM d, yyyy").withZone(ZoneId.systemDefault());

    @ParentCommand
    private PortalDeskCommand root;

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--days",
            paramLabel = "N",
            defaultValue = "30",
            description = "How far back to look, in days (1 to 366; default: 30).")
    private int days;

    @Mixin
    private JsonOption json;

    @Override
    public Integer call() {
        if (days < 1 || days > 366) {
            throw new ParameterException(spec.commandLine(), "--days is 1 to 366, not " + days + ".");
        }
        Instant since = Instant.now().minus(Duration.ofDays(days));
        try (CliServices services = root.open()) {
            List<Insight> found = services.insights().since(since);
            PrintWriter out = spec.commandLine().getOut();
            if (json.enabled) {
                out.println(Json.write(found.stream().map(InsightsCommand::json).toList()));
            } else {
                print(out, found, since);
            }
            return ExitCodes.OK;
        }
    }

    private static void print(PrintWriter out, List<Insight> found, Instant since) {
        out.println("Sign-in insights since " + DAY.format(since) + ".");
        if (found.isEmpty()) {
            out.println("Nothing to act on: no repeated failures, and every active contact can sign in.");
            return;
        }
        InsightKind shown = null;
        for (Insight insight : found) {
            if (insight.kind() != shown) {
                shown = insight.kind();
                out.println();
                out.println(shown.title());
            }
            out.println("  " + insight.subject() + " (" + insight.count() + ")");
            out.println("    " + insight.nextStep());
        }
    }

    private static Map<String, Object> json(Insight insight) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("kind", insight.kind().name());
        row.put("subject", insight.subject());
        row.put("count", insight.count());
        row.put("nextStep", insight.nextStep());
        row.put(
                "contactId",
                insight.contactId() == null ? null : insight.contactId().toString());
        return row;
    }
}
