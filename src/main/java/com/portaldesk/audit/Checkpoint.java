package com.portaldesk.audit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Proof, kept outside the database, that the audit log once reached event {@code seq} with a given hash: a short
 * code staff can print, file or email, such as {@code PD1-62-20261202T0645Z-3f9a2c1b7e4d5a60-9c2e4f1a3b5d7e80}.
 * The hash part is the first 64 bits of event {@code seq}'s chain hash; the last part authenticates the rest under
 * a key derived from the key file, so a checkpoint cannot be made up (or typed wrong) without it being noticed.
 */
public record Checkpoint(long seq, Instant time, String hashPrefix, String mac) {
    static final Pattern CODE =
            Pattern.compile("PD1-(\\d{1,18})-(\\d{8}T\\d{4}Z)-([0-9a-f]{16})-([0-9a-f]{16})", Pattern.CASE_INSENSITIVE);
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmm'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    /** The printable form. */
    public String code() {
        return "PD1-" + seq + "-" + TIME.format(time) + "-" + hashPrefix + "-" + mac;
    }

    /** What the MAC covers: everything but itself. */
    String content() {
        return "PD1\u001F" + seq + "\u001F" + TIME.format(time) + "\u001F" + hashPrefix;
    }

    /** Every checkpoint code in a text (a checkpoint log, a saved mail, a folder's files read one after another). */
    public static List<Checkpoint> findAll(String text) {
        List<Checkpoint> found = new ArrayList<>();
        // A saved mail may wrap a long line with quoted-printable soft breaks ("=" at a line's end).
        Matcher matcher = CODE.matcher(text == null ? "" : text.replaceAll("=\\r?\\n", ""));
        while (matcher.find()) {
            of(matcher).ifPresent(found::add);
        }
        return List.copyOf(found);
    }

    /** Finds a checkpoint code in a line of text (a log line, an email, a typed code); empty when there is none. */
    public static Optional<Checkpoint> find(String text) {
        Matcher matcher = CODE.matcher(text == null ? "" : text);
        return matcher.find() ? of(matcher) : Optional.empty();
    }

    private static Optional<Checkpoint> of(Matcher matcher) {
        try {
            Instant time = TIME.parse(matcher.group(2).toUpperCase(Locale.ROOT), Instant::from);
            return Optional.of(new Checkpoint(
                    Long.parseLong(matcher.group(1)),
                    time,
                    matcher.group(3).toLowerCase(Locale.ROOT),
                    matcher.group(4).toLowerCase(Locale.ROOT)));
        } catch (DateTimeParseException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return code();
    }
}
