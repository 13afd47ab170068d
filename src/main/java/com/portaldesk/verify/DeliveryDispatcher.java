package com.portaldesk.verify;

import com.portaldesk.audit.AuditEventType;
import com.portaldesk.audit.AuditLog;
import com.portaldesk.audit.AuditReason;
import com.portaldesk.audit.AuditRecord;
import com.portaldesk.delivery.CodeMessage;
import com.portaldesk.delivery.CodeSender;
import com.portaldesk.delivery.DeliveryResult;
import com.portaldesk.store.Tx;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
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
    private final Executor handOff;
    private SmsFailureListener onSmsFailure = (challengeId, version, terminalId) -> { };

    /** Told when a text message failed, after the failure is recorded. */
    interface SmsFailureListener {
        void smsFailed(UUID challengeId, int codeVersion, String terminalId);
    }

    /**
     * {@code handOffDelay} is how long after the commit the worker picks the message up. A short delay means the
     * worker is woken by a timer rather than by the client's own thread, which the scheduler would otherwise
     * often pause to run the worker first, making a real match answer measurably slower than a decoy.
     */
    DeliveryDispatcher(CodeSender sender, Tx tx, AuditLog audit, ExecutorService executor, Duration handOffDelay) {
        this.sender = sender;
        this.tx = tx;
        this.audit = audit;
        this.executor = executor;
        this.handOff = handOffDelay.isZero() ? executor
                : CompletableFuture.delayedExecutor(handOffDelay.toMillis(), TimeUnit.MILLISECONDS, executor);
    }

    void deliver(UUID challengeId, int codeVersion, UUID contactId, String terminalId, CodeMessage message) {
        handOff.execute(() -> {
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

    void onSmsFailure(SmsFailureListener listener) {
        this.onSmsFailure = listener;
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
        if (!result.sent() && message.channel() == com.portaldesk.contacts.Channel.SMS) {
            try {
                onSmsFailure.smsFailed(challengeId, codeVersion, terminalId);
            } catch (RuntimeException e) {
                LOG.error("Cannot send the email fallback for challenge {}: {}", challengeId, e.getMessage());
            }
        }
    }

    /** Lets queued deliveries finish (the command line exits right after a start). */
    @Override
    public void close() {
        try {
            // Deliveries still waiting for their hand-off delay must reach the executor before it shuts down.
            CompletableFuture.runAsync(() -> { }, handOff).get(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException
                 | java.util.concurrent.RejectedExecutionException e) {
            LOG.warn("Could not wait for queued codes: {}", e.getClass().getSimpleName());
        }
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
