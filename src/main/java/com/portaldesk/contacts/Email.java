package com.portaldesk.contacts;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Locale;
import java.util.Objects;

/**
 * An email address, trimmed and lower-cased, checked by Jakarta Mail's RFC 822 parser in strict mode
 * plus the rules real mail systems add: one address only, no display name, a dotted domain, length
 * limits of RFC 5321.
 */
public final class Email {
    public static final String MESSAGE_CONSTRAINTS =
            "Enter one address like name@example.com: no spaces or name, at most 254 characters.";
    private static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL_LENGTH = 64;

    private final String value;

    public Email(String raw) {
        String candidate = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        if (!isValid(candidate)) {
            throw new IllegalArgumentException(MESSAGE_CONSTRAINTS);
        }
        this.value = candidate;
    }

    public static boolean isValid(String candidate) {
        if (candidate == null || candidate.isEmpty() || candidate.length() > MAX_LENGTH) {
            return false;
        }
        // Printable ASCII only: internationalised (SMTPUTF8) addresses are refused by too many mail servers.
        if (!candidate.chars().allMatch(c -> c > 0x20 && c < 0x7F)) {
            return false;
        }
        InternetAddress parsed;
        try {
            parsed = new InternetAddress(candidate, true);
            parsed.validate();
        } catch (AddressException e) {
            return false;
        }
        String address = parsed.getAddress();
        if (!candidate.equals(address) || parsed.getPersonal() != null || parsed.isGroup()) {
            return false;
        }
        int at = address.lastIndexOf('@');
        if (at < 1 || at > MAX_LOCAL_LENGTH) {
            return false;
        }
        String domain = address.substring(at + 1);
        return isDottedHostName(domain);
    }

    private static boolean isDottedHostName(String domain) {
        if (!domain.contains(".") || domain.startsWith(".") || domain.endsWith(".")) {
            return false;
        }
        for (String label : domain.split("\\.", -1)) {
            if (label.isEmpty()
                    || label.length() > 63
                    || label.startsWith("-")
                    || label.endsWith("-")
                    || !label.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
                return false;
            }
        }
        return true;
    }

    public String value() {
        return value;
    }

    /** j•••@example.com: enough for staff to recognise, not enough to harvest. */
    public String masked() {
        int at = value.indexOf('@');
        return value.charAt(0) + "•••" + value.substring(at);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Email email && email.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
