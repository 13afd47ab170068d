package com.portaldesk.ui.kiosk;

import javafx.event.EventType;
import javafx.scene.input.MouseEvent;

/**
 * Nothing a client taps twice may land on a different action. A double tap whose first tap moved the kiosk to another
 * screen would put its second tap on whatever now sits in that place ("Sign out" where "Send to the front desk" was):
 * every further tap of a series of quick taps (its click count is above one) is dropped, press, release and click alike,
 * when the screen changed since the series began. Quick taps on one screen (a doubled letter on the keys) all count.
 */
final class DoubleTapGuard {
    private long screen;
    private long screenOfSeries;
    private boolean dropping;

    /** Called when the kiosk shows another step. */
    void screenChanged() {
        screen++;
    }

    void filter(MouseEvent event) {
        EventType<? extends MouseEvent> type = event.getEventType();
        if (type == MouseEvent.MOUSE_PRESSED) {
            if (event.getClickCount() <= 1) {
                screenOfSeries = screen;
            }
            dropping = event.getClickCount() > 1 && screen != screenOfSeries;
        }
        if (dropping && (type == MouseEvent.MOUSE_PRESSED || type == MouseEvent.MOUSE_RELEASED
                || type == MouseEvent.MOUSE_CLICKED || type == MouseEvent.MOUSE_DRAGGED)) {
            event.consume();
        }
        if (type == MouseEvent.MOUSE_CLICKED) {
            dropping = false;
        }
    }
}
