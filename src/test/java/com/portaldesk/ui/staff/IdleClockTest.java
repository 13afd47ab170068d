package com.portaldesk.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.portaldesk.testutil.MutableClock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("plain")
class IdleClockTest {
    private final MutableClock clock = MutableClock.at("2026-12-02T09:00:00Z");
    private final AtomicReference<Duration> limit = new AtomicReference<>(Duration.ofMinutes(10));
    private final IdleClock idle = new IdleClock(clock, limit::get);

    @Test
    void leftAlone_onlyOnceTheLimitHasPassedSinceTheLastUse() {
        clock.advance(Duration.ofMinutes(9));
        assertThat(idle.leftAlone()).isFalse();
        idle.used();
        clock.advance(Duration.ofMinutes(9).plusSeconds(59));
        assertThat(idle.leftAlone()).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(idle.leftAlone()).isTrue();
    }

    @Test
    void aShorterPolicy_appliesAtTheNextCheck() {
        clock.advance(Duration.ofMinutes(3));
        assertThat(idle.leftAlone()).isFalse();
        limit.set(Duration.ofMinutes(2));
        assertThat(idle.leftAlone()).isTrue();
    }
}
