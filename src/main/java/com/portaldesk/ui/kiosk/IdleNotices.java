package com.portaldesk.ui.kiosk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;

/**
 * What the kiosk says about time: the warning with its countdown before an idle screen is wiped, and, for a few
 * seconds after a wipe, that the last session ended, so the next person knows the screen was cleared.
 */
final class IdleNotices {
    /** "Session ended" stays this long after a wipe, unless the next person starts typing sooner. */
    static final Duration ENDED_NOTE = Duration.ofSeconds(6);

    private final Clock clock;
    private final IdleWatcher idle;
    private final BooleanProperty warning = new SimpleBooleanProperty(false);
    private final LongProperty secondsLeft = new SimpleLongProperty(0);
    private final BooleanProperty ended = new SimpleBooleanProperty(false);
    private Instant endedUntil = Instant.MIN;

    IdleNotices(Clock clock, Duration limit) {
        this.clock = clock;
        this.idle = new IdleWatcher(clock, limit);
    }

    void setLimit(Duration limit) {
        idle.setLimit(limit);
    }

    /** A touch or a key: the idle clock starts again and the warning goes. */
    void activity() {
        idle.activity();
        warning.set(false);
    }

    /** A cleared screen: no warning, no countdown, the idle clock from now. */
    void reset() {
        warning.set(false);
        secondsLeft.set(0);
        idle.activity();
    }

    void sessionEnded() {
        ended.set(true);
        endedUntil = clock.instant().plus(ENDED_NOTE);
    }

    /** The "session ended" note goes once its time is up or {@code someoneTyping}. */
    void fadeEndedNote(boolean someoneTyping) {
        if (ended.get() && (clock.instant().isAfter(endedUntil) || someoneTyping)) {
            ended.set(false);
        }
    }

    /** True once the screen has been left alone too long; before that, the warning with its countdown. */
    boolean timedOut() {
        IdleWatcher.State state = idle.check();
        if (state.warn() && !state.wipe()) {
            warning.set(true);
            secondsLeft.set(state.secondsLeft());
        }
        return state.wipe();
    }

    BooleanProperty warning() {
        return warning;
    }

    LongProperty secondsLeft() {
        return secondsLeft;
    }

    ReadOnlyBooleanProperty ended() {
        return ended;
    }
}
