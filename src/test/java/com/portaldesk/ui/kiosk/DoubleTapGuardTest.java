package com.portaldesk.ui.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.event.EventType;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The second tap of a double tap counts on the screen it began on, and is dropped once the screen changed. */
@Tag("plain")
class DoubleTapGuardTest {
    private long now;
    private final DoubleTapGuard guard = new DoubleTapGuard(() -> now);

    private boolean tap(int clickCount) {
        boolean consumed = false;
        for (EventType<MouseEvent> type :
                new EventType[] {MouseEvent.MOUSE_PRESSED, MouseEvent.MOUSE_RELEASED, MouseEvent.MOUSE_CLICKED}) {
            MouseEvent event = new MouseEvent(
                    type,
                    10,
                    10,
                    10,
                    10,
                    MouseButton.PRIMARY,
                    clickCount,
                    false,
                    false,
                    false,
                    false,
                    type == MouseEvent.MOUSE_PRESSED,
                    false,
                    false,
                    false,
                    false,
                    true,
                    null);
            guard.filter(event);
            consumed |= event.isConsumed();
        }
        return consumed;
    }

    @Test
    void aDoubledLetterOnTheKeys_countsTwice() {
        assertThat(tap(1)).isFalse();
        assertThat(tap(2)).isFalse();
    }

    @Test
    void theSecondTap_afterTheFirstChangedTheScreen_isDropped_andTheNextTapCounts() {
        assertThat(tap(1)).isFalse();
        guard.screenChanged();
        now += DoubleTapGuard.SETTLE_NANOS; // the system still counts it as a double tap
        assertThat(tap(2)).isTrue();
        assertThat(tap(3))
                .as("a triple tap's third tap is on the new screen already")
                .isTrue();
        assertThat(tap(1)).isFalse();
    }

    @Test
    void aSlowDoubleTap_thatTheSystemCountsAsTwoTaps_isDroppedWhileTheNewScreenSettles() {
        assertThat(tap(1)).isFalse();
        now += 300_000_000L; // the code went out, 0.3 s after the tap
        guard.screenChanged();
        now += 400_000_000L; // the second tap, 0.7 s after the first: two single taps to the system
        assertThat(tap(1)).as("lands where 'Start over' now is").isTrue();
        now += DoubleTapGuard.SETTLE_NANOS;
        assertThat(tap(1)).as("a tap once the screen has been read").isFalse();
    }
}
