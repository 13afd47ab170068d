package com.portaldesk.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The days a report covers, both included, as the office's calendar counts them: from midnight of the first day to
 * midnight after the last.
 */
public record ReportPeriod(LocalDate from, LocalDate to, ZoneId zone) {
    /** Long enough for the yearly report to the board with a margin; longer is almost surely a typing slip. */
    static final int MOST_DAYS = 731;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    public ReportPeriod {
        if (from == null || to == null) {
            throw new IllegalArgumentException("Give both the first and the last day of the report.");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The last day (" + to + ") is before the first (" + from + ").");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MOST_DAYS) {
            throw new IllegalArgumentException("A report covers at most " + MOST_DAYS + " days (two years); " + from
                    + " to " + to + " is longer.");
        }
    }

    public Instant start() {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first moment after the period. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** "March 1, 2026 to March 31, 2026". */
    public String inWords() {
        return DAY.format(from) + " to " + DAY.format(to);
    }
}
