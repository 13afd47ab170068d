package com.portaldesk.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/**
 * An event that says the log was knowingly put back or resumed at its own number: an admin's resumption after the
 * audit alarm, or the restore of a backup. Only a holder of the key can write either. A checkpoint that contradicts
 * the log is explained by such a break only when it names an event at or after the break's own number (events before
 * it were not touched) and was certainly made before the break: in an earlier minute (checkpoint times are whole
 * minutes), or listed by the resumption itself, which names the checkpoints of its own minute it found contradicted.
 */
record DeclaredBreak(long seq, Instant at, AuditEventType type, String actor, Set<Checkpoint> listed) {
    static final Set<AuditEventType> TYPES = Set.of(AuditEventType.AUDIT_LOG_RESUMED, AuditEventType.BACKUP_RESTORED);

    static DeclaredBreak of(long seq, Instant at, AuditEventType type, String actor, String detail) {
        return new DeclaredBreak(seq, at, type, actor, Set.copyOf(Checkpoint.findAll(detail)));
    }

    boolean explains(Checkpoint checkpoint) {
        return checkpoint.seq() >= seq
                && (checkpoint.time().isBefore(at.truncatedTo(ChronoUnit.MINUTES)) || listed.contains(checkpoint));
    }

    String words() {
        return (type == AuditEventType.BACKUP_RESTORED ? "the restore of a backup" : "the resumption of the log")
                + " at event " + seq + " (" + at + (actor == null ? "" : ", by " + actor) + ")";
    }
}
