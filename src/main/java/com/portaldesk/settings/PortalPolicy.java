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
public record PortalPolicy(
        boolean smsEnabled,
        boolean emailEnabled,
        int codeLength,
        Duration codeLifetime,
        int maxChecks,
        Duration resendCooldown,
        int identitySends,
        Duration identitySendWindow,
        int lockThreshold,
        Duration lockWindow,
        Duration lockDuration,
        int terminalSendsPerHour,
        int firmSmsPerHour,
        Set<String> smsCountries,
        Duration sessionIdle,
        Duration sessionAbsolute,
        boolean requireMfaForAll,
        Duration staffIdleLock) {

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    public static final PortalPolicy DEFAULTS = new PortalPolicy(
            true,
            true,
            6,
            Duration.ofMinutes(10),
            5,
            Duration.ofSeconds(60),
            5,
            Duration.ofMinutes(15),
            10,
            Duration.ofHours(24),
            Duration.ofMinutes(30),
            60,
            300,
            Set.of("US", "CA"),
            Duration.ofMinutes(2),
            Duration.ofMinutes(15),
            false,
            Duration.ofMinutes(10));

    public PortalPolicy {
        smsCountries = Set.copyOf(smsCountries);
        Map<String, String> problems = problems(
                smsEnabled,
                emailEnabled,
                codeLength,
                codeLifetime,
                maxChecks,
                resendCooldown,
                identitySends,
                identitySendWindow,
                lockThreshold,
                lockWindow,
                lockDuration,
                terminalSendsPerHour,
                firmSmsPerHour,
                smsCountries,
                sessionIdle,
                sessionAbsolute,
                staffIdleLock);
        if (!problems.isEmpty()) {
            throw new PolicyException(problems);
        }
    }

    private static Map<String, String> problems(
            boolean sms,
            boolean email,
            int length,
            Duration lifetime,
            int checks,
            Duration cooldown,
            int sends,
            Duration sendWindow,
            int threshold,
            Duration lockWindow,
            Duration lockDuration,
            int terminal,
            int firmSms,
            Set<String> countries,
            Duration idle,
            Duration absolute,
            Duration staffIdle) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (!sms && !email) {
            problems.put("methods", "Keep at least one way to send codes: text message or email.");
        }
        range(problems, PolicyField.CODE_LENGTH, length);
        range(problems, PolicyField.CODE_LIFETIME, lifetime);
        range(problems, PolicyField.MAX_CHECKS, checks);
        range(problems, PolicyField.RESEND_COOLDOWN, cooldown);
        range(problems, PolicyField.IDENTITY_SENDS, sends);
        range(problems, PolicyField.IDENTITY_SEND_WINDOW, sendWindow);
        range(problems, PolicyField.LOCK_THRESHOLD, threshold);
        range(problems, PolicyField.LOCK_WINDOW, lockWindow);
        range(problems, PolicyField.LOCK_DURATION, lockDuration);
        range(problems, PolicyField.TERMINAL_SENDS_PER_HOUR, terminal);
        range(problems, PolicyField.FIRM_SMS_PER_HOUR, firmSms);
        if (sms && countries.isEmpty()) {
            problems.put("smsCountries", "List at least one country for text messages, or turn text messages off.");
        }
        if (!countries.stream().allMatch(c -> COUNTRY.matcher(c).matches())) {
            problems.put("smsCountries", "Countries are two-letter codes such as US, CA.");
        }
        range(problems, PolicyField.SESSION_IDLE, idle);
        range(problems, PolicyField.SESSION_ABSOLUTE, absolute);
        range(problems, PolicyField.STAFF_IDLE_LOCK, staffIdle);
        if (idle.compareTo(absolute) > 0) {
            problems.put("sessionIdle", "The idle timeout cannot be longer than the whole session.");
        }
        return problems;
    }

    private static void range(Map<String, String> problems, PolicyField field, long count) {
        if (!field.allows(count)) {
            problems.put(field.key(), field.rule());
        }
    }

    private static void range(Map<String, String> problems, PolicyField field, Duration duration) {
        if (!field.allows(duration)) {
            problems.put(field.key(), field.rule());
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
