package com.portaldesk.ui.kiosk;

import java.util.function.LongSupplier;
import javafx.event.EventType;
import javafx.scene.input.MouseEvent;

/**
 * Nothing a client taps twice may land on a different action. A double tap whose first tap moved the kiosk to another
 * screen would put its second tap on whatever now sits in that place ("Sign out" where "Send to the front desk" was):
 * every further tap of a series of quick taps (its click count is above one) is dropped, press, release and click alike,
 * when the screen changed since the series began. Quick taps on one screen (a doubled letter on the keys) all count.
 * The system counts a series only within its double-click time (0.4 s on most desktops), and a slower double tap, or
 * a screen that changed once a code had gone out, still landed its second tap on the new screen ("Start over" where
 * "Text me a code" was): so a tap that begins within a moment of a screen change is dropped too. A person reads the
 * new screen before tapping it.
 */
final class DoubleTapGuard {
    /** How long a new screen ignores taps: longer than a slow double tap, shorter than reading a screen. */
    static final long SETTLE_NANOS = 900_000_000L;

    private final LongSupplier nanoTime;
    private long screen;
    private long screenOfSeries;
    private long changedAt = Long.MIN_VALUE;
    private boolean dropping;

    DoubleTapGuard() {
        this(System::nanoTime);
    }

    DoubleTapGuard(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** Called when the kiosk shows another step. */
    void screenChanged() {
        screen++;
        changedAt = nanoTime.getAsLong();
    }

    void filter(MouseEvent event) {
        EventType<? extends MouseEvent> type = event.getEventType();
        if (type == MouseEvent.MOUSE_PRESSED) {
            if (event.getClickCount() <= 1) {
                screenOfSeries = screen;
            }
            boolean settling = changedAt != Long.MIN_VALUE && nanoTime.getAsLong() - changedAt < SETTLE_NANOS;
            dropping = settling || event.getClickCount() > 1 && screen != screenOfSeries;
        }
        if (dropping
                && (type == MouseEvent.MOUSE_PRESSED
                        || type == MouseEvent.MOUSE_RELEASED
                        || type == MouseEvent.MOUSE_CLICKED
                        || type == MouseEvent.MOUSE_DRAGGED)) {
            event.consume();
        }
        if (type == MouseEvent.MOUSE_CLICKED) {
            dropping = false;
        }
    }
}
