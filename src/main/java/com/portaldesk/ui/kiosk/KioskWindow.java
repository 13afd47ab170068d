package com.portaldesk.ui.kiosk;

import com.portaldesk.contacts.Language;
import com.portaldesk.staff.StaffSession;
import com.portaldesk.ui.common.Background;
import com.portaldesk.ui.common.Retried;
import com.portaldesk.ui.common.WindowIcon;
import java.time.Clock;
import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.event.Event;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.util.Duration;

/**
 * A stage turned into the lobby kiosk: full screen, undecorated, no way out but a staff sign-in. Close
 * requests, Escape, Alt+F4 and the full-screen exit key are consumed; a one-second timer drives the resend
 * countdown, the delivery check, the idle warning and the wipe. Used by {@code --kiosk} and by an admin
 * turning a staff workstation into a kiosk.
 */
public final class KioskWindow {
    public static final String STYLESHEET = "/com/portaldesk/ui/kiosk/kiosk.css";

    private final Stage stage;
    private final Scene scene;

    /** Takes over a stage that has not been shown yet, and shows "Starting…" until {@link #open} is called. */
    public KioskWindow(Stage stage) {
        this.stage = stage;
        stage.initStyle(StageStyle.UNDECORATED);
        Label starting = new Label(KioskKey.STARTING.in(KioskTexts.in(Language.ENGLISH)));
        starting.setStyle("-fx-font-size: 28px;");
        // Sized to the whole screen as well as full screen: some window managers (or none, on a bare X server
        // at boot) ignore the full-screen request, and the kiosk must still cover everything.
        Rectangle2D screen = Screen.getPrimary().getBounds();
        scene = new Scene(new StackPane(starting), screen.getWidth(), screen.getHeight());
        stage.setX(screen.getMinX());
        stage.setY(screen.getMinY());
        scene.getStylesheets().add(STYLESHEET);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, KioskWindow::swallowExitKeys);
        stage.setScene(scene);
        stage.setTitle("PortalDesk kiosk");
        WindowIcon.KIOSK.on(stage);
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("");
        stage.setOnCloseRequest(Event::consume);
        stage.show();
        stage.setFullScreen(true);
    }

    private static void swallowExitKeys(KeyEvent event) {
        if (event.getCode() == KeyCode.ESCAPE || (event.isAltDown() && event.getCode() == KeyCode.F4)) {
            event.consume();
        }
    }

    /**
     * Shows the client's sign-in. {@code startedBy} goes into the audit event that records the start;
     * {@code onLeft} runs after a staff member has signed in to leave (the leave is already audited).
     */
    public void open(
            KioskBackend backend,
            Background background,
            String firmName,
            String startedBy,
            Consumer<StaffSession> onLeft) {
        KioskFlow flow = new KioskFlow(backend.codes(), backend.desk(), backend.setup(), background, Clock.systemUTC());
        Timeline clock = new Timeline(new KeyFrame(Duration.seconds(1), e -> {
            flow.tick();
            flow.checkDelivery();
        }));
        clock.setCycleCount(Timeline.INDEFINITE);
        scene.setRoot(new KioskDisplay(flow, backend, background, firmName, staff -> {
                    clock.stop();
                    onLeft.accept(staff);
                })
                .getRoot());
        clock.play();
        background.run(
                Retried.upTo(4, java.time.Duration.ofMillis(500), () -> {
                    backend.setup().recordStarted(startedBy);
                    return true;
                }),
                recorded -> {},
                failure -> Retried.report("The start of kiosk mode (by " + startedBy + ")", failure));
    }

    public Stage stage() {
        return stage;
    }
}
