package com.portaldesk.contacts;

import java.util.Objects;

/**
 * A US Social Security number: all nine digits, or only the last four when that is all the firm keeps.
 * Accepts 123-45-6789, 123 45 6789, 123456789 or 6789. Follows the SSA's rules for numbers that are never
 * issued (area 000, 666 or 900-999, group 00, serial 0000). {@link #toString()} never shows more than the
 * last four, so an SSN cannot leak through a log line or a debugger's string view.
 */
public final class Ssn {
    public static final String MESSAGE_CONSTRAINTS =
            "Enter all nine digits of the SSN (123-45-6789) or only the last four (6789).";
    public static final String NEVER_ISSUED_MESSAGE =
            "This is not a number the Social Security Administration issues; check the digits.";

    private final String digits;

    public Ssn(String raw) {
        String text = raw == null ? "" : raw.strip();
        String compact = text.length() == 11 ? stripSeparators(text) : text;
        if (!TextRules.isAsciiDigits(compact) || (compact.length() != 9 && compact.length() != 4)) {
            throw new IllegalArgumentException(MESSAGE_CONSTRAINTS);
        }
        if ((compact.length() == 9 && !isIssuable(compact)) || compact.endsWith("0000")) {
            throw new IllegalArgumentException(NEVER_ISSUED_MESSAGE);
        }
        this.digits = compact;
    }

    /** 123-45-6789 and 123 45 6789; any other punctuation is refused rather than guessed at. */
    private static String stripSeparators(String text) {
        char first = text.charAt(3);
        if ((first == '-' || first == ' ') && text.charAt(6) == first) {
            return text.substring(0, 3) + text.substring(4, 6) + text.substring(7);
        }
        return text;
    }

    private static boolean isIssuable(String nine) {
        int area = Integer.parseInt(nine.substring(0, 3));
        int group = Integer.parseInt(nine.substring(3, 5));
        return area != 0 && area != 666 && area < 900 && group != 0;
    }

    public boolean isFull() {
        return digits.length() == 9;
    }

    public String lastFour() {
        return digits.substring(digits.length() - 4);
    }

    /** The digits as stored encrypted: nine or four. Never show or log this. */
    public String digits() {
        return digits;
    }

    public String masked() {
        return "•••-••-" + lastFour();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Ssn ssn && ssn.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return Objects.hash(digits);
    }

    @Override
    public String toString() {
        return masked();
    }
}
