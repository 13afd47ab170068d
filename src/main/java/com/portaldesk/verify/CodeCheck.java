package com.portaldesk.verify;

import com.portaldesk.audit.AuditEventType;
import com.portaldesk.audit.AuditLog;
import com.portaldesk.audit.AuditReason;
import com.portaldesk.audit.AuditRecord;
import com.portaldesk.config.Terminals;
import com.portaldesk.contacts.SignInLookup;
import com.portaldesk.contacts.TextRules;
import com.portaldesk.settings.PolicyService;
import com.portaldesk.settings.PortalPolicy;
import com.portaldesk.store.StoredTime;
import com.portaldesk.store.Tx;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Checks a code in small steps, Keycloak-style: is the identity locked; take one attempt from the budget in
 * its own committed transaction (so parallel guesses can never exceed it); is the code still alive; compare
 * in constant time; approve with a single-use atomic update. A decoy goes through every step and fails the last.
 */
public final class CodeCheck {
    /** Stands for "no attempt left" between the two steps; never returned to a caller. */
    private static final CheckResult NO_ATTEMPT_LEFT =
            new CheckResult(ClientStatus.TOO_MANY_ATTEMPTS, ClientAnswer.TOO_MANY, 0, Optional.empty());
    /** How long a check with no attempt left waits for checks that took the last attempts to finish comparing. */
    private static final Duration IN_FLIGHT_PATIENCE = Duration.ofSeconds(5);

    private final Tx tx;
    private final PolicyService policies;
    private final AuditLog audit;
    private final CodeHasher hasher;
    private final IdentityLockout lockout;
    private final ClientSessions sessions;
    private final Clock clock;
    private final SignInLookup lookup;

    CodeCheck(VerifyGround ground, IdentityLockout lockout, ClientSessions sessions, SignInLookup lookup) {
        this.lookup = lookup;
        this.tx = ground.tx();
        this.policies = ground.policies();
        this.audit = ground.audit();
        this.hasher = ground.hasher();
        this.lockout = lockout;
        this.sessions = sessions;
        this.clock = ground.clock();
    }

    public CheckResult check(UUID challengeId, String code, String terminalId) {
        Terminals.check(terminalId);
        String typed = code == null ? "" : code.strip();
        if (challengeId == null || typed.length() < 6 || typed.length() > 10 || !TextRules.isAsciiDigits(typed)) {
            return new CheckResult(ClientStatus.INVALID_INPUT, ClientAnswer.BAD_CODE_FORMAT, 0, Optional.empty());
        }
        Optional<CheckResult> early = takeAttempt(challengeId, terminalId);
        if (early.isPresent()) {
            return early.get() == NO_ATTEMPT_LEFT ? refuseWithoutAttempt(challengeId, terminalId) : early.get();
        }
        return tx.inTransaction(em -> {
            ChallengeUpdates.checkDone(em, challengeId); // commits with the outcome below
            Challenge challenge = em.find(Challenge.class, challengeId);
            PortalPolicy policy = policies.current(em);
            Instant now = now();
            int left = challenge.maxChecks() - challenge.checks();
            AuditRecord event = AuditRecord.of(AuditEventType.CHECK_FAILED, AuditReason.CODE_INVALID, terminalId)
                    .withChallenge(challengeId)
                    .withContact(challenge.contactId());
            if (!now.isBefore(challenge.expiresAt())) {
                audit.append(
                        em,
                        AuditRecord.of(AuditEventType.CHECK_FAILED, AuditReason.CODE_EXPIRED, terminalId)
                                .withChallenge(challengeId)
                                .withContact(challenge.contactId()));
                return new CheckResult(ClientStatus.EXPIRED, ClientAnswer.EXPIRED, left, Optional.empty());
            }
            boolean codeMatches = hasher.matches(challenge.codeHash(), challengeId, typed);
            boolean approved = codeMatches && ChallengeUpdates.approve(em, challengeId, challenge.codeVersion());
            if (codeMatches && !approved && !challenge.decoy()) {
                // The right code, but a parallel check approved this challenge first: single use means no second
                // session.
                audit.append(
                        em,
                        new AuditRecord(
                                AuditEventType.CHECK_FAILED,
                                AuditReason.NOT_PENDING,
                                terminalId,
                                challenge.contactId(),
                                challengeId,
                                null,
                                null,
                                ""));
                return new CheckResult(ClientStatus.START_AGAIN, ClientAnswer.START_AGAIN, left, Optional.empty());
            }
            if (approved) {
                lockout.clearFailures(em, challenge.identityHash(), now);
                lookup.recordSignIn(em, challenge.contactId(), now);
                ClientSession session = sessions.open(em, challenge.contactId(), challengeId, terminalId, policy);
                audit.append(
                        em,
                        AuditRecord.of(AuditEventType.CHECK_APPROVED, AuditReason.MATCH, terminalId)
                                .withChallenge(challengeId)
                                .withContact(challenge.contactId()));
                audit.append(
                        em,
                        AuditRecord.of(AuditEventType.SESSION_STARTED, AuditReason.OK, terminalId)
                                .withChallenge(challengeId)
                                .withContact(challenge.contactId()));
                return new CheckResult(ClientStatus.APPROVED, ClientAnswer.APPROVED, left, Optional.of(session));
            }
            audit.append(em, event);
            if (lockout.recordFailure(em, challenge.identityHash(), now, policy)) {
                audit.append(
                        em,
                        AuditRecord.of(AuditEventType.IDENTITY_LOCKED, AuditReason.THRESHOLD_REACHED, terminalId)
                                .withContact(challenge.contactId())
                                .withChallenge(challengeId));
            }
            ClientStatus status = left == 0 ? ClientStatus.TOO_MANY_ATTEMPTS : ClientStatus.INVALID;
            return new CheckResult(status, ClientAnswer.invalid(left), left, Optional.empty());
        });
    }

    /**
     * Refuses early when the challenge is unknown, was locked out or has no attempt left; otherwise
     * commits one attempt taken from the budget, before anything is compared.
     */
    private Optional<CheckResult> takeAttempt(UUID challengeId, String terminalId) {
        return tx.inTransaction(em -> {
            Challenge challenge = em.find(Challenge.class, challengeId);
            if (challenge == null) {
                return Optional.of(
                        new CheckResult(ClientStatus.START_AGAIN, ClientAnswer.START_AGAIN, 0, Optional.empty()));
            }
            AuditRecord refused = AuditRecord.of(AuditEventType.CHECK_FAILED, AuditReason.LOCKED, terminalId)
                    .withChallenge(challengeId)
                    .withContact(challenge.contactId());
            // A challenge that was under way when the lock fell is refused as locked. One started during the lock
            // is a decoy already and answers like any decoy, so the answer cannot tell a real client from no one.
            Optional<Instant> lockedSince = lockout.lockedSince(em, challenge.identityHash(), now());
            if (lockedSince.isPresent() && challenge.createdAt().isBefore(lockedSince.get())) {
                audit.append(em, refused);
                return Optional.of(new CheckResult(ClientStatus.LOCKED, ClientAnswer.LOCKED, 0, Optional.empty()));
            }
            return ChallengeUpdates.takeAttempt(em, challengeId) ? Optional.empty() : Optional.of(NO_ATTEMPT_LEFT);
        });
    }

    /**
     * No attempt was left, or the challenge is no longer pending. Checks that took the last attempts may still be
     * comparing (a race of right codes from a double tap, or two kiosks): their outcome decides the answer, so it
     * is awaited, briefly. Approved meanwhile: this code was just used, start again. Otherwise: too many tries.
     */
    private CheckResult refuseWithoutAttempt(UUID challengeId, String terminalId) {
        long deadline = System.nanoTime() + IN_FLIGHT_PATIENCE.toNanos();
        Challenge challenge = tx.inTransaction(em -> em.find(Challenge.class, challengeId));
        while (challenge.status() == ChallengeStatus.PENDING
                && challenge.checksInFlight() > 0
                && System.nanoTime() < deadline) {
            pause();
            challenge = tx.inTransaction(em -> em.find(Challenge.class, challengeId));
        }
        boolean used = challenge.status() != ChallengeStatus.PENDING;
        AuditRecord refused = new AuditRecord(
                AuditEventType.CHECK_FAILED,
                used ? AuditReason.NOT_PENDING : AuditReason.TOO_MANY_ATTEMPTS,
                terminalId,
                challenge.contactId(),
                challengeId,
                null,
                null,
                "");
        audit.record(refused);
        return used
                ? new CheckResult(ClientStatus.START_AGAIN, ClientAnswer.START_AGAIN, 0, Optional.empty())
                : new CheckResult(ClientStatus.TOO_MANY_ATTEMPTS, ClientAnswer.TOO_MANY, 0, Optional.empty());
    }

    private static void pause() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Instant now() {
        return StoredTime.now(clock);
    }
}
