package com.portaldesk.settings;

import java.time.Duration;
import java.time.temporal.ChronoUnit;

/**
 * Every bounded setting of the portal policy, written once: its key, how a person names it, the unit it is typed in,
 * its bounds in that unit, the message when it is outside them, and why it matters. {@link PortalPolicy} checks
 * with these bounds and the settings screen labels its fields with them, so the two cannot disagree.
 */
public enum PolicyField {
    CODE_LENGTH(
            "codeLength",
            "Code length (digits)",
            null,
            6,
            10,
            "Codes have 6 to 10 digits.",
            "Six is the NIST and Twilio default."),
    CODE_LIFETIME(
            "codeLifetime",
            "Code lifetime (minutes)",
            ChronoUnit.MINUTES,
            1,
            10,
            "A code lives 1 to 10 minutes.",
            "Shorter codes leave less time to misuse them."),
    MAX_CHECKS(
            "maxChecks",
            "Checks per code",
            null,
            1,
            10,
            "1 to 10 checks per code.",
            "After these, the client must ask for a new code."),
    RESEND_COOLDOWN(
            "resendCooldown",
            "Wait between codes (seconds)",
            ChronoUnit.SECONDS,
            30,
            600,
            "Wait 30 seconds to 10 minutes between codes.",
            "Stops a client or script flooding a phone."),
    IDENTITY_SENDS(
            "identitySends",
            "Codes per person per window",
            null,
            1,
            10,
            "1 to 10 codes per person in the window.",
            "Within the window below."),
    IDENTITY_SEND_WINDOW(
            "identitySendWindow",
            "Window for codes per person (minutes)",
            ChronoUnit.MINUTES,
            5,
            60,
            "A window of 5 to 60 minutes.",
            ""),
    LOCK_THRESHOLD(
            "lockThreshold",
            "Lock after this many failures",
            null,
            3,
            10,
            "Lock after 3 to 10 failures.",
            "Within the failure window."),
    LOCK_WINDOW(
            "lockWindow", "Failure window (hours)", ChronoUnit.HOURS, 1, 24, "Count failures over 1 to 24 hours.", ""),
    LOCK_DURATION(
            "lockDuration",
            "Lock for (minutes)",
            ChronoUnit.MINUTES,
            5,
            1440,
            "Lock for 5 minutes to 24 hours.",
            "Staff can unlock sooner."),
    TERMINAL_SENDS_PER_HOUR(
            "terminalSendsPerHour",
            "Codes per kiosk or workstation per hour",
            null,
            1,
            1000,
            "1 to 1,000 codes per terminal per hour.",
            ""),
    FIRM_SMS_PER_HOUR(
            "firmSmsPerHour",
            "Text messages per hour, whole firm",
            null,
            1,
            10_000,
            "1 to 10,000 text messages per hour for the firm.",
            "A ceiling against SMS pumping fraud."),
    SESSION_IDLE(
            "sessionIdle",
            "Kiosk sign-out when idle (seconds)",
            ChronoUnit.SECONDS,
            30,
            900,
            "Sign out after 30 seconds to 15 minutes idle.",
            "A client's session at the kiosk."),
    SESSION_ABSOLUTE(
            "sessionAbsolute",
            "Kiosk session at most (minutes)",
            ChronoUnit.MINUTES,
            1,
            60,
            "A session lasts at most 1 to 60 minutes.",
            ""),
    STAFF_IDLE_LOCK(
            "staffIdleLock",
            "Staff app locks when idle (minutes)",
            ChronoUnit.MINUTES,
            1,
            60,
            "Lock the staff app after 1 to 60 minutes without use.",
            "Password (and second factor) to come back.");

    private final String key;
    private final String label;
    private final ChronoUnit unit;
    private final long min;
    private final long max;
    private final String rule;
    private final String why;

    PolicyField(String key, String label, ChronoUnit unit, long min, long max, String rule, String why) {
        this.key = key;
        this.label = label;
        this.unit = unit;
        this.min = min;
        this.max = max;
        this.rule = rule;
        this.why = why;
    }

    /** The policy's field name, used as the key of its error. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** The allowed range and why it matters, in one line for the settings screen. */
    public String help() {
        String range = String.format("%,d to %,d.", min, max);
        return why.isEmpty() ? range : range + " " + why;
    }

    /** The lowest value allowed, in the unit the setting is typed in. */
    public int min() {
        return Math.toIntExact(min);
    }

    /** The message shown when a value is outside the bounds. */
    public String rule() {
        return rule;
    }

    /** A duration in the unit this setting is typed in (whole units; the settings screen types whole numbers). */
    public long inUnit(Duration duration) {
        return duration.toSeconds() / unit.getDuration().toSeconds();
    }

    /** A typed number as the duration it means. */
    public Duration duration(long amount) {
        return Duration.of(amount, unit);
    }

    boolean allows(long count) {
        return count >= min && count <= max;
    }

    /** Checked in seconds, so 90 seconds is a valid code lifetime even though the screen types whole minutes. */
    boolean allows(Duration duration) {
        long seconds = duration.toSeconds();
        long unitSeconds = unit.getDuration().toSeconds();
        return seconds >= min * unitSeconds && seconds <= max * unitSeconds;
    }
}
