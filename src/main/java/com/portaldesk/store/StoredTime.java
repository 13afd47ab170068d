package com.portaldesk.store;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The time as the database keeps it: to the microsecond (PostgreSQL's timestamp precision; H2 keeps more). An
 * instant stored and read back then equals the one in memory, so comparisons and the audit chain's hashes, which
 * cover times, agree on both engines.
 */
public final class StoredTime {
    private StoredTime() {
    }

    public static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
