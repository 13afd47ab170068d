package com.portaldesk.audit;

import java.time.LocalDate;

/** How many events of one type and reason happened on one UTC day. */
public record DailyCount(LocalDate day, AuditEventType type, AuditReason reason, long count) {}
