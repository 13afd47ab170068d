package com.portaldesk.delivery;

import com.portaldesk.contacts.Channel;
import com.portaldesk.store.StoredTime;
import com.portaldesk.store.Tx;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * The demonstration sender and its mailbox: every code is stored here instead of being sent, for the staff
 * app to show under a "Demonstration: not delivered" banner and for `outbox list`.
 */
public final class Outbox implements CodeSender {
    /** What the audit log says of a kept message: never "sent". */
    public static final String KEPT = "Kept in the outbox, not delivered (demonstration mode)";

    private final Tx tx;
    private final Clock clock;

    public Outbox(Tx tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    public static List<Class<?>> entityClasses() {
        return List.of(OutboxMessage.class);
    }

    @Override
    public DeliveryResult send(CodeMessage message) {
        boolean sms = message.channel() == Channel.SMS;
        OutboxMessage kept = new OutboxMessage(
                UUID.randomUUID(),
                StoredTime.now(clock),
                message.channel(),
                message.destinationMasked(),
                sms ? "" : CodeTexts.emailSubject(message),
                sms ? CodeTexts.sms(message) : CodeTexts.emailText(message));
        tx.run(em -> em.persist(kept));
        return DeliveryResult.accepted("outbox", KEPT);
    }

    @Override
    public DeliveryResult sendTest(String destination, String firmName) {
        OutboxMessage kept = new OutboxMessage(
                UUID.randomUUID(),
                StoredTime.now(clock),
                destination.contains("@") ? Channel.EMAIL : Channel.SMS,
                "(test) " + masked(destination),
                "Test message",
                CodeTexts.test(firmName));
        tx.run(em -> em.persist(kept));
        return DeliveryResult.accepted("outbox", KEPT);
    }

    @Override
    public DeliveryResult sendNotice(String to, String subject, String text) {
        tx.run(em -> em.persist(
                new OutboxMessage(UUID.randomUUID(), StoredTime.now(clock), Channel.EMAIL, masked(to), subject, text)));
        return DeliveryResult.accepted("outbox", KEPT);
    }

    /** Lists never show a whole destination: a•••@example.com, •••23. */
    private static String masked(String destination) {
        int at = destination.indexOf('@');
        if (at > 0) {
            return destination.charAt(0) + "•••" + destination.substring(at);
        }
        return "•••" + destination.substring(Math.max(0, destination.length() - 2));
    }

    @Override
    public String describe() {
        return "Outbox (demonstration: nothing is delivered)";
    }

    /** Newest first. */
    public List<OutboxEntry> list(int limit) {
        return tx.inTransaction(em -> em
                .createQuery("select m from OutboxMessage m order by m.createdAt desc", OutboxMessage.class)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(OutboxMessage::toEntry)
                .toList());
    }
}
