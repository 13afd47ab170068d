package com.portaldesk.ui.kiosk;

import com.portaldesk.ui.common.AddressLine;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;

/** The welcome on screen: the check-in, the masked details on file, "Something is wrong here", Sign out. */
final class SignedInPart extends StepPart {
    @FXML
    private Label welcome;

    @FXML
    private Button checkInButton;

    @FXML
    private Label checkInMessage;

    @FXML
    private Label mobileLine;

    @FXML
    private AddressLine emailLine;
    /** Held here: a binding is watched only weakly by what it is bound to. */
    private ObservableValue<String> emailText;

    @FXML
    private Button signOut;

    private final SignedInViewModel model;

    SignedInPart(
            SignedInViewModel model,
            ObservableValue<ClientText> said,
            ObservableBooleanValue busy,
            ResourceBundle texts) {
        super(texts);
        this.model = model;
        welcome.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.name().get().isEmpty()
                                ? ""
                                : MessageFormat.format(
                                        text(KioskKey.SIGNED_IN_TITLE.key()),
                                        model.name().get()),
                        model.name()));
        detail(mobileLine, model.maskedMobile(), KioskKey.SIGNED_IN_MOBILE.key());
        emailText = filledIn(model.maskedEmail(), KioskKey.SIGNED_IN_EMAIL.key());
        emailText.addListener((obs, old, now) -> emailLine.setAddress(now));
        emailLine.setAddress(emailText.getValue());
        emailLine.visibleProperty().bind(model.maskedEmail().isNotEmpty());
        emailLine.managedProperty().bind(model.maskedEmail().isNotEmpty());
        checkInMessage.textProperty().bind(said(said));
        checkInButton.disableProperty().bind(model.checkedIn().or(busy));
        // A focused button that turns disabled hands the focus to the next in line, "Something is wrong here":
        // once checked in, the focus goes to leaving instead; after a failed try it comes back to check in.
        checkInButton
                .disabledProperty()
                .addListener((obs, was, disabled) -> Platform.runLater(() -> {
                    Node wanted = disabled ? signOut : checkInButton;
                    if (wanted.getScene() != null
                            && (wanted == signOut || wanted.getScene().getFocusOwner() == signOut)) {
                        wanted.requestFocus();
                    }
                }));
    }

    /** "Mobile: •••-•••-0101"; no line at all where nothing is on file. */
    private void detail(Label line, StringProperty masked, String key) {
        line.textProperty().bind(filledIn(masked, key));
        line.visibleProperty().bind(masked.isNotEmpty());
        line.managedProperty().bind(masked.isNotEmpty());
    }

    /** "Email: {0}" filled in; nothing where nothing is on file. */
    private ObservableValue<String> filledIn(StringProperty masked, String key) {
        return Bindings.createStringBinding(
                () -> masked.get().isEmpty() ? "" : MessageFormat.format(text(key), masked.get()), masked);
    }

    @Override
    Node firstFocus() {
        return checkInButton.isDisabled() ? signOut : checkInButton;
    }

    @FXML
    private void onCheckIn() {
        model.checkIn();
    }

    @FXML
    private void onReport() {
        model.openChangeRequest();
    }

    @FXML
    private void onSignOut() {
        model.signOut();
    }
}
