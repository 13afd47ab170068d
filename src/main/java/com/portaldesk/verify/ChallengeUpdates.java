package com.portaldesk.verify;

import jakarta.persistence.EntityManager;
import java.util.UUID;

/**
 * The two atomic statements the security of checking rests on. Each is a single UPDATE whose WHERE clause
 * does the deciding, so parallel requests (threads or workstations) cannot both win.
 */
final class ChallengeUpdates {
    private ChallengeUpdates() {}

    /**
     * Takes one check from the budget before the code is compared, and counts the check as under way until
     * {@link #checkDone}; false when no check is left or the challenge is not pending.
     */
    static boolean takeAttempt(EntityManager em, UUID id) {
        return em.createQuery("update Challenge c set c.checks = c.checks + 1,"
                                + " c.checksInFlight = c.checksInFlight + 1 where c.id = :id"
                                + " and c.status = :pending and c.checks < c.maxChecks")
                        .setParameter("id", id)
                        .setParameter("pending", ChallengeStatus.PENDING)
                        .executeUpdate()
                == 1;
    }

    /** The comparison of a check that took an attempt is over (approved or not). */
    static void checkDone(EntityManager em, UUID id) {
        em.createQuery("update Challenge c set c.checksInFlight = c.checksInFlight - 1 where c.id = :id"
                        + " and c.checksInFlight > 0")
                .setParameter("id", id)
                .executeUpdate();
    }

    /** Single-use approval of a real challenge whose code has not been replaced meanwhile. */
    static boolean approve(EntityManager em, UUID id, int codeVersion) {
        return em.createQuery("update Challenge c set c.status = :approved where c.id = :id and c.status = :pending"
                                + " and c.decoy = false and c.codeVersion = :version")
                        .setParameter("approved", ChallengeStatus.APPROVED)
                        .setParameter("id", id)
                        .setParameter("pending", ChallengeStatus.PENDING)
                        .setParameter("version", codeVersion)
                        .executeUpdate()
                == 1;
    }

    static void setDelivery(EntityManager em, UUID id, int codeVersion, CodeStanding status) {
        em.createQuery(
                        "update Challenge c set c.deliveryStatus = :status where c.id = :id and c.codeVersion = :version")
                .setParameter("status", status)
                .setParameter("id", id)
                .setParameter("version", codeVersion)
                .executeUpdate();
    }
}
