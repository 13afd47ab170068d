package com.portaldesk.audit;

import java.util.Locale;
import java.util.Map;

/**
 * Event types and reasons as a person reads them ("Code sent", "Wrong second factor"), for screens and reports.
 * Most read well from their names; the few that do not have words of their own here.
 */
public final class AuditWords {
    private static final Map<String, String> OWN_WORDS = Map.ofEntries(
            Map.entry("CHALLENGE_STARTED", "Sign-in started"),
            Map.entry("CHECK_APPROVED", "Code accepted"),
            Map.entry("CHECK_FAILED", "Code refused"),
            Map.entry("POLICY_CHANGED", "Settings changed"),
            Map.entry("STAFF_MFA_ENROLLED", "Staff second factor set up"),
            Map.entry("STAFF_MFA_RESET", "Staff second factor reset"),
            Map.entry("SSN_REVEALED", "Full SSN shown"),
            Map.entry("OK", "OK"),
            Map.entry("SMS", "Text message"),
            Map.entry("MFA", "Second factor"));

    private AuditWords() {}

    public static String of(AuditEventType type) {
        return words(type.name());
    }

    public static String of(AuditReason reason) {
        return words(reason.name());
    }

    /** CODE_SENT → "Code sent"; the few in {@link #OWN_WORDS} as written there. */
    static String words(String name) {
        String own = OWN_WORDS.get(name);
        if (own != null) {
            return own;
        }
        String[] parts = name.toLowerCase(Locale.ROOT).split("_");
        StringBuilder text = new StringBuilder();
        for (String part : parts) {
            String word = switch (part) {
                case "ssn" -> "SSN";
                case "sms" -> "text";
                case "mfa" -> "second factor";
                case "smtp" -> "SMTP";
                case "csv" -> "CSV";
                default -> part;
            };
            text.append(text.length() == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : " " + word);
        }
        return text.toString();
    }
}
