package com.portaldesk.config;

import java.util.regex.Pattern;

/** Terminal ids name a workstation or kiosk in the audit log and the send budgets. */
public final class Terminals {
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private Terminals() {}

    public static boolean isValid(String terminalId) {
        return terminalId != null && VALID.matcher(terminalId).matches();
    }

    public static void check(String terminalId) {
        if (!isValid(terminalId)) {
            throw new IllegalArgumentException(
                    "A terminal id is 1 to 64 letters, digits, dots, dashes or underscores.");
        }
    }
}
