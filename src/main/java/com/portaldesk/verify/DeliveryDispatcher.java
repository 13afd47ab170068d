package com.portaldesk.verify;

import com.portaldesk.audit.AuditEventType;
import com.portaldesk.audit.AuditLog;
import com.portaldesk.audit.AuditReason;
import com.portaldesk.audit.AuditRecord;
import com.portaldesk.delivery.CodeMessage;
import com.portaldesk.delivery.CodeSender;
import com.portaldesk.delivery.DeliveryResult;
import com.portaldesk.store.Tx;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends codes after the challenge is committed, on a worker thread. The client's answer therefore never
 * waits for a provider, so a real match answers as fast as a decoy that sends nothing.
 */
final class DeliveryDispatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DeliveryDispatcher.class);

    private final CodeSender sender;
    private final Tx tx;
    private final AuditLog audit;
    private final ExecutorService executor;

    DeliveryDispatcher(CodeSender sender, Tx tx, AuditLog audit, ExecutorService executor) {
        this.sender = sender;
        this.tx = tx;
        this.audit = audit;
        this.executor = executor;
    }

    void deliver(UUID challengeId, int codeVersion, UUID contactId, String terminalId, CodeMessage message) {
        executor.execute(() -> {
            DeliveryResult result;
            try {
                result = sender.send(message);
            } catch (RuntimeException e) {
                LOG.warn("Code delivery to {} failed unexpectedly: {}", message.destinationMasked(), e.getClass().getName());
                result = DeliveryResult.failed("UNEXPECTED", "The delivery service failed unexpectedly.");
            }
            record(challengeId, codeVersion, contactId, terminalId, message, result);
        });
    }

    private void record(UUID challengeId, int codeVersion, UUID contactId, String terminalId, CodeMessage message,
                        DeliveryResult result) {
        AuditRecord event = (result.sent()
                ? AuditRecord.of(AuditEventType.CODE_SENT, AuditReason.OK, terminalId)
                : AuditRecord.of(AuditEventType.DELIVERY_FAILED, AuditReason.DELIVERY_FAILED, terminalId)
                        .withDetail(result.failureCode() + ": " + result.failureMessage()))
                .withContact(contactId).withChallenge(challengeId)
                .withDelivery(message.channel().name(), message.destinationMasked());
        try {
            tx.run(em -> {
                ChallengeUpdates.setDelivery(em, challengeId, codeVersion, result.sent() ? "SENT" : "FAILED");
                audit.append(em, event);
            });
        } catch (RuntimeException e) {
            LOG.error("Cannot record the delivery result of challenge {}: {}", challengeId, e.getMessage());
        }
    }

    /** Lets queued deliveries finish (the command line exits right after a start). */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(60, TimeUnit.SECONDS)) {
                LOG.warn("Some codes were still being sent when PortalDesk closed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
