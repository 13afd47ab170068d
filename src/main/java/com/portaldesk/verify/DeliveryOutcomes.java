package com.portaldesk.verify;

import com.portaldesk.audit.AuditEventType;
import com.portaldesk.audit.AuditLog;
import com.portaldesk.audit.AuditReason;
import com.portaldesk.audit.AuditRecord;
import com.portaldesk.contacts.Channel;
import com.portaldesk.delivery.DeliveryResult;
import com.portaldesk.store.Tx;
import com.portaldesk.verify.CodeDelivery.Status;
import com.portaldesk.verify.DeliveryQueue.Claim;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes down what became of a claimed delivery, each in one transaction with its audit event: the audit log says
 * "sent" only here, after the provider accepted the message, and says by whom. A failed text queues its email
 * fallback in the same transaction. Nothing is written when this worker no longer holds the claim.
 */
final class DeliveryOutcomes {
    /** An email the mail server could not take for a passing reason is tried this often in all, while the code lives. */
    static final int MAX_TRIES = 3;

    private final Tx tx;
    private final DeliveryQueue queue;
    private final AuditLog audit;
    private final EmailFallback fallback;

    DeliveryOutcomes(Tx tx, DeliveryQueue queue, AuditLog audit, EmailFallback fallback) {
        this.tx = tx;
        this.queue = queue;
        this.audit = audit;
        this.fallback = fallback;
    }

    /**
     * Whether the claimed code should still go out: not when a newer code replaced it, the sign-in ended, or the
     * code expired while no PortalDesk process was running to send it. Such a row is closed as not sent.
     */
    boolean stillWanted(Claim claim) {
        Instant now = queue.now();
        return tx.inTransaction(em -> {
            Challenge challenge = em.find(Challenge.class, claim.challengeId());
            boolean current = challenge != null
                    && challenge.status() == ChallengeStatus.PENDING
                    && challenge.codeVersion() == claim.codeVersion();
            boolean alive = now.isBefore(claim.expiresAt());
            if (current && alive) {
                return true;
            }
            String why = !alive
                    ? "Not sent: the code expired before a PortalDesk process could send it"
                    : "Not sent: a newer code replaced it, or the sign-in ended, before it could be sent";
            if (queue.move(em, claim, Status.SENDING, Status.NOT_SENT, null, null, why)) {
                audit.append(
                        em,
                        event(
                                        AuditEventType.DELIVERY_FAILED,
                                        alive ? AuditReason.NOT_PENDING : AuditReason.CODE_EXPIRED,
                                        claim)
                                .withDetail(why));
            }
            return false;
        });
    }

    /** The provider took the message. True when it is to be watched for a late failure for {@code watch}. */
    boolean accepted(Claim claim, DeliveryResult result, Duration watch) {
        Instant now = queue.now();
        boolean watching = !watch.isZero() && !result.delivered();
        Status next = result.delivered() ? Status.DELIVERED : watching ? Status.WATCHING : Status.SENT;
        return tx.inTransaction(em -> {
            if (!queue.move(
                    em,
                    claim,
                    Status.SENDING,
                    next,
                    result.providerReference(),
                    watching ? now.plus(watch) : null,
                    result.summary())) {
                return false;
            }
            ChallengeUpdates.setDelivery(em, claim.challengeId(), claim.codeVersion(), CodeStanding.SENT);
            audit.append(
                    em, event(AuditEventType.CODE_SENT, AuditReason.OK, claim).withDetail(result.summary()));
            return watching;
        });
    }

    /** The watch is over: delivered, or no failure reported while it lasted. */
    void watched(Claim claim, boolean delivered) {
        tx.run(em -> queue.move(
                em,
                claim,
                Status.WATCHING,
                delivered ? Status.DELIVERED : Status.SENT,
                claim.providerRef(),
                claim.watchUntil(),
                delivered ? "Delivered" : "No failure reported"));
    }

    /**
     * The provider refused or lost the message. An email refused for a passing reason is tried again later;
     * otherwise the row is final, and a failed text queues a fresh code by email. Returns that email's row.
     */
    Optional<UUID> failed(Claim claim, Status from, DeliveryResult result) {
        Instant now = queue.now();
        String reason = result.failureCode() + ": " + result.failureMessage();
        Duration backoff = Duration.ofSeconds(10L * claim.tries() * claim.tries());
        boolean again = claim.channel() == Channel.EMAIL
                && from == Status.SENDING
                && result.retryable()
                && claim.tries() < MAX_TRIES
                && now.plus(backoff).isBefore(claim.expiresAt());
        return tx.inTransaction(em -> {
            if (again) {
                if (queue.retryLater(em, claim, now.plus(backoff), reason)) {
                    audit.append(
                            em,
                            event(AuditEventType.DELIVERY_FAILED, AuditReason.DELIVERY_FAILED, claim)
                                    .withDetail(reason + " Trying again in " + backoff.toSeconds() + " s (try "
                                            + (claim.tries() + 1) + " of " + MAX_TRIES + ")."));
                }
                return Optional.<UUID>empty();
            }
            if (!queue.move(em, claim, from, Status.FAILED, claim.providerRef(), claim.watchUntil(), reason)) {
                return Optional.<UUID>empty();
            }
            ChallengeUpdates.setDelivery(em, claim.challengeId(), claim.codeVersion(), CodeStanding.FAILED);
            audit.append(
                    em,
                    event(AuditEventType.DELIVERY_FAILED, AuditReason.DELIVERY_FAILED, claim)
                            .withDetail(reason));
            return claim.channel() == Channel.SMS
                    ? fallback.afterFailedText(em, claim.challengeId(), claim.codeVersion(), claim.terminalId(), now)
                    : Optional.<UUID>empty();
        });
    }

    private static AuditRecord event(AuditEventType type, AuditReason reason, Claim claim) {
        return AuditRecord.of(type, reason, claim.terminalId())
                .withContact(claim.contactId())
                .withChallenge(claim.challengeId())
                .withDelivery(claim.channel().name(), claim.destinationMasked());
    }
}
