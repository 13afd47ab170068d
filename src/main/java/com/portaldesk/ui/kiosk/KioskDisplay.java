package com.portaldesk.ui.kiosk;

import com.portaldesk.staff.StaffSession;
import com.portaldesk.ui.common.Background;
import java.io.ByteArrayInputStream;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.Image;
import javafx.scene.input.InputEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the kiosk shows: the {@link KioskScreen} in the language the client chose (built again when they switch),
 * with the staff sign-in that leaves kiosk mode laid over it. Every key and touch anywhere counts as activity.
 */
public final class KioskDisplay {
    private static final Logger LOG = LoggerFactory.getLogger(KioskDisplay.class);
    private final StackPane root = new StackPane();
    private final KioskFlow flow;
    private final KioskSetup setup;
    private final Background background;
    private final String firmName;
    private final StaffExitPane staffExit;
    private final OnScreenKeys keys = new OnScreenKeys();
    private DoubleTapGuard doubleTaps = new DoubleTapGuard();
    private KioskScreen screen;
    private Image logo;
    /** The client field last typed in on this step, to type on in it after a language switch. */
    private String lastFieldId;

    /**
     * @param onLeft what happens once a staff member has signed in to leave kiosk mode (already audited)
     */
    public KioskDisplay(
            KioskFlow flow,
            KioskBackend backend,
            Background background,
            String firmName,
            Consumer<StaffSession> onLeft) {
        this.flow = flow;
        this.setup = backend.setup();
        this.background = background;
        this.firmName = firmName;
        root.getStyleClass().add("kiosk");
        staffExit = new StaffExitPane(new StaffExit(backend.staff()), background, flow::setStaffSignInOpen, staff -> {
            flow.signOut();
            onLeft.accept(staff);
        });
        root.addEventFilter(InputEvent.ANY, event -> {
            if (!(event instanceof MouseEvent mouse) || mouse.getEventType() == MouseEvent.MOUSE_PRESSED) {
                flow.activity();
            }
        });
        root.addEventFilter(MouseEvent.ANY, event -> doubleTaps.filter(event));
        showIn(KioskTexts.in(flow.language()));
        flow.step().addListener((obs, old, now) -> {
            lastFieldId = null;
            doubleTaps.screenChanged();
            screen.show(now, true);
        });
        flow.languageProperty().addListener((obs, old, now) -> switchTo(KioskTexts.in(now)));
        flow.onWipe(() -> {
            lastFieldId = null; // the next person starts at the email address
            staffExit.close();
            loadLogo(); // an admin may have changed it since the last client
        });
        root.sceneProperty().addListener((obs, old, scene) -> watchFocus(scene));
        loadLogo();
    }

    private void showIn(ResourceBundle texts) {
        screen = new KioskScreen(flow, firmName, logo, texts, keys, staffExit::open);
        staffExit.setTexts(texts);
        root.getChildren().setAll(screen.getRoot(), staffExit.getRoot());
    }

    /** The other language at any step: the same fields, the same values, typing on in the field it was in. */
    private void switchTo(ResourceBundle texts) {
        String fieldId = lastFieldId;
        showIn(texts);
        Node same = fieldId == null ? null : screen.getRoot().lookup("#" + fieldId);
        if (same instanceof TextInputControl field && field.isVisible()) {
            field.requestFocus();
            field.end();
            screen.followFocus(field);
        } else {
            screen.show(flow.step().get(), true);
        }
    }

    private void watchFocus(Scene scene) {
        if (scene != null) {
            scene.focusOwnerProperty().addListener((o, before, focused) -> {
                if (KioskFields.keysFor(focused).isPresent()) {
                    lastFieldId = focused.getId();
                }
                screen.followFocus(focused);
            });
            // Focus can only be given once the screen is in a scene: the email field, ready for typing.
            Platform.runLater(() -> screen.show(flow.step().get(), true));
        }
    }

    private void loadLogo() {
        background.run(
                setup::logo,
                png -> {
                    logo = png.map(bytes -> new Image(new ByteArrayInputStream(bytes)))
                            .filter(i -> !i.isError())
                            .orElse(null);
                    screen.showLogo(logo);
                },
                failure -> LOG.warn(
                        "The firm's logo could not be read; the kiosk shows the firm's name alone: {}",
                        failure.getMessage(),
                        failure));
    }

    /** The time the tap guard reads, for a test that taps on its own clock rather than the wall's. */
    void tapClock(LongSupplier nanoTime) {
        doubleTaps = new DoubleTapGuard(nanoTime);
    }

    public StackPane getRoot() {
        return root;
    }
}
