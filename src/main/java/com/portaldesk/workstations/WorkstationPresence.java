package com.portaldesk.workstations;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one running staff app or kiosk on the Workstations list: announces it, reports on a timer thread of its
 * own, and says it closed. A report that fails (the shared database briefly out of reach) is only logged; the
 * program carries on, and the next report tries again.
 */
public final class WorkstationPresence implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WorkstationPresence.class);

    private final Workstations workstations;
    private final WorkstationIdentity identity;
    private final ScheduledExecutorService timer;
    private UUID id;

    private WorkstationPresence(Workstations workstations, WorkstationIdentity identity, Duration interval) {
        this.workstations = workstations;
        this.identity = identity;
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "portaldesk-workstation-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        // Each run catches and logs its own failure, so no run is lost with the schedule's future.
        var unused = timer.scheduleWithFixedDelay(
                this::report, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Announces the program now, on the caller's thread, so it is listed before its window opens. */
    public static WorkstationPresence announce(
            Workstations workstations, WorkstationIdentity identity, Duration interval) {
        WorkstationPresence presence = new WorkstationPresence(workstations, identity, interval);
        presence.report();
        return presence;
    }

    private synchronized void report() {
        try {
            if (id == null || !workstations.seen(id)) {
                id = workstations.started(identity);
            }
        } catch (RuntimeException e) {
            LOG.warn("This workstation could not report to the Workstations list: {}", e.getMessage(), e);
        }
    }

    /** Stops reporting and records the close; called before the database closes. */
    @Override
    public void close() {
        // Not shutdownNow: interrupting a report mid-transaction would break its database connection.
        timer.shutdown();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            if (id == null) {
                return;
            }
            try {
                workstations.stopped(id);
            } catch (RuntimeException e) {
                LOG.warn("This workstation could not record that it closed: {}", e.getMessage(), e);
            }
        }
    }
}
