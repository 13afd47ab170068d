package com.portaldesk.staff;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * NIST SP 800-63B §5.1.1.2 for staff passwords: at least 12 characters, up to 128, anything printable,
 * and not a known-common password or the user name itself. No composition rules.
 */
public final class PasswordRules {
    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    private static final Set<String> COMMON = load();

    private PasswordRules() {}

    /** The reason the password is refused, or null when it is acceptable. */
    public static String problem(char[] password, String username) {
        String text = new String(password);
        int length = text.codePointCount(0, text.length());
        if (length < MIN_LENGTH) {
            return "Use at least " + MIN_LENGTH + " characters; a few words together are easy to remember.";
        }
        if (length > MAX_LENGTH) {
            return "Use at most " + MAX_LENGTH + " characters.";
        }
        if (text.chars().anyMatch(Character::isISOControl)) {
            return "The password cannot contain control characters.";
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            return "This password is on a list of commonly used passwords; choose another.";
        }
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return "The password cannot contain the user name.";
        }
        return null;
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                PasswordRules.class.getResourceAsStream("common-passwords.txt"), StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the common-password list", e);
        }
        return words;
    }
}
