package com.portaldesk.verify;

import com.portaldesk.settings.PortalPolicy;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Puts a new code on a challenge and, when it is to be delivered, queues the delivery in the same transaction.
 * The code exists in the clear only here and, sealed, in the queue row; the challenge keeps only its keyed hash.
 */
final class CodeIssuer {
    private final CodeHasher hasher;
    private final DeliveryQueue queue;

    CodeIssuer(CodeHasher hasher, DeliveryQueue queue) {
        this.hasher = hasher;
        this.queue = queue;
    }

    /**
     * Issues the code. A decoy (or a destination that cannot be reached) gets a code nobody will ever see and
     * looks sent; a real one is queued and returns its delivery row's id, for the worker to be woken after commit.
     */
    Optional<UUID> issue(
            EntityManager em,
            Challenge challenge,
            Destination destination,
            PortalPolicy policy,
            Instant now,
            boolean deliver,
            boolean byEmailInstead,
            String firstName,
            String terminalId) {
        String code = hasher.newCode(policy.codeLength());
        challenge.issue(
                hasher.hash(challenge.id(), code),
                destination.channel(),
                destination.masked(),
                now,
                now.plus(policy.codeLifetime()),
                deliver ? CodeStanding.QUEUED : CodeStanding.SENT,
                byEmailInstead);
        if (!em.contains(challenge)) {
            em.persist(challenge);
        }
        if (!deliver) {
            queue.recordUnsent(
                    em,
                    challenge,
                    terminalId,
                    policy.codeLifetime(),
                    challenge.decoy() ? "Decoy: nothing is sent" : "Not sent: " + destination.problem());
            return Optional.empty();
        }
        return Optional.of(queue.enqueue(
                em, challenge, destination.address(), code, firstName, policy.codeLifetime(), terminalId));
    }
}
