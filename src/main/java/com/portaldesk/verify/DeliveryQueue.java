package com.portaldesk.verify;

import com.portaldesk.contacts.Channel;
import com.portaldesk.contacts.Language;
import com.portaldesk.delivery.CodeMessage;
import com.portaldesk.settings.FirmDetails;
import com.portaldesk.settings.PolicyService;
import com.portaldesk.store.FieldCipher;
import com.portaldesk.store.StorageException;
import com.portaldesk.store.StoredTime;
import com.portaldesk.store.Tx;
import com.portaldesk.verify.CodeDelivery.Status;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The rows of the code outbox: written in the caller's transaction, claimed with one atomic UPDATE, and moved on
 * only by the worker that holds the claim (every later UPDATE names it), so two processes never both send a row.
 * Everything a message needs that is personal (address, code, first name) is sealed with the row id as associated
 * data and wiped when the row is final.
 */
final class DeliveryQueue {
    private static final List<Status> OPEN = List.of(Status.QUEUED, Status.SENDING, Status.WATCHING);

    private final Tx tx;
    private final FieldCipher cipher;
    private final PolicyService policies;
    private final Clock clock;

    DeliveryQueue(Tx tx, FieldCipher cipher, PolicyService policies, Clock clock) {
        this.tx = tx;
        this.cipher = cipher;
        this.policies = policies;
        this.clock = clock;
    }

    /** What a worker holds after a successful claim. {@code message} is empty when only watching is left. */
    record Claim(
            UUID id,
            UUID challengeId,
            int codeVersion,
            UUID contactId,
            String terminalId,
            Channel channel,
            String destinationMasked,
            String worker,
            int tries,
            Instant expiresAt,
            String providerRef,
            Instant watchUntil,
            Optional<CodeMessage> message) {

        boolean watchOnly() {
            return message.isEmpty();
        }

        /** The same claim once the provider accepted the message and it is to be watched until {@code until}. */
        Claim watching(String reference, Instant until) {
            return new Claim(
                    id,
                    challengeId,
                    codeVersion,
                    contactId,
                    terminalId,
                    channel,
                    destinationMasked,
                    worker,
                    tries,
                    expiresAt,
                    reference,
                    until,
                    Optional.empty());
        }
    }

    /** A row for the challenge's newest code, in the caller's transaction: it commits with the challenge or not at all. */
    UUID enqueue(
            EntityManager em,
            Challenge challenge,
            String address,
            String code,
            String firstName,
            Duration lifetime,
            String terminalId) {
        CodeDelivery row = new CodeDelivery(
                UUID.randomUUID(),
                challenge,
                terminalId,
                challenge.language().tag(),
                (int) lifetime.toSeconds(),
                now());
        row.seal(SealedCode.seal(cipher, row.id(), new SealedCode.Contents(address, code, firstName)));
        em.persist(row);
        return row.id();
    }

    /**
     * The row a code that goes nowhere gets (a decoy's, or one for a destination that cannot be reached): the same
     * sealing work and the same insert as a real one, so a real match does not answer measurably slower than a
     * decoy, but final at once and with nothing sealed kept.
     */
    void recordUnsent(EntityManager em, Challenge challenge, String terminalId, Duration lifetime, String why) {
        CodeDelivery row = new CodeDelivery(
                UUID.randomUUID(),
                challenge,
                terminalId,
                challenge.language().tag(),
                (int) lifetime.toSeconds(),
                now());
        var unused =
                SealedCode.seal(cipher, row.id(), new SealedCode.Contents(challenge.destinationMasked(), "000000", ""));
        row.closeUnsent(why, now());
        em.persist(row);
    }

    /** Rows a worker may take now: due and unclaimed, or held by a claim that ran out (its worker is gone). */
    List<UUID> due(int limit) {
        Instant now = now();
        return tx.inTransaction(em -> em.createQuery(
                        "select d.id from CodeDelivery d where (d.status = :queued and "
                                + "d.dueAt <= :now) or (d.status in :held and d.claimedUntil < :now) order by d.dueAt",
                        UUID.class)
                .setParameter("queued", Status.QUEUED)
                .setParameter("held", List.of(Status.SENDING, Status.WATCHING))
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList());
    }

    /** The open rows of these challenges (for the command line, which waits for its own codes). */
    List<UUID> open(Collection<UUID> challengeIds) {
        if (challengeIds.isEmpty()) {
            return List.of();
        }
        return tx.inTransaction(em -> em.createQuery(
                        "select d.id from CodeDelivery d where d.challengeId in :ids " + "and d.status in :open",
                        UUID.class)
                .setParameter("ids", challengeIds)
                .setParameter("open", OPEN)
                .getResultList());
    }

    /**
     * Takes a row for this worker: one UPDATE decides between competing workers. A row taken to be sent gets one
     * more try; one taken over while being watched keeps its tries. Empty when someone else has it.
     */
    Optional<Claim> claim(UUID id, String worker, Duration lease) {
        Instant now = now();
        return tx.inTransaction(em -> {
            int toSend = em.createQuery("update CodeDelivery d set d.status = :sending, d.claimedBy = :me, "
                            + "d.claimedUntil = :until, d.tries = d.tries + 1 where d.id = :id and ((d.status = :queued "
                            + "and d.dueAt <= :now) or (d.status = :sending and d.claimedUntil < :now))")
                    .setParameter("sending", Status.SENDING)
                    .setParameter("queued", Status.QUEUED)
                    .setParameter("me", worker)
                    .setParameter("until", now.plus(lease))
                    .setParameter("id", id)
                    .setParameter("now", now)
                    .executeUpdate();
            int toWatch = toSend == 1
                    ? 0
                    : em.createQuery(
                                    "update CodeDelivery d set d.claimedBy = :me, "
                                            + "d.claimedUntil = :until where d.id = :id and d.status = :watching and d.claimedUntil < :now")
                            .setParameter("watching", Status.WATCHING)
                            .setParameter("me", worker)
                            .setParameter("until", now.plus(lease))
                            .setParameter("id", id)
                            .setParameter("now", now)
                            .executeUpdate();
            if (toSend + toWatch == 0) {
                return Optional.empty();
            }
            CodeDelivery row = em.find(CodeDelivery.class, id);
            Optional<CodeMessage> message = toSend == 1 ? Optional.of(message(em, row)) : Optional.empty();
            return Optional.of(new Claim(
                    row.id(),
                    row.challengeId(),
                    row.codeVersion(),
                    row.contactId(),
                    row.terminalId(),
                    row.channel(),
                    row.destinationMasked(),
                    worker,
                    row.tries(),
                    row.expiresAt(),
                    row.providerRef(),
                    row.watchUntil(),
                    message));
        });
    }

    /** Keeps this worker's claims alive while it works on them; a worker that died stops renewing. */
    void renew(String worker, Duration lease) {
        Instant until = now().plus(lease);
        tx.run(em -> em.createQuery("update CodeDelivery d set d.claimedUntil = :until where d.claimedBy = :me "
                        + "and d.status in :held")
                .setParameter("until", until)
                .setParameter("me", worker)
                .setParameter("held", List.of(Status.SENDING, Status.WATCHING))
                .executeUpdate());
    }

    /** Moves a claimed row on, in the caller's transaction; false when this worker no longer holds it. */
    boolean move(
            EntityManager em,
            Claim claim,
            Status from,
            Status to,
            String providerRef,
            Instant watchUntil,
            String outcome) {
        boolean last = !to.open();
        String finish = last ? ", d.finishedAt = :now, d.sealed = null, d.claimedBy = null, d.claimedUntil = null" : "";
        var update = em.createQuery("update CodeDelivery d set d.status = :to, d.providerRef = :ref, "
                        + "d.watchUntil = :watch, d.outcome = :outcome" + finish
                        + " where d.id = :id and d.claimedBy = :me and d.status = :from")
                .setParameter("to", to)
                .setParameter("ref", providerRef)
                .setParameter("watch", watchUntil)
                .setParameter("outcome", clip(outcome))
                .setParameter("id", claim.id())
                .setParameter("me", claim.worker())
                .setParameter("from", from);
        if (last) {
            update.setParameter("now", now());
        }
        return update.executeUpdate() == 1;
    }

    /** Puts a row back to be tried again at {@code dueAt}, claim released. */
    boolean retryLater(EntityManager em, Claim claim, Instant dueAt, String outcome) {
        return em.createQuery("update CodeDelivery d set d.status = :queued, d.dueAt = :due, d.claimedBy = null, "
                                + "d.claimedUntil = null, d.outcome = :outcome where d.id = :id and d.claimedBy = :me "
                                + "and d.status = :sending")
                        .setParameter("queued", Status.QUEUED)
                        .setParameter("due", dueAt)
                        .setParameter("outcome", clip(outcome))
                        .setParameter("id", claim.id())
                        .setParameter("me", claim.worker())
                        .setParameter("sending", Status.SENDING)
                        .executeUpdate()
                == 1;
    }

    /** Lets another process take over at once (this one is closing while it still watches a text). */
    void release(Claim claim) {
        Instant now = now();
        tx.run(em -> em.createQuery(
                        "update CodeDelivery d set d.claimedUntil = :now where d.id = :id " + "and d.claimedBy = :me")
                .setParameter("now", now)
                .setParameter("id", claim.id())
                .setParameter("me", claim.worker())
                .executeUpdate());
    }

    private CodeMessage message(EntityManager em, CodeDelivery row) {
        if (row.sealed() == null) {
            throw new StorageException("A queued code has lost its sealed content.");
        }
        SealedCode.Contents parts = SealedCode.open(cipher, row.id(), row.sealed());
        FirmDetails firm = policies.firm(em);
        return new CodeMessage(
                row.channel(),
                parts.address(),
                row.destinationMasked(),
                parts.code(),
                Duration.ofSeconds(row.lifetimeSeconds()),
                firm.name(),
                firm.phone(),
                parts.firstName(),
                Language.fromTag(row.language()));
    }

    private static String clip(String text) {
        return text == null || text.length() <= 400 ? text : text.substring(0, 400);
    }

    Instant now() {
        return StoredTime.now(clock);
    }
}
