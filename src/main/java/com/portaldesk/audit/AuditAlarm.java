package com.portaldesk.audit;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The alarm a refused audit write raises: an error in the log (at most once a minute per process, since a kiosk and
 * the delivery worker keep trying) and an exception that names the problem and the next step, so what was refused
 * says why on screen and at the command line.
 */
final class AuditAlarm {
    static final String NEXT_STEP = "PortalDesk records nothing more, and so refuses sign-ins and changes, until an "
            + "admin has looked: 'portaldesk audit verify' shows what was changed; 'portaldesk audit resume --reason "
            + "\"...\"' then records what was found and continues the log.";
    private static final Logger LOG = LoggerFactory.getLogger(AuditAlarm.class);
    private static final long QUIET_NANOS = Duration.ofMinutes(1).toNanos();

    private final AtomicLong lastLogged = new AtomicLong(System.nanoTime() - QUIET_NANOS);

    AuditIntegrityException raise(String problem) {
        long now = System.nanoTime();
        long last = lastLogged.get();
        if (now - last >= QUIET_NANOS && lastLogged.compareAndSet(last, now)) {
            LOG.error("AUDIT LOG ALARM: {} An audit write was refused. {}", problem, NEXT_STEP);
        }
        return new AuditIntegrityException(problem + " " + NEXT_STEP);
    }

    void cleared() {
        LOG.warn("The audit log was resumed by an admin; the alarm is over, and the resumption is in the log.");
        lastLogged.set(System.nanoTime() - QUIET_NANOS);
    }
}
