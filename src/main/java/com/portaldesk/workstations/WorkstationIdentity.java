package com.portaldesk.workstations;

import com.portaldesk.config.Terminals;
import java.util.Objects;

/**
 * Who is announcing itself: the program, its terminal id, the computer and the operating-system account.
 * The same four on a later start are the same workstation, so the list keeps one line per program per PC.
 */
public record WorkstationIdentity(
        WorkstationKind kind, String terminalId, String hostName, String osUser, String version) {
    static final int MAX_NAME = 255;
    static final int MAX_VERSION = 64;

    public WorkstationIdentity {
        Objects.requireNonNull(kind, "kind");
        if (!Terminals.isValid(terminalId)) {
            throw new IllegalArgumentException(
                    "A terminal id is 1 to 64 letters, digits, dots, dashes or underscores.");
        }
        hostName = fit(hostName, "unknown computer", MAX_NAME);
        osUser = fit(osUser, "unknown account", MAX_NAME);
        version = fit(version, "unknown version", MAX_VERSION);
    }

    /** Names come from the operating system; keep them printable and within the column. */
    private static String fit(String text, String fallback, int max) {
        String cleaned = text == null ? "" : text.replaceAll("\\p{Cntrl}", "").strip();
        if (cleaned.isEmpty()) {
            return fallback;
        }
        if (cleaned.length() <= max) {
            return cleaned;
        }
        // Never cut a character made of two chars in half.
        int end = Character.isHighSurrogate(cleaned.charAt(max - 1)) ? max - 1 : max;
        return cleaned.substring(0, end);
    }
}
