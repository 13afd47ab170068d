package com.portaldesk.settings;

import java.time.Duration;
import java.util.Set;

/** Changes a policy one value at a time; {@link #build()} checks the bounds of the result. */
public final class PolicyBuilder {
    private boolean smsEnabled;
    private boolean emailEnabled;
    private int codeLength;
    private Duration codeLifetime;
    private int maxChecks;
    private Duration resendCooldown;
    private int identitySends;
    private Duration identitySendWindow;
    private int lockThreshold;
    private Duration lockWindow;
    private Duration lockDuration;
    private int terminalSendsPerHour;
    private int firmSmsPerHour;
    private Set<String> smsCountries;
    private Duration sessionIdle;
    private Duration sessionAbsolute;
    private boolean requireMfaForAll;
    private Duration staffIdleLock;

    public PolicyBuilder(PortalPolicy from) {
        smsEnabled = from.smsEnabled();
        emailEnabled = from.emailEnabled();
        codeLength = from.codeLength();
        codeLifetime = from.codeLifetime();
        maxChecks = from.maxChecks();
        resendCooldown = from.resendCooldown();
        identitySends = from.identitySends();
        identitySendWindow = from.identitySendWindow();
        lockThreshold = from.lockThreshold();
        lockWindow = from.lockWindow();
        lockDuration = from.lockDuration();
        terminalSendsPerHour = from.terminalSendsPerHour();
        firmSmsPerHour = from.firmSmsPerHour();
        smsCountries = from.smsCountries();
        sessionIdle = from.sessionIdle();
        sessionAbsolute = from.sessionAbsolute();
        requireMfaForAll = from.requireMfaForAll();
        staffIdleLock = from.staffIdleLock();
    }

    public PolicyBuilder staffIdleLock(Duration value) {
        staffIdleLock = value;
        return this;
    }

    public PolicyBuilder requireMfaForAll(boolean value) {
        requireMfaForAll = value;
        return this;
    }

    public PolicyBuilder methods(boolean sms, boolean email) {
        smsEnabled = sms;
        emailEnabled = email;
        return this;
    }

    public PolicyBuilder codeLength(int value) {
        codeLength = value;
        return this;
    }

    public PolicyBuilder codeLifetime(Duration value) {
        codeLifetime = value;
        return this;
    }

    public PolicyBuilder maxChecks(int value) {
        maxChecks = value;
        return this;
    }

    public PolicyBuilder resendCooldown(Duration value) {
        resendCooldown = value;
        return this;
    }

    public PolicyBuilder identitySends(int sends, Duration window) {
        identitySends = sends;
        identitySendWindow = window;
        return this;
    }

    public PolicyBuilder lock(int threshold, Duration window, Duration duration) {
        lockThreshold = threshold;
        lockWindow = window;
        lockDuration = duration;
        return this;
    }

    public PolicyBuilder terminalSendsPerHour(int value) {
        terminalSendsPerHour = value;
        return this;
    }

    public PolicyBuilder firmSmsPerHour(int value) {
        firmSmsPerHour = value;
        return this;
    }

    public PolicyBuilder smsCountries(Set<String> value) {
        smsCountries = value;
        return this;
    }

    public PolicyBuilder session(Duration idle, Duration absolute) {
        sessionIdle = idle;
        sessionAbsolute = absolute;
        return this;
    }

    public PortalPolicy build() {
        return new PortalPolicy(
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
                requireMfaForAll,
                staffIdleLock);
    }
}
