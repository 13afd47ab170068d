package com.portaldesk.store;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The time as the database keeps it: to the microsecond (PostgreSQL's timestamp precision; H2 keeps more). An
 * instant stored and read back then equals the one in memory, so comparisons and the audit chain's hashes, which
 * cover times, agree on both engines.
 */
public final class StoredTime {
    private StoredTime() {}

    public static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * Exactly {@link Instant#toString()}, written out directly: the audit chain formats every event's time when it
     * checks the log, a million of them for a large firm, and the general formatter was a sixth of that work.
     * Years outside 1000-9999 (never stored, but possible) go to the general formatter.
     */
    public static String iso(Instant instant) {
        LocalDateTime time = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
        if (time.getYear() < 1000 || time.getYear() > 9999) {
            return instant.toString();
        }
        StringBuilder text = new StringBuilder(30).append(time.getYear());
        two(text.append('-'), time.getMonthValue());
        two(text.append('-'), time.getDayOfMonth());
        two(text.append('T'), time.getHour());
        two(text.append(':'), time.getMinute());
        two(text.append(':'), time.getSecond());
        int nanos = instant.getNano();
        if (nanos > 0) {
            // As ISO_INSTANT: the fraction in groups of three digits, as many as it needs.
            int digits = nanos % 1_000_000 == 0 ? 3 : nanos % 1000 == 0 ? 6 : 9;
            String fraction = Integer.toString(nanos + 1_000_000_000).substring(1, 1 + digits);
            text.append('.').append(fraction);
        }
        return text.append('Z').toString();
    }

    private static void two(StringBuilder text, int value) {
        text.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }
}
