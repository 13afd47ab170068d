package com.portaldesk.ui.staff;

import com.portaldesk.ui.common.UiPart;
import java.io.File;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;

/** The firm's recovery key after an admin signs in, until one of them has confirmed it. */
public final class RecoveryKeyView extends UiPart<StackPane> {
    @FXML
    private Label key;

    @FXML
    private Button saveSheet;

    @FXML
    private Label status;

    @FXML
    private Label askGroup;

    @FXML
    private TextField typed;

    @FXML
    private Button confirm;

    @FXML
    private Button later;

    @FXML
    private Label error;

    private final RecoveryKeyViewModel model;

    public RecoveryKeyView(RecoveryKeyViewModel model) {
        this.model = model;
        SteadyCard.keepsItsPlace(getRoot(), (Region) getRoot().getChildren().get(0));
        model.groups().addListener((ListChangeListener<String>) change -> key.setText(model.keyText()));
        askGroup.textProperty()
                .bind(model.groupToTypeProperty()
                        .asString("To show that you have it, type group %d (counting from the left, 1 to 13):"));
        typed.textProperty().bindBidirectional(model.typedProperty());
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        status.textProperty().bind(model.statusProperty());
        saveSheet.disableProperty().bind(model.busyProperty());
        confirm.disableProperty()
                .bind(model.busyProperty().or(typed.textProperty().isEmpty()));
        key.setAccessibleText("The recovery key");
    }

    @FXML
    private void saveSheet() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the recovery sheet");
        chooser.setInitialFileName("portaldesk-recovery-sheet.pdf");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        File chosen = chooser.showSaveDialog(getRoot().getScene().getWindow());
        if (chosen != null) {
            model.saveSheet(chosen.toPath());
        }
    }

    @FXML
    private void confirm() {
        model.confirm();
    }

    @FXML
    private void later() {
        model.later();
    }
}
