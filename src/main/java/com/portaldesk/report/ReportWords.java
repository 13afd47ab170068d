package com.portaldesk.report;

import com.portaldesk.audit.Actor;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Numbers, times and shares as the report writes them, the same way everywhere. */
final class ReportWords {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.US);

    private ReportWords() {}

    /** 1234 → "1,234". */
    static String count(long n) {
        return String.format(Locale.US, "%,d", n);
    }

    /** "1 backup" / "3 backups". */
    static String count(long n, String one, String many) {
        return count(n) + " " + (n == 1 ? one : many);
    }

    /** part of whole as "42%", or "-" when there is no whole. */
    static String share(long part, long whole) {
        return whole == 0 ? "-" : Math.round(100.0 * part / whole) + "%";
    }

    static String when(Instant instant, ZoneId zone) {
        return instant == null ? "never" : WHEN.format(instant.atZone(zone));
    }

    /** "3 days", "5 hours". */
    static String age(Instant then, Instant now) {
        long hours = Duration.between(then, now).toHours();
        return hours >= 48 ? hours / 24 + " days" : hours + (hours == 1 ? " hour" : " hours");
    }

    /** The staff member behind an audit actor: "os:ann" is the command line run by the account ann. */
    static String who(String actor) {
        if (actor == null || actor.isBlank()) {
            return "not recorded";
        }
        return Actor.isOperatingSystemUser(actor) ? Actor.accountOf(actor) + " (command line)" : actor;
    }
}
