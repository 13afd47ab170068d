package com.portaldesk.ui.staff;

import com.portaldesk.ui.common.Background;
import com.portaldesk.ui.common.Poller;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.util.Duration;

/**
 * The audit log's alarm above the staff window's tabs, in words, or nothing while the log is sound. Every workstation
 * asks every half minute, so an alarm raised anywhere is seen everywhere.
 */
final class AlarmBanner {
    private static final Duration ASK_EVERY = Duration.seconds(30);

    private final Node banner;
    private final Label text;
    private final Background background;
    private final Callable<Optional<String>> alarm;

    AlarmBanner(Node banner, Label text, Background background, Callable<Optional<String>> alarm) {
        this.banner = banner;
        this.text = text;
        this.background = background;
        this.alarm = alarm;
    }

    /** Asks now, and again while {@code showing} is on screen. */
    void watch(Node showing) {
        check();
        Poller.whileShowing(showing, ASK_EVERY, this::check);
    }

    private void check() {
        background.run(
                alarm,
                this::show,
                failure -> show(Optional.of("The state of the audit log could not be read: " + failure.getMessage())));
    }

    private void show(Optional<String> alarm) {
        text.setText(alarm.map(words -> "⚠ Audit log alarm: " + words).orElse(""));
        banner.setVisible(alarm.isPresent());
        banner.setManaged(alarm.isPresent());
    }
}
