package com.portaldesk.ui.staff;

import com.portaldesk.ui.common.UiPart;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/** The policy form: each setting with its allowed range and a one-line why, and its error beside it. */
public final class SecuritySettingsView extends UiPart<ScrollPane> {
    @FXML private TextField firmName;
    @FXML private TextField firmPhone;
    @FXML private Label firmError;
    @FXML private CheckBox smsEnabled;
    @FXML private CheckBox emailEnabled;
    @FXML private CheckBox mfaForAll;
    @FXML private Label methodsError;
    @FXML private GridPane grid;
    @FXML private Label status;

    private final SecuritySettingsViewModel model;

    public SecuritySettingsView(SecuritySettingsViewModel model) {
        this.model = model;
        firmName.textProperty().bindBidirectional(model.firmNameProperty());
        firmPhone.textProperty().bindBidirectional(model.firmPhoneProperty());
        firmError.textProperty().bind(model.error("firm"));
        smsEnabled.selectedProperty().bindBidirectional(model.smsEnabledProperty());
        emailEnabled.selectedProperty().bindBidirectional(model.emailEnabledProperty());
        mfaForAll.selectedProperty().bindBidirectional(model.mfaForAllProperty());
        methodsError.textProperty().bind(model.error("methods"));
        status.textProperty().bind(model.statusProperty());
        for (Label error : new Label[] {firmError, methodsError}) {
            error.visibleProperty().bind(error.textProperty().isNotEmpty());
            error.managedProperty().bind(error.visibleProperty());
        }
        int row = 0;
        for (SecuritySettingsViewModel.Field field : SecuritySettingsViewModel.FIELDS) {
            TextField input = new TextField();
            input.setId("policy-" + field.key());
            input.setPrefWidth(field.key().equals("smsCountries") ? 160 : 90);
            input.textProperty().bindBidirectional(model.value(field.key()));
            Label help = new Label(field.help());
            help.getStyleClass().add("text-muted");
            Label error = new Label();
            error.getStyleClass().add("field-error");
            error.setId("error-" + field.key());
            error.textProperty().bind(model.error(field.key()));
            grid.addRow(row++, new Label(field.label()), input, help, error);
        }
        model.load();
    }

    @FXML
    private void onSave() {
        model.save();
    }
}
