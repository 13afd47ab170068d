package com.portaldesk.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.TreeSet;

/** The single stored row of the portal policy. */
@Entity
@Table(name = "portal_policy")
public class StoredPolicy {
    static final int ONLY_ROW = 1;

    @Id
    private int id;

    @Column(name = "sms_enabled", nullable = false)
    private boolean smsEnabled;

    @Column(name = "email_enabled", nullable = false)
    private boolean emailEnabled;

    @Column(name = "code_length", nullable = false)
    private int codeLength;

    @Column(name = "code_lifetime_seconds", nullable = false)
    private int codeLifetimeSeconds;

    @Column(name = "max_checks", nullable = false)
    private int maxChecks;

    @Column(name = "resend_cooldown_seconds", nullable = false)
    private int resendCooldownSeconds;

    @Column(name = "identity_sends", nullable = false)
    private int identitySends;

    @Column(name = "identity_send_window_s", nullable = false)
    private int identitySendWindowSeconds;

    @Column(name = "lock_threshold", nullable = false)
    private int lockThreshold;

    @Column(name = "lock_window_seconds", nullable = false)
    private int lockWindowSeconds;

    @Column(name = "lock_duration_seconds", nullable = false)
    private int lockDurationSeconds;

    @Column(name = "terminal_sends_per_hour", nullable = false)
    private int terminalSendsPerHour;

    @Column(name = "firm_sms_per_hour", nullable = false)
    private int firmSmsPerHour;

    @Column(name = "sms_countries", nullable = false)
    private String smsCountries;

    @Column(name = "session_idle_seconds", nullable = false)
    private int sessionIdleSeconds;

    @Column(name = "session_absolute_seconds", nullable = false)
    private int sessionAbsoluteSeconds;

    @Column(name = "require_mfa_for_all", nullable = false)
    private boolean requireMfaForAll;

    @Column(name = "staff_idle_lock_seconds", nullable = false)
    private int staffIdleLockSeconds;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected StoredPolicy() {
        // for Hibernate
    }

    /** Reads the row back through the policy's own bounds, so a value edited into the table by hand is refused. */
    PortalPolicy toPolicy() {
        return new PolicyBuilder(PortalPolicy.DEFAULTS)
                .methods(smsEnabled, emailEnabled)
                .codeLength(codeLength)
                .codeLifetime(Duration.ofSeconds(codeLifetimeSeconds))
                .maxChecks(maxChecks)
                .resendCooldown(Duration.ofSeconds(resendCooldownSeconds))
                .identitySends(identitySends, Duration.ofSeconds(identitySendWindowSeconds))
                .lock(lockThreshold, Duration.ofSeconds(lockWindowSeconds), Duration.ofSeconds(lockDurationSeconds))
                .terminalSendsPerHour(terminalSendsPerHour)
                .firmSmsPerHour(firmSmsPerHour)
                .smsCountries(PortalPolicy.parseCountries(smsCountries))
                .session(Duration.ofSeconds(sessionIdleSeconds), Duration.ofSeconds(sessionAbsoluteSeconds))
                .requireMfaForAll(requireMfaForAll)
                .staffIdleLock(Duration.ofSeconds(staffIdleLockSeconds))
                .build();
    }

    void update(PortalPolicy policy, Instant now) {
        smsEnabled = policy.smsEnabled();
        emailEnabled = policy.emailEnabled();
        codeLength = policy.codeLength();
        codeLifetimeSeconds = (int) policy.codeLifetime().toSeconds();
        maxChecks = policy.maxChecks();
        resendCooldownSeconds = (int) policy.resendCooldown().toSeconds();
        identitySends = policy.identitySends();
        identitySendWindowSeconds = (int) policy.identitySendWindow().toSeconds();
        lockThreshold = policy.lockThreshold();
        lockWindowSeconds = (int) policy.lockWindow().toSeconds();
        lockDurationSeconds = (int) policy.lockDuration().toSeconds();
        terminalSendsPerHour = policy.terminalSendsPerHour();
        firmSmsPerHour = policy.firmSmsPerHour();
        smsCountries = String.join(",", new TreeSet<>(policy.smsCountries()));
        sessionIdleSeconds = (int) policy.sessionIdle().toSeconds();
        sessionAbsoluteSeconds = (int) policy.sessionAbsolute().toSeconds();
        requireMfaForAll = policy.requireMfaForAll();
        staffIdleLockSeconds = (int) policy.staffIdleLock().toSeconds();
        updatedAt = now;
    }
}
