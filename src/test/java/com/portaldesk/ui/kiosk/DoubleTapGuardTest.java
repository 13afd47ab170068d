package com.portaldesk.ui.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.event.EventType;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.junit.jupiter.api.Test;

/** The second tap of a double tap counts on the screen it began on, and is dropped once the screen changed. */
class DoubleTapGuardTest {
    private final DoubleTapGuard guard = new DoubleTapGuard();

    private boolean tap(int clickCount) {
        boolean consumed = false;
        for (EventType<MouseEvent> type : new EventType[] {MouseEvent.MOUSE_PRESSED, MouseEvent.MOUSE_RELEASED,
                MouseEvent.MOUSE_CLICKED}) {
            MouseEvent event = new MouseEvent(type, 10, 10, 10, 10, MouseButton.PRIMARY, clickCount, false, false,
                    false, false, type == MouseEvent.MOUSE_PRESSED, false, false, false, false, true, null);
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
        assertThat(tap(2)).isTrue();
        assertThat(tap(3)).as("a triple tap's third tap is on the new screen already").isTrue();
        assertThat(tap(1)).isFalse();
    }
}
