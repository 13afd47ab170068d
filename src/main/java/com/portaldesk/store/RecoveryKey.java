package com.portaldesk.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The firm's data key written for people: 13 groups of five characters, each group four characters of the key and
 * one check character, so a mistyped group is named rather than the whole key refused. Crockford's base 32 (no I,
 * L, O or U, which read like 1, 1, 0 and V; typing them is forgiven), 256 bits in 52 characters.
 *
 * <p>Each group's check character is Luhn mod 32 over the group's number and its four characters: it catches every
 * single mistyped character and most swaps of neighbours, and a group typed in the wrong place. That the whole key
 * is the firm's is checked separately, against the database (the key check value) or the backup being opened.
 */
public final class RecoveryKey {
    public static final int GROUPS = 13;
    private static final int DATA_PER_GROUP = 4;
    private static final String ALPHABET = Base32.CROCKFORD;
    private static final int KEY_BYTES = 32;

    private RecoveryKey() {}

    /** The key as the recovery sheet prints it: "ABCDE-FGHJK-…", 13 groups. */
    public static String format(byte[] key) {
        return String.join("-", groups(key));
    }

    public static List<String> groups(byte[] key) {
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("A PortalDesk data key has " + KEY_BYTES + " bytes, not " + key.length);
        }
        String data = Base32.encode(key, ALPHABET);
        List<String> groups = new ArrayList<>(GROUPS);
        for (int group = 0; group < GROUPS; group++) {
            String chars = data.substring(group * DATA_PER_GROUP, (group + 1) * DATA_PER_GROUP);
            groups.add(chars + ALPHABET.charAt(checkValue(group, chars)));
        }
        return groups;
    }

    /**
     * Reads a recovery key as a person typed it: dashes, spaces and line breaks anywhere, small letters, I and L
     * for 1, O for 0. Refuses, naming the group, anything that is not a whole and well-typed key.
     */
    public static byte[] parse(String typed) {
        String cleaned = clean(typed);
        int expected = GROUPS * (DATA_PER_GROUP + 1);
        if (cleaned.length() != expected) {
            throw new IllegalArgumentException("A recovery key has " + GROUPS + " groups of 5 characters (" + expected
                    + " in all); this one has " + cleaned.length() + ".");
        }
        StringBuilder data = new StringBuilder();
        for (int group = 0; group < GROUPS; group++) {
            String chars = cleaned.substring(group * 5, group * 5 + 5);
            String dataChars = chars.substring(0, DATA_PER_GROUP);
            if (ALPHABET.charAt(checkValue(group, dataChars)) != chars.charAt(DATA_PER_GROUP)) {
                throw new IllegalArgumentException("Group " + (group + 1) + " of the recovery key (" + chars
                        + ") has a typing mistake: check it against the recovery sheet.");
            }
            data.append(dataChars);
        }
        return fromBase32(data.toString());
    }

    /** Whether {@code typed} is the given group of this key, for the admin's confirmation (1-based group number). */
    public static boolean groupMatches(byte[] key, int groupNumber, String typed) {
        return groups(key).get(groupNumber - 1).equals(clean(typed));
    }

    private static String clean(String typed) {
        StringBuilder cleaned = new StringBuilder();
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == '-' || Character.isWhitespace(c)) {
                continue;
            }
            char read = switch (c) {
                case 'I', 'L' -> '1';
                case 'O' -> '0';
                default -> c;
            };
            if (ALPHABET.indexOf(read) < 0) {
                throw new IllegalArgumentException("A recovery key has only the letters and digits printed on the "
                        + "recovery sheet; '" + c + "' is not one of them.");
            }
            cleaned.append(read);
        }
        return cleaned.toString();
    }

    /** Luhn mod 32 over the group number and the group's characters; the value that makes the sum divisible. */
    static int checkValue(int group, String chars) {
        int[] values = new int[chars.length() + 1];
        values[0] = group % ALPHABET.length();
        for (int i = 0; i < chars.length(); i++) {
            values[i + 1] = ALPHABET.indexOf(chars.charAt(i));
        }
        int n = ALPHABET.length();
        int sum = 0;
        int factor = 2;
        for (int i = values.length - 1; i >= 0; i--) {
            int addend = factor * values[i];
            sum += addend / n + addend % n;
            factor = factor == 2 ? 1 : 2;
        }
        return (n - sum % n) % n;
    }

    private static byte[] fromBase32(String chars) {
        byte[] out = new byte[KEY_BYTES];
        int buffer = 0;
        int bits = 0;
        int index = 0;
        for (char c : chars.toCharArray()) {
            buffer = (buffer << 5) | ALPHABET.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                out[index++] = (byte) (buffer >> (bits - 8));
                bits -= 8;
            }
        }
        if ((buffer & ((1 << bits) - 1)) != 0) {
            throw new IllegalArgumentException("The last group of the recovery key has a typing mistake: check it "
                    + "against the recovery sheet.");
        }
        return out;
    }
}
