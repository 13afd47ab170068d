package com.portaldesk.report;

import java.util.List;
import java.util.Optional;

/** The top of a report's first page and the words of every page's footer. */
public record ReportCover(
        String title, String firmName, Optional<byte[]> logoPng, String period, List<String> lines, String footer) {
    public ReportCover {
        lines = List.copyOf(lines);
    }
}
