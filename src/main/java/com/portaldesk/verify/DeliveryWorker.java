package com.portaldesk.verify;

import com.portaldesk.contacts.Channel;
import com.portaldesk.delivery.CodeMessage;
import com.portaldesk.delivery.CodeSender;
import com.portaldesk.delivery.DeliveryResult;
import com.portaldesk.verify.CodeDelivery.Status;
import com.portaldesk.verify.DeliveryQueue.Claim;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends queued codes, in every PortalDesk process that sends: woken for its own new rows right after they commit,
 * and, once {@link #start() started} (staff app, kiosk), looking every two seconds for rows that are due or whose
 * worker died. A claim lasts {@link #LEASE} and is renewed while this process works on it, so a process killed
 * mid-send loses its rows to the next process within that time, and two living processes never send one row.
 * After a text is accepted, its status is watched for the provider's status-poll window.
 */
final class DeliveryWorker implements AutoCloseable {
    static final Duration LEASE = Duration.ofSeconds(15);
    private static final Logger LOG = LoggerFactory.getLogger(DeliveryWorker.class);
    private static final Duration SCAN_EVERY = Duration.ofSeconds(2);
    private static final Duration WATCH_EVERY = Duration.ofSeconds(2);
    private static final int CAPACITY = 8;

    private final DeliveryQueue queue;
    private final DeliveryOutcomes outcomes;
    private final CodeSender sender;
    private final ExecutorService executor;
    private final Executor handOff;
    private final ScheduledExecutorService timer;
    private final String name = workerName();
    private final Set<UUID> inFlight = ConcurrentHashMap.newKeySet();
    private volatile boolean closing;

    /**
     * {@code handOffDelay} is how long after the commit the worker picks a new row up. A short delay means the
     * worker is woken by a timer rather than by the client's own thread, which the scheduler would otherwise
     * often pause to run the worker first, making a real match answer measurably slower than a decoy.
     */
    DeliveryWorker(
            DeliveryQueue queue,
            DeliveryOutcomes outcomes,
            CodeSender sender,
            ExecutorService executor,
            Duration handOffDelay) {
        this.queue = queue;
        this.outcomes = outcomes;
        this.sender = sender;
        this.executor = executor;
        this.handOff = handOffDelay.isZero()
                ? executor
                : CompletableFuture.delayedExecutor(handOffDelay.toMillis(), TimeUnit.MILLISECONDS, executor);
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "portaldesk-delivery-timer");
            thread.setDaemon(true);
            return thread;
        });
        long renewEvery = LEASE.toMillis() / 3;
        // Each run catches and logs its own failure, so no run is lost with the schedule's future.
        var unused = timer.scheduleWithFixedDelay(this::renewClaims, renewEvery, renewEvery, TimeUnit.MILLISECONDS);
    }

    /** Sends a row this process has just committed. */
    void wake(UUID deliveryId) {
        submit(deliveryId, handOff);
    }

    /** Also sends what other processes left behind: rows that are due, or whose worker stopped renewing its claim. */
    void start() {
        // Each run catches and logs its own failure, so no run is lost with the schedule's future.
        var unused = timer.scheduleWithFixedDelay(this::scan, 0, SCAN_EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Works on the rows of these challenges until none is open (sent, failed and fallen back, or given up), or
     * until {@code max} has passed. For the command line, which must not exit while its own codes are on their way.
     */
    boolean awaitFinal(Collection<UUID> challengeIds, Duration max) {
        long deadline = System.nanoTime() + max.toNanos();
        while (true) {
            List<UUID> open = queue.open(challengeIds);
            if (open.isEmpty()) {
                return true;
            }
            if (System.nanoTime() > deadline || closing) {
                return false;
            }
            open.forEach(id -> submit(id, executor));
            if (!pause(Duration.ofMillis(250))) {
                return false;
            }
        }
    }

    private void scan() {
        try {
            int free = CAPACITY - inFlight.size();
            if (free > 0 && !closing) {
                queue.due(free).forEach(id -> submit(id, executor));
            }
        } catch (RuntimeException e) {
            LOG.warn("Cannot look for codes to send: {}", e.getMessage(), e);
        }
    }

    private void renewClaims() {
        try {
            if (!inFlight.isEmpty()) {
                queue.renew(name, LEASE);
            }
        } catch (RuntimeException e) {
            LOG.warn("Cannot renew the claim on codes being sent: {}", e.getMessage(), e);
        }
    }

    private void submit(UUID id, Executor via) {
        if (closing || !inFlight.add(id)) {
            return;
        }
        try {
            via.execute(() -> {
                try {
                    if (!closing) {
                        process(id);
                    }
                } catch (RuntimeException e) {
                    LOG.error("Code delivery {} failed in the worker: {}", id, e.getMessage(), e);
                } finally {
                    inFlight.remove(id);
                }
            });
        } catch (RejectedExecutionException e) {
            inFlight.remove(id);
        }
    }

    private void process(UUID id) {
        Optional<Claim> taken = queue.claim(id, name, LEASE);
        if (taken.isEmpty()) {
            return;
        }
        Claim claim = taken.get();
        if (claim.watchOnly()) {
            watch(claim);
            return;
        }
        if (!outcomes.stillWanted(claim)) {
            return;
        }
        CodeMessage message = claim.message().orElseThrow();
        DeliveryResult result = send(message);
        if (!result.sent()) {
            outcomes.failed(claim, Status.SENDING, result).ifPresent(this::wake);
            return;
        }
        Duration window = claim.channel() == Channel.SMS ? sender.watchWindow(Channel.SMS) : Duration.ZERO;
        if (outcomes.accepted(claim, result, window)) {
            watch(claim.watching(result.providerReference(), queue.now().plus(window)));
        }
    }

    private DeliveryResult send(CodeMessage message) {
        try {
            return sender.send(message);
        } catch (RuntimeException e) {
            LOG.warn(
                    "Code delivery to {} failed unexpectedly: {}",
                    message.destinationMasked(),
                    e.getClass().getName(),
                    e);
            return DeliveryResult.transientFailure("UNEXPECTED", "The delivery service failed unexpectedly.");
        }
    }

    /** Asks the provider about an accepted text until it is delivered, fails, or the window ends. */
    private void watch(Claim claim) {
        Duration left = Duration.between(queue.now(), claim.watchUntil());
        long deadline = System.nanoTime() + Math.max(0, left.toNanos());
        while (!closing) {
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                outcomes.watched(claim, false);
                return;
            }
            if (!pause(Duration.ofNanos(Math.min(remaining, WATCH_EVERY.toNanos())))) {
                break;
            }
            DeliveryResult status = sender.status(Channel.SMS, claim.providerRef());
            if (status.delivered()) {
                outcomes.watched(claim, true);
                return;
            }
            if (!status.sent()) {
                outcomes.failed(claim, Status.WATCHING, status).ifPresent(this::wake);
                return;
            }
        }
        queue.release(claim); // closing: another process watches on at once
    }

    private static boolean pause(Duration duration) {
        try {
            Thread.sleep(Math.max(1, duration.toMillis()));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String workerName() {
        byte[] random = new byte[4];
        new SecureRandom().nextBytes(random);
        return "pid " + ProcessHandle.current().pid() + " " + HexFormat.of().formatHex(random);
    }

    /**
     * Stops taking rows and lets those being sent finish (a text being watched is handed back for another process
     * to watch). Rows not yet taken stay queued for the next PortalDesk process.
     */
    @Override
    public void close() {
        closing = true;
        executor.shutdown();
        try {
            if (!executor.awaitTermination(60, TimeUnit.SECONDS)) {
                LOG.warn("Some codes were still being sent when PortalDesk closed; another PortalDesk process will "
                        + "finish them");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            timer.shutdownNow(); // renewed the claims of the sends above until they were done
        }
    }
}
