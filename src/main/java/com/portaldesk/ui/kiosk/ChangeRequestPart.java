package com.portaldesk.ui.kiosk;

import com.portaldesk.checkin.ChangeRequests;
import com.portaldesk.checkin.ChangeTopic;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextField;

/** "What is wrong?" on screen: a box for each detail, an optional note, Back and Send. */
final class ChangeRequestPart extends StepPart {
    @FXML
    private CheckBox topicName;

    @FXML
    private CheckBox topicMobile;

    @FXML
    private CheckBox topicEmail;

    @FXML
    private CheckBox topicOther;

    @FXML
    private TextField note;

    @FXML
    private Button reportSend;

    private final ChangeRequestViewModel model;

    ChangeRequestPart(ChangeRequestViewModel model, ObservableBooleanValue busy, ResourceBundle texts) {
        super(texts);
        this.model = model;
        Map.of(
                        topicName,
                        ChangeTopic.NAME,
                        topicMobile,
                        ChangeTopic.MOBILE,
                        topicEmail,
                        ChangeTopic.EMAIL,
                        topicOther,
                        ChangeTopic.OTHER)
                .forEach((box, topic) -> box.selectedProperty().bindBidirectional(model.topic(topic)));
        note.textProperty().bindBidirectional(model.note());
        KioskFields.text(note, ChangeRequests.NOTE_LIMIT, OnScreenKeys.Layout.LETTERS);
        reportSend.disableProperty().bind(busy);
        note.setOnAction(e -> reportSend.fire());
    }

    @Override
    Node firstFocus() {
        return topicName;
    }

    @FXML
    private void onBack() {
        model.cancel();
    }

    @FXML
    private void onSend() {
        model.send();
    }
}
