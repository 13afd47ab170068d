package com.portaldesk.ui.staff;

import com.portaldesk.ui.common.EnterSubmits;
import com.portaldesk.ui.common.UiPart;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.util.HashMap;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;

/** The policy form: each setting with its allowed range and a one-line why, and its error beside it. */
public final class SecuritySettingsView extends UiPart<ScrollPane> {
    @FXML
    private TextField firmName;

    @FXML
    private TextField firmPhone;

    @FXML
    private Label firmError;

    @FXML
    private CheckBox smsEnabled;

    @FXML
    private CheckBox emailEnabled;

    @FXML
    private CheckBox mfaForAll;

    @FXML
    private Label methodsError;

    @FXML
    private GridPane grid;

    @FXML
    private Label status;

    @FXML
    private ImageView logoPreview;

    @FXML
    private Label noLogo;

    @FXML
    private Label logoError;

    @FXML
    private Button removeLogo;

    @FXML
    private Button saveButton;

    private final SecuritySettingsViewModel model;
    private final Map<String, Node> inputs = new HashMap<>();

    public SecuritySettingsView(SecuritySettingsViewModel model) {
        // Enter in these fields presses the form's button.
        EnterSubmits.on(getRoot(), saveButton);
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
        inputs.put("firm", firmName);
        inputs.put("methods", smsEnabled);
        for (String key : SecuritySettingsViewModel.FIELD_KEYS) {
            TextField input = new TextField();
            input.setId("policy-" + key);
            // In em, so that the field grows with the text size.
            input.setStyle(
                    key.equals(SecuritySettingsViewModel.COUNTRIES)
                            ? "-fx-pref-width: 12em; -fx-min-width: 9em;"
                            : "-fx-pref-width: 7em; -fx-min-width: 5em;");
            input.textProperty().bindBidirectional(model.value(key));
            Label help = new Label(SecuritySettingsViewModel.help(key));
            help.getStyleClass().add("text-muted");
            help.setWrapText(true); // at a large text size it wraps in its column rather than being cut
            help.setStyle("-fx-min-width: 10em;");
            Label error = new Label();
            error.getStyleClass().add("field-error");
            error.setId("error-" + key);
            error.textProperty().bind(model.error(key));
            FieldErrors.markWhileWrong(input, model.error(key));
            inputs.put(key, input);
            Label name = new Label(SecuritySettingsViewModel.label(key));
            name.setWrapText(true); // at a large text size the names wrap too, so the form fits its window
            name.setStyle("-fx-min-width: 7em;");
            help.setStyle("-fx-min-width: 8em;");
            // Under its field, across the field and its help, and only while there is something to say: a column of
            // its own took the room of every name and help line, squeezed them when a reason showed, and at 200%
            // text pushed the form past the window's edge.
            error.setWrapText(true);
            // Within the field and its help: a long reason wraps rather than widening the form when it appears.
            error.maxWidthProperty()
                    .bind(input.widthProperty().add(help.widthProperty()).add(grid.getHgap()));
            error.managedProperty().bind(error.textProperty().isNotEmpty());
            error.visibleProperty().bind(error.managedProperty());
            grid.addRow(row, name, input, help);
            grid.add(error, 1, row + 1, 2, 1);
            row += 2;
        }
        FieldErrors.markWhileWrong(firmName, model.error("firm"));
        logoError.textProperty().bind(model.error("logo"));
        model.logoProperty().addListener((obs, old, png) -> {
            logoPreview.setImage(png == null ? null : new Image(new ByteArrayInputStream(png)));
            noLogo.setVisible(png == null);
            removeLogo.setDisable(png == null);
        });
        removeLogo.setDisable(true);
        model.load();
    }

    /** Loads the saved settings again (the section was opened). Unsaved typing was already asked about. */
    public void reload() {
        model.load();
    }

    public boolean hasUnsavedChanges() {
        return model.hasUnsavedChanges();
    }

    @FXML
    private void onChooseLogo() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Choose the firm's logo");
        chooser.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter(
                                "Pictures (PNG, JPEG)", "*.png", "*.PNG", "*.jpg", "*.JPG", "*.jpeg", "*.JPEG"),
                        new FileChooser.ExtensionFilter("All files", "*.*"));
        File file = chooser.showOpenDialog(getRoot().getScene().getWindow());
        if (file != null) {
            model.chooseLogo(file.toPath());
        }
    }

    @FXML
    private void onRemoveLogo() {
        model.removeLogo();
    }

    @FXML
    private void onSave() {
        if (!model.save()) {
            model.firstError().map(inputs::get).ifPresent(field -> FieldErrors.reveal(getRoot(), field));
        }
    }
}
