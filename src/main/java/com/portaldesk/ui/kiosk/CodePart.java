package com.portaldesk.ui.kiosk;

import com.portaldesk.contacts.Channel;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/** The code step on screen: the field, Continue, the resend countdown, the other channel, Start over. */
final class CodePart extends StepPart {
    @FXML
    private Label message;

    @FXML
    private TextField code;

    @FXML
    private Button continueButton;

    @FXML
    private Button resendButton;

    @FXML
    private Button otherChannel;

    private final CodeViewModel model;

    CodePart(CodeViewModel model, ObservableValue<ClientText> said, ResourceBundle texts) {
        super(texts);
        this.model = model;
        code.textProperty().bindBidirectional(model.code());
        KioskFields.digits(code, 10);
        message.textProperty().bind(said(said));
        resendButton
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.resendIn().get() > 0
                                ? MessageFormat.format(
                                        text(KioskKey.BUTTON_RESEND_IN.key()),
                                        model.resendIn().get())
                                : text(KioskKey.BUTTON_RESEND.key()),
                        model.resendIn()));
        resendButton.disableProperty().bind(model.resendAllowed().not());
        // After a text: "Send by email instead"; after an email: "Send by text instead"; hidden when the policy
        // allows only the channel already used.
        otherChannel
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> text(
                                model.otherChannel().get() == Channel.SMS
                                        ? KioskKey.BUTTON_TEXT_INSTEAD.key()
                                        : KioskKey.BUTTON_EMAIL_INSTEAD.key()),
                        model.otherChannel()));
        otherChannel.disableProperty().bind(model.resendAllowed().not());
        otherChannel.visibleProperty().bind(model.otherChannel().isNotNull());
        otherChannel.managedProperty().bind(otherChannel.visibleProperty());
        code.setOnAction(e -> continueButton.fire());
    }

    @Override
    Node firstFocus() {
        return code;
    }

    @FXML
    private void onContinue() {
        model.submit();
    }

    @FXML
    private void onResend() {
        model.resend();
    }

    @FXML
    private void onOtherChannel() {
        model.switchChannel();
    }

    @FXML
    private void onStartOver() {
        model.startOver();
    }
}
