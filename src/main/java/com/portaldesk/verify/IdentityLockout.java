package com.portaldesk.verify;

import com.portaldesk.settings.PortalPolicy;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;

/**
 * Brute-force accounting per identity, kept apart from the engine (as Keycloak keeps its
 * BruteForceProtector apart from the OTP authenticator). Every start (so every wrong last four and unknown
 * email) and every wrong code counts; N of them within the window lock the identity until the lock runs out
 * or staff unlock it; a successful sign-in clears the count.
 */
final class IdentityLockout {

    boolean isLocked(EntityManager em, byte[] identity, Instant now) {
        return lockedSince(em, identity, now).isPresent();
    }

    /** When the current lock fell, if the identity is locked now. */
    Optional<Instant> lockedSince(EntityManager em, byte[] identity, Instant now) {
        IdentityState state = em.find(IdentityState.class, identity);
        boolean locked = state != null && state.lockedUntil() != null && now.isBefore(state.lockedUntil());
        return locked ? Optional.of(state.failuresSince()) : Optional.empty();
    }

    /** Records a failure; returns true when this failure locked the identity. */
    boolean recordFailure(EntityManager em, byte[] identity, Instant now, PortalPolicy policy) {
        em.persist(new IdentityFailure(identity, now));
        IdentityState state = stateForUpdate(em, identity, now);
        // Failures count inside the window and after the last lock, unlock or successful sign-in.
        long failures = em.createQuery(
                        "select count(f) from IdentityFailure f where f.identityHash = :identity"
                                + " and f.occurredAt > :since and f.occurredAt > :windowStart",
                        Long.class)
                .setParameter("identity", identity)
                .setParameter("since", state.failuresSince())
                .setParameter("windowStart", now.minus(policy.lockWindow()))
                .getSingleResult();
        if (failures >= policy.lockThreshold() && !isLocked(em, identity, now)) {
            state.lock(now, now.plus(policy.lockDuration()));
            return true;
        }
        return false;
    }

    /** A successful sign-in: the failures before it no longer count. */
    void clearFailures(EntityManager em, byte[] identity, Instant now) {
        stateForUpdate(em, identity, now).unlock(now);
    }

    /** Staff unlock: clears the lock and starts counting afresh. Returns false when it was not locked. */
    boolean unlock(EntityManager em, byte[] identity, Instant now) {
        boolean wasLocked = isLocked(em, identity, now);
        stateForUpdate(em, identity, now).unlock(now);
        return wasLocked;
    }

    /** Makes sure the identity has its row before anything is counted against it (done when a challenge starts). */
    void ensureState(EntityManager em, byte[] identity) {
        if (em.find(IdentityState.class, identity) == null) {
            em.persist(new IdentityState(identity, Instant.EPOCH));
            em.flush();
        }
    }

    /** Locks the identity's row, so two workstations counting the same identity take turns. */
    private static IdentityState stateForUpdate(EntityManager em, byte[] identity, Instant now) {
        IdentityState state = em.find(IdentityState.class, identity, LockModeType.PESSIMISTIC_WRITE);
        if (state == null) {
            state = new IdentityState(identity, Instant.EPOCH);
            em.persist(state);
            em.flush();
        }
        return state;
    }
}
