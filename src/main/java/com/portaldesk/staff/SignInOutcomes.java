package com.portaldesk.staff;

import com.portaldesk.audit.Actor;
import com.portaldesk.audit.AuditEventType;
import com.portaldesk.audit.AuditLog;
import com.portaldesk.audit.AuditReason;
import com.portaldesk.audit.AuditRecord;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;

/**
 * How a staff sign-in ends, in the account and in the audit log: a success resets the failures and is recorded with
 * how the person proved who they are; a refusal is recorded with its real reason and counts towards the account lock
 * (five in 15 minutes lock it for 15 minutes).
 */
final class SignInOutcomes {
    static final int LOCK_THRESHOLD = 5;
    static final Duration LOCK_WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    private final AuditLog audit;

    SignInOutcomes(AuditLog audit) {
        this.audit = audit;
    }

    /** Signed in (or, {@code unlocking}, back into the window the idle lock covered) "with" {@code how}. */
    SignInResult success(
            EntityManager em, StaffUser user, String terminal, Instant now, String how, boolean unlocking) {
        user.recordSuccess(now);
        audit.append(
                em,
                AuditRecord.by(
                                Actor.staff(user.username(), terminal),
                                unlocking ? AuditEventType.STAFF_APP_UNLOCKED : AuditEventType.STAFF_SIGNED_IN,
                                AuditReason.OK)
                        .withDetail(user.username() + " with " + how));
        return SignInResult.signedIn(
                new StaffSession(user.id(), user.username(), user.displayName(), user.role(), user.canRevealSsn()));
    }

    /** A refusal; {@code user} is null for an unknown name, and for an account already disabled or locked. */
    void refuse(EntityManager em, StaffUser user, AuditReason reason, String terminal, Instant now) {
        refuse(em, user, reason, terminal, now, user == null ? "(unknown user)" : user.username());
    }

    void refuse(EntityManager em, StaffUser user, AuditReason reason, String terminal, Instant now, String who) {
        audit.append(
                em,
                AuditRecord.of(AuditEventType.STAFF_SIGN_IN_FAILED, reason, terminal)
                        .withDetail(who));
        if (user != null) {
            user.recordFailure(now, LOCK_THRESHOLD, LOCK_WINDOW, LOCK_DURATION);
            if (user.lockedAt(now)) {
                audit.append(
                        em,
                        AuditRecord.of(AuditEventType.STAFF_LOCKED, AuditReason.THRESHOLD_REACHED, terminal)
                                .withDetail(who + " locked for 15 minutes"));
            }
        }
    }
}
