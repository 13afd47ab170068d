package com.portaldesk.ui.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import com.portaldesk.ui.common.WindowIcon;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.event.Event;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The kiosk window itself: no decorations, and no close request or exit key gets a client out of it. */
@ExtendWith(ApplicationExtension.class)
@Tag("fx")
class KioskWindowTest {
    @Test
    void closeRequests_escape_altF4_andTheFullScreenExitKey_doNotLeaveTheKiosk(FxRobot robot) {
        AtomicReference<Stage> stage = new AtomicReference<>();
        robot.interact(() -> stage.set(new KioskWindow(new Stage()).stage()));
        Stage kiosk = stage.get();
        AtomicBoolean keyReachedTheScreen = new AtomicBoolean();
        robot.interact(() ->
                kiosk.getScene().getRoot().addEventHandler(KeyEvent.KEY_PRESSED, e -> keyReachedTheScreen.set(true)));

        robot.interact(() -> kiosk.fireEvent(new WindowEvent(kiosk, WindowEvent.WINDOW_CLOSE_REQUEST)));
        robot.interact(() -> Event.fireEvent(
                kiosk.getScene().getRoot(),
                new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ESCAPE, false, false, false, false)));
        robot.interact(() -> Event.fireEvent(
                kiosk.getScene().getRoot(),
                new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.F4, false, false, true, false)));

        assertThat(kiosk.isShowing()).isTrue();
        assertThat(keyReachedTheScreen)
                .as("Escape and Alt+F4 are swallowed before anything sees them")
                .isFalse();
        assertThat(kiosk.getStyle()).isEqualTo(StageStyle.UNDECORATED);
        assertThat(kiosk.getIcons())
                .as("the kiosk's own icon, for the task bar")
                .singleElement()
                .satisfies(icon -> assertThat(icon.isError()).isFalse())
                .satisfies(icon -> assertThat(icon.getWidth()).isEqualTo(256));
        assertThat(WindowIcon.STAFF_APP.image().isError())
                .as("and the staff app's")
                .isFalse();
        assertThat(kiosk.getFullScreenExitKeyCombination()).isEqualTo(KeyCombination.NO_MATCH);

        robot.interact(() -> Event.fireEvent(
                kiosk.getScene().getRoot(),
                new KeyEvent(KeyEvent.KEY_PRESSED, "a", "a", KeyCode.A, false, false, false, false)));
        assertThat(keyReachedTheScreen).as("ordinary typing still works").isTrue();
        robot.interact(kiosk::close);
    }
}
