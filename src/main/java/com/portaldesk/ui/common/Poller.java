package com.portaldesk.ui.common;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.util.Duration;

/** Runs a refresh at a fixed interval for as long as a node's window is showing, then stops for good. */
public final class Poller {
    private Poller() {}

    public static void whileShowing(Node owner, Duration every, Runnable refresh) {
        Timeline poll = new Timeline();
        poll.getKeyFrames().add(new KeyFrame(every, e -> {
            // After a sign-out the old main window must not keep polling the database.
            if (owner.getScene() == null
                    || owner.getScene().getWindow() == null
                    || !owner.getScene().getWindow().isShowing()) {
                poll.stop();
            } else {
                refresh.run();
            }
        }));
        poll.setCycleCount(Timeline.INDEFINITE);
        poll.play();
    }
}
