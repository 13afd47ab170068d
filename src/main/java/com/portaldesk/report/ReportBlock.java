package com.portaldesk.report;

import java.util.List;

/** One piece of a report section, laid out by {@link PdfReportWriter}: words, a table, a chart or a finding. */
public sealed interface ReportBlock {

    record Paragraph(String text) implements ReportBlock {}

    /** A table; {@code widths} are the columns' shares of the page width and add up to 1. */
    record Table(List<String> headers, List<List<String>> rows, List<Float> widths, String whenEmpty)
            implements ReportBlock {
        public Table {
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
            widths = List.copyOf(widths);
            int columns = headers.size();
            if (widths.size() != columns || rows.stream().anyMatch(row -> row.size() != columns)) {
                throw new IllegalArgumentException("Every row needs one cell per column");
            }
        }
    }

    /** Horizontal bars, one per label, scaled to the largest value; each bar carries its number. */
    record BarChart(String title, List<Bar> bars) implements ReportBlock {
        public BarChart {
            bars = List.copyOf(bars);
        }
    }

    record Bar(String label, long value) {}

    /** A sentence set apart: a finding that needs the firm's attention ({@code warning}) or one that is fine. */
    record Finding(String text, boolean warning) implements ReportBlock {}
}
