package com.portaldesk.contacts;

import java.text.Normalizer;

/**
 * Rules every free-text field shares: Unicode is normalised (NFC) so that the same name typed on two
 * keyboards compares equal, and characters that hide or reorder text (controls, bidirectional overrides,
 * zero-width marks) are refused because they make a record look like something it is not.
 */
public final class TextRules {
    private TextRules() {}

    /** Trims and normalises; returns the reason the text is unacceptable, or null when it is fine. */
    public static String problem(String normalised, int maxLength, boolean allowLineBreaks) {
        if (normalised.codePointCount(0, normalised.length()) > maxLength) {
            return "At most " + maxLength + " characters (this has "
                    + String.format("%,d", normalised.codePointCount(0, normalised.length())) + ").";
        }
        for (int i = 0; i < normalised.length(); ) {
            int cp = normalised.codePointAt(i);
            if (!isAllowed(cp, allowLineBreaks)) {
                return String.format("Contains an invisible or control character (U+%04X) that is not allowed.", cp);
            }
            i += Character.charCount(cp);
        }
        return null;
    }

    public static String normalise(String raw) {
        return raw == null ? "" : Normalizer.normalize(raw.strip(), Normalizer.Form.NFC);
    }

    private static boolean isAllowed(int cp, boolean allowLineBreaks) {
        if (cp == '\n' || cp == '\t' || cp == '\r') {
            return allowLineBreaks;
        }
        int type = Character.getType(cp);
        // Zero-width joiner is part of some scripts and emoji; every other format character is refused.
        boolean format = type == Character.FORMAT && cp != 0x200D;
        return type != Character.CONTROL
                && !format
                && type != Character.UNASSIGNED
                && type != Character.PRIVATE_USE
                && type != Character.SURROGATE
                && cp != 0xFFFD;
    }

    /** True when the text holds only the ASCII digits 0-9 (Character.isDigit would also pass Arabic-Indic digits). */
    public static boolean isAsciiDigits(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
