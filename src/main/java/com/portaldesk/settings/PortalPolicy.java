package com.portaldesk.settings;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The portal security policy, with the bounds each value must stay within. Defaults follow NIST SP
 * 800-63B and Twilio Verify: six digits, ten minutes, five checks, a 60-second resend cooldown, and an
 * identity lock far below NIST's 100-failure ceiling. A policy outside the bounds cannot be built.
 */
public record PortalPolicy(boolean smsEnabled, boolean emailEnabled, int codeLength, Duration codeLifetime,
                           int maxChecks, Duration resendCooldown, int identitySends, Duration identitySendWindow,
                           int lockThreshold, Duration lockWindow, Duration lockDuration, int terminalSendsPerHour,
                           int firmSmsPerHour, Set<String> smsCountries, Duration sessionIdle,
                           Duration sessionAbsolute, boolean requireMfaForAll) {

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    public static final PortalPolicy DEFAULTS = new PortalPolicy(true, true, 6, Duration.ofMinutes(10), 5,
            Duration.ofSeconds(60), 5, Duration.ofMinutes(15), 10, Duration.ofHours(24), Duration.ofMinutes(30),
            60, 300, Set.of("US", "CA"), Duration.ofMinutes(2), Duration.ofMinutes(15), false);

    public PortalPolicy {
        smsCountries = Set.copyOf(smsCountries);
        Map<String, String> problems = problems(smsEnabled, emailEnabled, codeLength, codeLifetime, maxChecks,
                resendCooldown, identitySends, identitySendWindow, lockThreshold, lockWindow, lockDuration,
                terminalSendsPerHour, firmSmsPerHour, smsCountries, sessionIdle, sessionAbsolute);
        if (!problems.isEmpty()) {
            throw new PolicyException(problems);
        }
    }

    private static Map<String, String> problems(boolean sms, boolean email, int length, Duration lifetime, int checks,
                                                Duration cooldown, int sends, Duration sendWindow, int threshold,
                                                Duration lockWindow, Duration lockDuration, int terminal, int firmSms,
                                                Set<String> countries, Duration idle, Duration absolute) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (!sms && !email) {
            problems.put("methods", "Keep at least one way to send codes: text message or email.");
        }
        range(problems, "codeLength", length, 6, 10, "Codes have 6 to 10 digits.");
        range(problems, "codeLifetime", lifetime.toSeconds(), 60, 600, "A code lives 1 to 10 minutes.");
        range(problems, "maxChecks", checks, 1, 10, "1 to 10 checks per code.");
        range(problems, "resendCooldown", cooldown.toSeconds(), 30, 600, "Wait 30 seconds to 10 minutes between codes.");
        range(problems, "identitySends", sends, 1, 10, "1 to 10 codes per person in the window.");
        range(problems, "identitySendWindow", sendWindow.toMinutes(), 5, 60, "A window of 5 to 60 minutes.");
        range(problems, "lockThreshold", threshold, 3, 10, "Lock after 3 to 10 failures.");
        range(problems, "lockWindow", lockWindow.toHours(), 1, 24, "Count failures over 1 to 24 hours.");
        range(problems, "lockDuration", lockDuration.toMinutes(), 5, 1440, "Lock for 5 minutes to 24 hours.");
        range(problems, "terminalSendsPerHour", terminal, 1, 1000, "1 to 1,000 codes per terminal per hour.");
        range(problems, "firmSmsPerHour", firmSms, 1, 10_000, "1 to 10,000 text messages per hour for the firm.");
        if (sms && countries.isEmpty()) {
            problems.put("smsCountries", "List at least one country for text messages, or turn text messages off.");
        }
        if (!countries.stream().allMatch(c -> COUNTRY.matcher(c).matches())) {
            problems.put("smsCountries", "Countries are two-letter codes such as US, CA.");
        }
        range(problems, "sessionIdle", idle.toSeconds(), 30, 900, "Sign out after 30 seconds to 15 minutes idle.");
        range(problems, "sessionAbsolute", absolute.toMinutes(), 1, 60, "A session lasts at most 1 to 60 minutes.");
        if (idle.compareTo(absolute) > 0) {
            problems.put("sessionIdle", "The idle timeout cannot be longer than the whole session.");
        }
        return problems;
    }

    private static void range(Map<String, String> problems, String field, long value, long min, long max, String rule) {
        if (value < min || value > max) {
            problems.put(field, rule);
        }
    }

    /** "US, CA" or "us ca" into {US, CA}. */
    public static Set<String> parseCountries(String text) {
        List<String> codes = new ArrayList<>();
        for (String part : text.split("[,\\s]+")) {
            if (!part.isBlank()) {
                codes.add(part.strip().toUpperCase(Locale.ROOT));
            }
        }
        return Set.copyOf(codes);
    }

    public boolean allowsSmsTo(String regionCode) {
        return smsEnabled && regionCode != null && smsCountries.contains(regionCode);
    }
}
