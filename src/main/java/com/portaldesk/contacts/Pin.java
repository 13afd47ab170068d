package com.portaldesk.contacts;

import java.security.SecureRandom;
import java.util.Objects;

/**
 * A temporary 4-digit PIN that staff give a client with no SSN on file. It stands in for the last four at
 * sign-in, and is stored and looked up exactly like a last four.
 */
public final class Pin {
    public static final String MESSAGE_CONSTRAINTS = "A PIN is exactly four digits, not 0000.";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String digits;

    public Pin(String raw) {
        String text = raw == null ? "" : raw.strip();
        if (text.length() != 4 || !TextRules.isAsciiDigits(text) || text.equals("0000")) {
            throw new IllegalArgumentException(MESSAGE_CONSTRAINTS);
        }
        this.digits = text;
    }

    public static Pin random() {
        return new Pin(String.format("%04d", 1 + RANDOM.nextInt(9999)));
    }

    public String digits() {
        return digits;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Pin pin && pin.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return Objects.hash(digits);
    }

    @Override
    public String toString() {
        return "PIN ••••";
    }
}
