package com.portaldesk.cli;

import com.portaldesk.audit.AuditEntry;
import com.portaldesk.audit.ChainVerification;
import com.portaldesk.report.ReportPeriod;
import com.portaldesk.report.SafeguardsReports;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** report safeguards | check */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = "Reports for the firm and its examiners.",
        subcommands = {ReportCommand.Safeguards.class, ReportCommand.Check.class},
        footer = ExitCodes.HELP_FOOTER)
final class ReportCommand {
    @ParentCommand
    PortalDeskCommand root;

    /** report safeguards --from DATE --to DATE --out FILE.pdf */
    @Command(
            name = "safeguards",
            mixinStandardHelpOptions = true,
            description = {
                "Write the Safeguards evidence report (FTC Safeguards Rule, 16 CFR 314.4) for a period as a "
                        + "PDF: access policy and its changes, multi-factor authentication, encryption with a live check, "
                        + "the audit log verified, delivery of codes, backups, and the exceptions to look at.",
                "Its SHA-256 digest is written to the audit log with who made it."
            },
            footer = ExitCodes.HELP_FOOTER)
    static final class Safeguards implements Callable<Integer> {
        @ParentCommand
        private ReportCommand parent;

        @Spec
        private CommandSpec spec;

        @Option(names = "--from", required = true, paramLabel = "DATE", description = "First day, e.g. 2026-01-01.")
        private LocalDate from;

        @Option(names = "--to", required = true, paramLabel = "DATE", description = "Last day, included.")
        private LocalDate to;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The PDF to write.")
        private Path out;

        @Mixin
        private JsonOption json;

        @Override
        public Integer call() {
            Path folder = out.toAbsolutePath().getParent();
            if (folder == null || !Files.isDirectory(folder)) {
                throw new IllegalArgumentException("The folder for " + out + " does not exist.");
            }
            try (CliServices services = parent.root.open()) {
                ReportPeriod period = new ReportPeriod(from, to, services.office());
                SafeguardsReports.Report report = services.safeguardsReports().create(period, services.actor());
                SafeguardsReports.save(report, out);
                print(report);
                return ExitCodes.OK;
            }
        }

        private void print(SafeguardsReports.Report report) {
            PrintWriter shown = spec.commandLine().getOut();
            if (json.enabled) {
                Map<String, Object> fields = new LinkedHashMap<>();
                fields.put("file", out.toAbsolutePath().toString());
                fields.put("sha256", report.sha256());
                fields.put(
                        "checkpoint", report.checkpoint().map(cp -> cp.code()).orElse(null));
                fields.put("exceptions", report.exceptions());
                shown.println(Json.write(fields));
                return;
            }
            shown.println("Wrote " + out.toAbsolutePath() + " (" + report.pdf().length / 1024 + " KB).");
            shown.println("SHA-256 " + report.sha256() + " (recorded in the audit log).");
            report.checkpoint().ifPresent(cp -> shown.println("Audit checkpoint on the report: " + cp.code()));
            shown.println(
                    report.exceptions() == 0
                            ? "No exceptions: nothing needs the firm's attention."
                            : report.exceptions()
                                    + " exception(s) the firm must look at: see the report's last section.");
        }
    }

    /** report check FILE */
    @Command(
            name = "check",
            mixinStandardHelpOptions = true,
            description = "Check that a report file is exactly as PortalDesk made it: the audit log verifies, and "
                    + "the report's digest is in it.",
            footer = "%nExit codes: 0 the report is as made, 1 failure, 2 invalid input, 3 not a report this "
                    + "firm's log recorded (changed, or made elsewhere), or the log is broken.")
    static final class Check implements Callable<Integer> {
        @ParentCommand
        private ReportCommand parent;

        @Spec
        private CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "The report (PDF) to check.")
        private Path file;

        @Override
        public Integer call() {
            byte[] pdf;
            try {
                pdf = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new IllegalArgumentException("Cannot read " + file + ": " + e.getMessage());
            }
            try (CliServices services = parent.root.open()) {
                PrintWriter out = spec.commandLine().getOut();
                // The digest is only as good as the log that holds it: a row could have been written into a log
                // that no longer verifies. The whole chain (and every checkpoint kept here) first.
                ChainVerification chain =
                        services.audit().verifyChain((done, total) -> {}, services.checkpoints(), List.of());
                if (!chain.intact()) {
                    out.println("Cannot vouch for " + file + ": the audit log that would record it is broken at event "
                            + chain.firstBrokenSeq() + " (" + chain.problem() + ")");
                    return ExitCodes.REFUSED;
                }
                Optional<AuditEntry> made = services.safeguardsReports().madeBy(pdf);
                if (made.isEmpty()) {
                    out.println(file + " does not match any report in the audit log: it was changed after it was "
                            + "made, or made from another firm's PortalDesk.");
                    return ExitCodes.REFUSED;
                }
                AuditEntry event = made.get();
                out.println(file + " is exactly the report made " + event.occurredAt() + " by " + event.actor() + " on "
                        + event.terminalId() + " (audit event " + event.seq() + ": " + event.detail() + ").");
                return ExitCodes.OK;
            }
        }
    }
}
