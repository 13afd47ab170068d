package com.portaldesk.verify;

import com.portaldesk.audit.Actor;
import com.portaldesk.audit.AuditEventType;
import com.portaldesk.audit.AuditLog;
import com.portaldesk.audit.AuditReason;
import com.portaldesk.audit.AuditRecord;
import com.portaldesk.config.Terminals;
import com.portaldesk.contacts.ContactService;
import com.portaldesk.contacts.Email;
import com.portaldesk.store.StoredTime;
import com.portaldesk.store.Tx;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** What staff can see and do about a client's sign-in lock. */
public final class IdentityLocks {
    private final Tx tx;
    private final AuditLog audit;
    private final CodeHasher hasher;
    private final IdentityLockout lockout;
    private final Clock clock;

    IdentityLocks(Tx tx, AuditLog audit, CodeHasher hasher, IdentityLockout lockout, Clock clock) {
        this.tx = tx;
        this.audit = audit;
        this.hasher = hasher;
        this.lockout = lockout;
        this.clock = clock;
    }

    public boolean isLocked(Email email) {
        return tx.inTransaction(em -> lockout.isLocked(em, hasher.identity(email.value()), now()));
    }

    /** Clears the lock and the failure count of an email, audited as the staff member (or account) who did it. */
    public boolean unlock(Email email, Actor actor) {
        Terminals.check(actor.terminalId());
        return tx.inTransaction(em -> {
            byte[] identity = hasher.identity(email.value());
            lockout.ensureState(em, identity);
            boolean wasLocked = lockout.unlock(em, identity, now());
            audit.append(
                    em,
                    AuditRecord.by(actor, AuditEventType.IDENTITY_UNLOCKED, AuditReason.STAFF_UNLOCK)
                            .withDetail(
                                    wasLocked
                                            ? "Lock cleared for " + email.masked()
                                            : "Failure count cleared for " + email.masked() + " (it was not locked)"));
            return wasLocked;
        });
    }

    /**
     * The contacts whose sign-in is locked now. Locks are kept by a keyed hash of the email (a lock falls on a
     * guessed email too), so each contact's email is hashed and compared; nothing is read when no lock is in force.
     */
    public Set<UUID> lockedContactIds(ContactService contacts) {
        Set<ByteBuffer> locked = tx.inTransaction(em -> em.createQuery(
                        "select s.identityHash from IdentityState s where s.lockedUntil > :now", byte[].class)
                .setParameter("now", now())
                .getResultStream()
                .map(ByteBuffer::wrap)
                .collect(Collectors.toSet()));
        if (locked.isEmpty()) {
            return Set.of();
        }
        Set<UUID> ids = new HashSet<>();
        contacts.forEachEmail((id, email) -> {
            if (locked.contains(ByteBuffer.wrap(hasher.identity(email)))) {
                ids.add(id);
            }
        });
        return ids;
    }

    private Instant now() {
        return StoredTime.now(clock);
    }
}
