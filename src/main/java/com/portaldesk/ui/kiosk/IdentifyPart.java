package com.portaldesk.ui.kiosk;

import com.portaldesk.contacts.Channel;
import java.util.ResourceBundle;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;

/** The first step on screen: email address, last four, and a button for each channel the policy allows. */
final class IdentifyPart extends StepPart {
    @FXML
    private Label endedNote;

    @FXML
    private TextField email;

    @FXML
    private PasswordField lastFour;

    @FXML
    private Button textMe;

    @FXML
    private Button emailMe;

    private final IdentifyViewModel model;

    IdentifyPart(IdentifyViewModel model, ObservableBooleanValue sessionEnded, ResourceBundle texts) {
        super(texts);
        this.model = model;
        email.textProperty().bindBidirectional(model.email());
        lastFour.textProperty().bindBidirectional(model.lastFour());
        KioskFields.text(email, 254, OnScreenKeys.Layout.EMAIL);
        KioskFields.digits(lastFour, 4);
        // Its room stays when it goes: the fields below must not move under a finger already on its way to them.
        endedNote.visibleProperty().bind(sessionEnded);
        textMe.visibleProperty().bind(model.smsEnabled());
        textMe.managedProperty().bind(model.smsEnabled());
        emailMe.visibleProperty().bind(model.emailEnabled());
        emailMe.managedProperty().bind(model.emailEnabled());
        // Enter does the obvious next thing, so the whole path works from a physical keyboard too.
        email.setOnAction(e -> lastFour.requestFocus());
        lastFour.setOnAction(e -> (model.smsEnabled().get() ? textMe : emailMe).fire());
    }

    @Override
    Node firstFocus() {
        return email;
    }

    @FXML
    private void onTextMe() {
        model.requestCode(Channel.SMS);
    }

    @FXML
    private void onEmailMe() {
        model.requestCode(Channel.EMAIL);
    }
}
