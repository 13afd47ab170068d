package com.portaldesk.audit;

import java.time.Instant;
import java.util.UUID;

/** Filters for listing audit events; null means "any". Newest first. */
public record AuditQuery(Instant from, Instant to, AuditEventType type, UUID contactId, String terminalId, int limit) {
    public static AuditQuery latest(int limit) {
        return new AuditQuery(null, null, null, null, null, limit);
    }
}
