package com.portaldesk.ui.staff;

import com.portaldesk.settings.PortalPolicy;
import com.portaldesk.staff.StaffSession;
import com.portaldesk.ui.common.Background;
import com.portaldesk.ui.common.Poller;
import java.time.Duration;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The staff window's idle lock: keys, clicks and scrolling count as use; every few seconds the policy's idle time is
 * read (so a change applies at once) and the window is covered once it has passed, its dialogs hidden, until the
 * signed-in person signs in again.
 */
final class IdleLock {
    private static final Logger LOG = LoggerFactory.getLogger(IdleLock.class);
    /** How often the idle time is checked: within seconds of the limit, for one cheap read of the policy. */
    static final javafx.util.Duration CHECK_EVERY = javafx.util.Duration.seconds(5);

    private final Stage stage;
    private final StaffDesks desks;
    private final Background background;
    private final OwnedWindows owned;
    private final Node home;
    private final StaffLockView cover;
    private final IdleClock idle;
    private Duration idleLimit = PortalPolicy.DEFAULTS.staffIdleLock();
    /** What had the keyboard when the lock came, to give it back after the unlock. */
    private Node focusedBeforeLock;
    /** How many times the idle time was checked: a test waits on it instead of on the clock. */
    private volatile int checks;

    /**
     * @param home where the keyboard goes after the unlock when what had it is gone
     */
    IdleLock(Stage stage, StaffDesks desks, Background background, StaffSession session, Runnable signOut, Node home) {
        this.stage = stage;
        this.desks = desks;
        this.background = background;
        this.owned = new OwnedWindows(stage);
        this.home = home;
        this.idle = new IdleClock(desks.clock(), () -> idleLimit);
        this.cover = new StaffLockView(desks.lock(), background, session, signOut, this::unlocked);
    }

    /** The cover, to lay over the window's content. */
    Node cover() {
        return cover.getRoot();
    }

    /** Counts use in this scene and checks the idle time every {@code checkEvery} while {@code showing} is shown. */
    void watch(Scene scene, Node showing, javafx.util.Duration checkEvery) {
        owned.countUse(scene, () -> {
            if (!cover.isLocked()) {
                idle.used();
            }
        });
        Poller.whileShowing(
                showing,
                checkEvery,
                () -> background.run(
                        desks::staffIdleLock,
                        limit -> {
                            idleLimit = limit;
                            checks++;
                            if (!cover.isLocked() && idle.leftAlone()) {
                                lockNow();
                            }
                        },
                        failure -> LOG.warn(
                                "The staff idle time could not be read; the last one read stays in force: {}",
                                failure.getMessage(),
                                failure)));
    }

    void lockNow() {
        focusedBeforeLock = stage.getScene() == null ? null : stage.getScene().getFocusOwner();
        owned.hideAll();
        cover.lock(idleLimit);
    }

    int checks() {
        return checks;
    }

    private void unlocked() {
        idle.used();
        owned.showHidden();
        // Back where the person was: left to itself the focus went to the header's first button, "Start kiosk
        // mode…", where a stray Enter would start the kiosk.
        Node back = focusedBeforeLock != null && focusedBeforeLock.getScene() == stage.getScene()
                ? focusedBeforeLock
                : home;
        focusedBeforeLock = null;
        Platform.runLater(back::requestFocus); // once the lock's cover has gone
    }
}
