package com.portaldesk.report;

import java.util.List;

/** One section of a report: its title, the rule it answers (e.g. "16 CFR 314.4(c)(5)"), and its blocks. */
public record ReportSection(String title, String rule, List<ReportBlock> blocks) {
    public ReportSection {
        blocks = List.copyOf(blocks);
    }
}
