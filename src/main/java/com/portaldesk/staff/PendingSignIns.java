package com.portaldesk.staff;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sign-ins between steps (password right, second factor or a new password or enrolment still to come), each known by
 * an unguessable token for five minutes. Only this process knows them: a restart means starting again.
 */
final class PendingSignIns {
    private static final Duration LIFETIME = Duration.ofMinutes(5);

    /**
     * A sign-in between steps. {@code passwordChange} is true only once the password (and the second factor, where
     * enrolled) were right for an account that must choose a new password: only such a token can set one.
     * {@code unlocking} marks the same person opening their idle-locked window, audited as an unlock.
     */
    record Pending(UUID userId, byte[] newSecret, Instant until, boolean passwordChange, boolean unlocking) {}

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();

    PendingSignIns(Clock clock) {
        this.clock = clock;
    }

    /** A new token for the next step of this account's sign-in. */
    String remember(UUID userId, boolean passwordChange, boolean unlocking) {
        byte[] raw = new byte[24];
        random.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        Instant now = clock.instant();
        // Steps abandoned half-way (a password typed again, a window closed) go once their time is up.
        pending.values().removeIf(step -> now.isAfter(step.until()));
        pending.put(token, new Pending(userId, null, now.plus(LIFETIME), passwordChange, unlocking));
        return token;
    }

    String remember(UUID userId) {
        return remember(userId, false, false);
    }

    /** The same step, now holding the authenticator secret being enrolled; it lives no longer than before. */
    void holdSecret(String token, Pending step, byte[] secret) {
        pending.put(token, new Pending(step.userId(), secret, step.until(), false, false));
    }

    /** The sign-in this token names, if it has not run out. */
    Pending live(String token) {
        Pending step = token == null ? null : pending.get(token);
        if (step == null || clock.instant().isAfter(step.until())) {
            if (token != null) {
                pending.remove(token);
            }
            throw new StaffException("This sign-in took too long. Please start again.");
        }
        return step;
    }

    /** Done or refused: the token is no good any more. */
    void forget(String token) {
        pending.remove(token);
    }
}
