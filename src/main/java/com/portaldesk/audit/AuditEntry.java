package com.portaldesk.audit;

import java.time.Instant;
import java.util.UUID;

/** An audit event as screens and the command line see it. */
public record AuditEntry(
        long seq,
        Instant occurredAt,
        String terminalId,
        AuditEventType type,
        AuditReason reason,
        UUID contactId,
        UUID challengeId,
        String channel,
        String destinationMasked,
        String detail,
        String actor) {}
