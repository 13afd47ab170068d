package com.portaldesk.app;

import com.portaldesk.audit.Actor;
import com.portaldesk.backup.BackupSchedule;
import com.portaldesk.report.CheckpointMail;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a staff app does for the firm while it runs: each minute it asks whether today's automatic backup and the
 * daily audit checkpoint email are due; on a shared database the first workstation to claim one does it (see
 * BackupSchedule and CheckpointMail). A failure is logged and asked about again a minute later.
 */
final class DailyJobs {
    private static final Logger LOG = LoggerFactory.getLogger(DailyJobs.class);

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "portaldesk-scheduled-backup");
        thread.setDaemon(true);
        return thread;
    });

    DailyJobs(BackupSchedule backups, CheckpointMail checkpointMail, String terminalId) {
        Actor scheduler = new Actor("scheduled backup", terminalId);
        Actor mailer = new Actor("scheduled checkpoint", terminalId);
        // Each run catches and logs its own failure, so no run is lost with the schedule's future.
        var unused = timer.scheduleWithFixedDelay(
                () -> {
                    try {
                        backups.runIfDue(scheduler);
                    } catch (RuntimeException e) {
                        LOG.warn("The backup schedule could not be checked: {}", e.getMessage(), e);
                    }
                    try {
                        checkpointMail.sendIfDue(mailer);
                    } catch (RuntimeException e) {
                        LOG.warn("The daily audit checkpoint could not be mailed: {}", e.getMessage(), e);
                    }
                },
                1,
                1,
                TimeUnit.MINUTES);
    }

    /** Not at once: a backup under way finishes (or its .partial file is left, never a false one). */
    void stop() {
        timer.shutdown();
        try {
            if (!timer.awaitTermination(1, TimeUnit.MINUTES)) {
                LOG.warn("A scheduled backup was still running a minute after PortalDesk began to close.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
