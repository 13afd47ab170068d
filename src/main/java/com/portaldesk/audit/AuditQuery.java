package com.portaldesk.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * Filters for listing audit events; null means "any". Newest first, at most {@code limit}, and only events
 * older than {@code beforeSeq} when it is set, so a screen pages through a million events without loading them.
 * {@code actor} is who did it: a staff user name, or "os:NAME" for the command line.
 */
public record AuditQuery(
        Instant from,
        Instant to,
        AuditEventType type,
        UUID contactId,
        String terminalId,
        int limit,
        AuditReason reason,
        Long beforeSeq,
        String actor) {

    public AuditQuery(Instant from, Instant to, AuditEventType type, UUID contactId, String terminalId, int limit) {
        this(from, to, type, contactId, terminalId, limit, null, null, null);
    }

    public AuditQuery(
            Instant from,
            Instant to,
            AuditEventType type,
            UUID contactId,
            String terminalId,
            int limit,
            AuditReason reason,
            Long beforeSeq) {
        this(from, to, type, contactId, terminalId, limit, reason, beforeSeq, null);
    }

    public static AuditQuery latest(int limit) {
        return new AuditQuery(null, null, null, null, null, limit);
    }

    public AuditQuery olderThan(long seq) {
        return new AuditQuery(from, to, type, contactId, terminalId, limit, reason, seq, actor);
    }

    public AuditQuery byActor(String who) {
        return new AuditQuery(from, to, type, contactId, terminalId, limit, reason, beforeSeq, who);
    }
}
