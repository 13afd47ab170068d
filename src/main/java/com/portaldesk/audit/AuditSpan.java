package com.portaldesk.audit;

import java.time.Instant;

/** The first and last event of a period, by sequence number; {@code events} is 0 (and the rest null) when empty. */
public record AuditSpan(long events, Long firstSeq, Long lastSeq, Instant firstAt, Instant lastAt) {}
