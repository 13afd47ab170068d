package com.portaldesk.verify;

import com.portaldesk.audit.Actor;
import com.portaldesk.audit.AuditEventType;
import com.portaldesk.audit.AuditLog;
import com.portaldesk.audit.AuditReason;
import com.portaldesk.audit.AuditRecord;
import com.portaldesk.contacts.Email;
import com.portaldesk.store.Tx;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** What staff can see and do about a client's sign-in lock. */
public final class IdentityLocks {
    private final Tx tx;
    private final AuditLog audit;
    private final CodeHasher hasher;
    private final AttemptLimiter limiter;
    private final Clock clock;

    IdentityLocks(Tx tx, AuditLog audit, CodeHasher hasher, AttemptLimiter limiter, Clock clock) {
        this.tx = tx;
        this.audit = audit;
        this.hasher = hasher;
        this.limiter = limiter;
        this.clock = clock;
    }

    public boolean isLocked(Email email) {
        return tx.inTransaction(em -> limiter.isLocked(em, hasher.identity(email.value()), now()));
    }

    /**
     * Clears the lock and the failure count of the identity (the email), audited with who did it.
     * Returns true when there was a lock to clear.
     */
    /** Clears the lock and the failure count of an email, audited as the staff member (or account) who did it. */
    public boolean unlock(Email email, Actor actor) {
        Terminals.check(actor.terminalId());
        return tx.inTransaction(em -> {
            byte[] identity = hasher.identity(email.value());
            limiter.ensureState(em, identity);
            boolean wasLocked = limiter.unlock(em, identity, now());
            audit.append(em, AuditRecord.by(actor, AuditEventType.IDENTITY_UNLOCKED, AuditReason.STAFF_UNLOCK)
                    .withDetail(wasLocked ? "Lock cleared for " + email.masked()
                            : "Failure count cleared for " + email.masked() + " (it was not locked)"));
            return wasLocked;
        });
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
