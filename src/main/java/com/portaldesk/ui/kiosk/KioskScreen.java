package com.portaldesk.ui.kiosk;

import com.portaldesk.ui.common.UiPart;
import java.text.MessageFormat;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;

/**
 * The kiosk in one language: the header (logo, firm, language, Staff), the card with one part per step, the busy
 * line and the error under it, the on-screen keys beside the card, and "Are you still there?". Holds no client
 * data of its own: everything is bound to the {@link KioskFlow}, so a screen in the other language can take its
 * place at any step.
 */
final class KioskScreen extends UiPart<StackPane> {
    @FXML
    private ImageView firmLogo;

    @FXML
    private Label firmName;

    @FXML
    private HBox content;

    @FXML
    private StackPane steps;

    @FXML
    private ProgressIndicator busy;

    @FXML
    private Label busyText;

    @FXML
    private Label error;

    @FXML
    private StackPane idlePane;

    @FXML
    private Label idleMessage;

    private final KioskFlow flow;
    private final Runnable onStaff;
    private final OnScreenKeys keys;
    private final Map<Step, StepPart> parts;

    /**
     * @param keys the kiosk's one set of on-screen keys, moved here from the screen this one replaces (so they keep
     *             the width that stops the card from jumping when they turn into a keypad)
     */
    KioskScreen(KioskFlow flow, String firm, Image logo, ResourceBundle texts, OnScreenKeys keys, Runnable onStaff) {
        super(texts);
        this.flow = flow;
        this.keys = keys;
        this.onStaff = onStaff;
        firmName.setText(firm);
        showLogo(logo);
        parts = Map.of(
                Step.IDENTIFY, new IdentifyPart(flow.identify(), flow.endedNote(), texts),
                Step.CODE, new CodePart(flow.code(), flow.message(), texts),
                Step.SIGNED_IN, new SignedInPart(flow.signedInStep(), flow.message(), flow.busy(), texts),
                Step.CHANGE_REQUEST, new ChangeRequestPart(flow.changeRequest(), flow.busy(), texts));
        for (Step step : Step.values()) {
            steps.getChildren().add(parts.get(step).getRoot());
        }
        keys.setTexts(texts);
        // The keys keep their place when hidden, so the card stands in one place on every step: a tap lands where
        // the client saw the button, not where it slid to when a field took or lost the keys.
        keys.setManaged(true);
        content.getChildren().add(keys);
        busy.visibleProperty().bind(flow.busy());
        busyText.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> flow.busyKey().get().isEmpty()
                                ? ""
                                : texts.getString(flow.busyKey().get()),
                        flow.busyKey()));
        error.textProperty()
                .bind(Bindings.createStringBinding(() -> flow.error().get().in(texts), flow.error()));
        idlePane.visibleProperty().bind(flow.idleWarning());
        idleMessage
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> MessageFormat.format(
                                KioskKey.IDLE_MESSAGE.in(texts),
                                flow.idleSecondsLeft().get()),
                        flow.idleSecondsLeft()));
        show(flow.step().get(), false);
        // A step that stays after its work (a wrong code, "send by email instead") gives its field the keyboard
        // back: the button pressed was disabled while the work ran, and the focus had left for the next control.
        flow.busy().addListener((obs, was, now) -> {
            Node first = parts.get(flow.step().get()).firstFocus();
            if (was
                    && !now
                    && first instanceof TextInputControl
                    && first.getScene() != null
                    && !(first.getScene().getFocusOwner() instanceof TextInputControl)) {
                first.requestFocus();
            }
        });
    }

    /** The firm's logo beside its name; none (and no gap) when no admin chose one or it could not be read. */
    void showLogo(Image logo) {
        firmLogo.setImage(logo);
        firmLogo.setVisible(logo != null);
        firmLogo.setManaged(logo != null);
        firmLogo.setAccessibleText(logo == null ? null : firmName.getText() + " logo");
    }

    /** Only the step's part on the card; with {@code focus}, its first field or button takes the focus. */
    void show(Step step, boolean focus) {
        parts.forEach((each, part) -> {
            part.getRoot().setVisible(each == step);
            part.getRoot().setManaged(each == step);
        });
        if (focus) {
            Node first = parts.get(step).firstFocus();
            first.requestFocus();
            if (!(first instanceof TextInputControl)) {
                keys.show(null, OnScreenKeys.Layout.LETTERS); // nothing to type on this step
            }
            followFocus(first);
        }
    }

    /**
     * The keys type into the focused client field, in its layout. A button taking the focus leaves them as they
     * are (they are pressed between keys); the staff sign-in's fields have keys of their own.
     */
    void followFocus(Node focused) {
        KioskFields.keysFor(focused).ifPresentOrElse(layout -> keys.show((TextInputControl) focused, layout), () -> {
            if (focused instanceof TextInputControl) {
                keys.show(null, OnScreenKeys.Layout.LETTERS);
            }
        });
    }

    @FXML
    private void onLanguage() {
        flow.switchLanguage();
    }

    @FXML
    private void onStaff() {
        onStaff.run();
    }

    @FXML
    private void onStillHere() {
        flow.activity();
    }
}
