package com.portaldesk.ui.kiosk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * When nobody has touched the kiosk for the policy's idle time, a warning; ten seconds later, a wipe.
 * Kept apart from the view model so the timing rule is one small thing to read and test.
 */
final class IdleWatcher {
    static final Duration WARNING = Duration.ofSeconds(10);

    /** What the kiosk should do now. */
    record State(boolean warn, boolean wipe, long secondsLeft) {}

    private final Clock clock;
    private Duration limit;
    private Instant lastActivity;

    IdleWatcher(Clock clock, Duration limit) {
        this.clock = clock;
        this.limit = limit;
        this.lastActivity = clock.instant();
    }

    void setLimit(Duration newLimit) {
        limit = newLimit;
    }

    void activity() {
        lastActivity = clock.instant();
    }

    State check() {
        Duration idle = Duration.between(lastActivity, clock.instant());
        if (idle.compareTo(limit.plus(WARNING)) >= 0) {
            return new State(false, true, 0);
        }
        if (idle.compareTo(limit) >= 0) {
            return new State(true, false, limit.plus(WARNING).minus(idle).toSeconds());
        }
        return new State(false, false, 0);
    }
}
