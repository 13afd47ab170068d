package com.portaldesk.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A staff account. The password only as an Argon2id hash; the TOTP secret only encrypted. */
@Entity
@Table(name = "staff_user")
public class StaffUser {
    @Id
    private UUID id;

    @Version
    private long version;

    @Column(nullable = false)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private Role role;

    @Column(name = "can_reveal_ssn", nullable = false)
    private boolean canRevealSsn;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private boolean disabled;

    @Column(name = "totp_secret_cipher")
    private byte[] totpSecretCipher;

    @Column(name = "totp_last_step", nullable = false)
    private long totpLastStep;

    @Column(name = "failed_count", nullable = false)
    private int failedCount;

    @Column(name = "first_failure_at")
    private Instant firstFailureAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected StaffUser() {
        // for Hibernate
    }

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    StaffUser(String username, String displayName, Role role, String passwordHash, Instant now) {
        this.id = UUID.randomUUID();
        this.username = username;
        this.displayName = displayName;
        this.role = role;
        this.canRevealSsn = role == Role.ADMIN;
        this.passwordHash = passwordHash;
        this.createdAt = now;
    }

    byte[] associatedData() {
        return id.toString().getBytes(StandardCharsets.US_ASCII);
    }

    UUID id() {
        return id;
    }

    String username() {
        return username;
    }

    String displayName() {
        return displayName;
    }

    Role role() {
        return role;
    }

    boolean canRevealSsn() {
        return canRevealSsn;
    }

    String passwordHash() {
        return passwordHash;
    }

    boolean disabled() {
        return disabled;
    }

    byte[] totpSecretCipher() {
        return totpSecretCipher;
    }

    /** The password was typed by an admin (new account or reset): its owner must choose their own next. */
    boolean mustChangePassword() {
        return mustChangePassword;
    }

    void setMustChangePassword(boolean value) {
        mustChangePassword = value;
    }

    boolean mfaEnrolled() {
        return totpSecretCipher != null;
    }

    long totpLastStep() {
        return totpLastStep;
    }

    int failedCount() {
        return failedCount;
    }

    Instant firstFailureAt() {
        return firstFailureAt;
    }

    Instant lockedUntil() {
        return lockedUntil;
    }

    Instant lastSignInAt() {
        return lastSignInAt;
    }

    boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    void recordFailure(Instant now, int threshold, Duration window, Duration lock) {
        if (firstFailureAt == null || now.isAfter(firstFailureAt.plus(window))) {
            firstFailureAt = now;
            failedCount = 0;
        }
        failedCount++;
        if (failedCount >= threshold) {
            lockedUntil = now.plus(lock);
            failedCount = 0;
            firstFailureAt = null;
        }
    }

    void recordSuccess(Instant now) {
        failedCount = 0;
        firstFailureAt = null;
        lockedUntil = null;
        lastSignInAt = now;
    }

    void unlock() {
        failedCount = 0;
        firstFailureAt = null;
        lockedUntil = null;
    }

    void acceptTotpStep(long step) {
        totpLastStep = step;
    }

    void enrolTotp(byte[] cipher) {
        totpSecretCipher = cipher;
        totpLastStep = 0;
    }

    void resetMfa() {
        totpSecretCipher = null;
        totpLastStep = 0;
    }

    void setPasswordHash(String hash) {
        passwordHash = hash;
    }

    void setRole(Role newRole) {
        role = newRole;
    }

    void setCanRevealSsn(boolean value) {
        canRevealSsn = value;
    }

    void setDisabled(boolean value) {
        disabled = value;
    }

    StaffAccount toAccount() {
        return new StaffAccount(
                id,
                username,
                displayName,
                role,
                canRevealSsn,
                disabled,
                mfaEnrolled(),
                lockedUntil,
                lastSignInAt,
                mustChangePassword);
    }
}
