package com.portaldesk.ui.staff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * When the staff app was last used, and whether it has been left alone for longer than the policy allows.
 * The limit is asked for at each check, so a changed policy applies without a restart.
 */
final class IdleClock {
    private final Clock clock;
    private final Supplier<Duration> limit;
    private Instant lastUse;

    IdleClock(Clock clock, Supplier<Duration> limit) {
        this.clock = clock;
        this.limit = limit;
        this.lastUse = clock.instant();
    }

    void used() {
        lastUse = clock.instant();
    }

    boolean leftAlone() {
        return !Duration.between(lastUse, clock.instant()).minus(limit.get()).isNegative();
    }
}
