package com.portaldesk.ui.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import com.portaldesk.testutil.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("plain")
class IdleWatcherTest {
    private final MutableClock clock = MutableClock.at("2026-11-02T15:00:00Z");
    private final IdleWatcher watcher = new IdleWatcher(clock, Duration.ofMinutes(2));

    @Test
    void warnsAtTheIdleTime_wipesTenSecondsLater_andActivityStartsAgain() {
        clock.advance(Duration.ofSeconds(119));
        assertThat(watcher.check()).isEqualTo(new IdleWatcher.State(false, false, 0));
        clock.advance(Duration.ofSeconds(1));
        assertThat(watcher.check()).isEqualTo(new IdleWatcher.State(true, false, 10));
        clock.advance(Duration.ofSeconds(9));
        assertThat(watcher.check().secondsLeft()).isEqualTo(1);
        watcher.activity();
        assertThat(watcher.check().warn()).isFalse();
        clock.advance(Duration.ofSeconds(130));
        assertThat(watcher.check().wipe()).isTrue();
    }

    @Test
    void policyChange_appliesToTheRunningWatch() {
        watcher.setLimit(Duration.ofSeconds(30));
        clock.advance(Duration.ofSeconds(30));
        assertThat(watcher.check().warn()).isTrue();
    }
}
