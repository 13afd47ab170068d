package com.portaldesk.report;

import com.portaldesk.report.ReportBlock.Finding;
import com.portaldesk.report.ReportBlock.Paragraph;
import java.util.ArrayList;
import java.util.List;

/** The Safeguards report's sections, written from its facts for a partner who is not technical. */
public final class SafeguardsContent {
    private SafeguardsContent() {}

    /** {@code exceptions} as {@link SafeguardsExceptions#in} found them in these facts. */
    public static List<ReportSection> sections(SafeguardsFacts facts, List<String> exceptions) {
        return List.of(
                summary(facts, exceptions),
                AccessSections.access(facts),
                AccessSections.multiFactor(facts),
                ProtectionSections.encryption(facts),
                MonitoringSections.monitoring(facts),
                MonitoringSections.delivery(facts),
                ProtectionSections.backups(facts),
                exceptions(exceptions));
    }

    private static ReportSection summary(SafeguardsFacts facts, List<String> exceptions) {
        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(new Paragraph("This report sets out, for " + facts.period().inWords() + ", how the firm protects "
                + "client sign-in to its portal: who may sign in and how, multi-factor authentication, encryption, "
                + "the audit log, the delivery of sign-in codes and backups. Each section names the paragraph of "
                + "the FTC Safeguards Rule (16 CFR 314.4) it gives evidence for; together they support the written "
                + "report to the board that 314.4(i) asks for at least once a year, and the IRS's security plan "
                + "(Publications 4557 and 5708)."));
        blocks.add(new Paragraph("Every figure is counted from PortalDesk's audit log and settings when the report "
                + "was made; the log's integrity was checked at the same time. The report's SHA-256 digest is "
                + "written to the audit log, so a copy can later be checked with 'portaldesk report check FILE'."));
        blocks.add(
                exceptions.isEmpty()
                        ? new Finding("Nothing in the period needs the firm's attention.", false)
                        : new Finding(
                                exceptions.size() == 1
                                        ? "1 matter needs the firm's attention; it is listed in the last " + "section."
                                        : exceptions.size()
                                                + " matters need the firm's attention; they are listed in the last "
                                                + "section.",
                                true));
        return new ReportSection("Summary", "16 CFR 314.4(i) report to the board", blocks);
    }

    private static ReportSection exceptions(List<String> exceptions) {
        List<ReportBlock> blocks = new ArrayList<>();
        if (exceptions.isEmpty()) {
            blocks.add(new Finding(
                    "None: every admin and staff member has a second factor, every account was used "
                            + "in the last 90 days, no client was locked out twice, and the checks above passed.",
                    false));
        }
        exceptions.forEach(text -> blocks.add(new Finding(text, true)));
        return new ReportSection("Exceptions the firm must look at", "16 CFR 314.4(i)(2) material matters", blocks);
    }
}
