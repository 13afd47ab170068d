package com.portaldesk.ui.staff;

import com.portaldesk.contacts.ImportMode;
import com.portaldesk.contacts.ImportRow;
import com.portaldesk.ui.common.UiPart;
import com.portaldesk.ui.common.WholeText;
import com.portaldesk.ui.staff.ImportWizardViewModel.Step;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The import wizard's window: shows the step the view model is on and forwards every click to it. */
public final class ImportWizard extends UiPart<BorderPane> {

    @FXML
    private Label stepLabel;

    @FXML
    private VBox choosePane;

    @FXML
    private VBox mapPane;

    @FXML
    private VBox previewPane;

    @FXML
    private VBox runPane;

    @FXML
    private VBox donePane;

    @FXML
    private GridPane mappingGrid;

    @FXML
    private TableView<ImportRow> previewTable;

    @FXML
    private TableColumn<ImportRow, String> lineColumn;

    @FXML
    private TableColumn<ImportRow, String> nameColumn;

    @FXML
    private TableColumn<ImportRow, String> emailColumn;

    @FXML
    private TableColumn<ImportRow, String> verdictColumn;

    @FXML
    private RadioButton allOrNothing;

    @FXML
    private RadioButton validRows;

    @FXML
    private ProgressBar progressBar;

    @FXML
    private Label doneLabel;

    @FXML
    private Label message;

    @FXML
    private Label error;

    @FXML
    private Button previewReport;

    @FXML
    private Button reportButton;

    @FXML
    private Button backButton;

    @FXML
    private Button nextButton;

    @FXML
    private Button importButton;

    @FXML
    private Button closeButton;

    private final ImportWizardViewModel model;
    private Stage stage;

    public ImportWizard(ImportWizardViewModel model) {
        // The steps scroll, never squeeze their words, when a large text size leaves too little room.
        getRoot().setCenter(WholeText.scrollWhenCramped(getRoot().getCenter()));
        this.model = model;
        message.textProperty().bind(model.messageProperty());
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        progressBar.progressProperty().bind(model.progressProperty());
        doneLabel.textProperty().bind(model.messageProperty());
        importButton.disableProperty().bind(model.canImport().not());
        setUpPreview();
        allOrNothing.setSelected(model.modeProperty().get() == ImportMode.ALL_OR_NOTHING);
        validRows.setSelected(model.modeProperty().get() == ImportMode.VALID_ROWS);
        allOrNothing.selectedProperty().addListener((obs, old, now) -> {
            if (now) {
                model.modeProperty().set(ImportMode.ALL_OR_NOTHING);
            }
        });
        validRows.selectedProperty().addListener((obs, old, now) -> {
            if (now) {
                model.modeProperty().set(ImportMode.VALID_ROWS);
            }
        });
        model.stepProperty().addListener((obs, old, now) -> showStep(now));
        model.fileNameProperty()
                .addListener((obs, old, now) -> showStep(model.stepProperty().get()));
        ImportMappingGrid.fill(mappingGrid, model);
        showStep(model.stepProperty().get());
    }

    /** The cell's own padding, both sides, and a little room, around a wrapped verdict. */
    private static final double VERDICT_INSETS = 16;

    private void setUpPreview() {
        previewTable.setItems(model.preview());
        lineColumn.setCellValueFactory(
                cell -> new ReadOnlyStringWrapper(Long.toString(cell.getValue().line())));
        nameColumn.setCellValueFactory(
                cell -> new ReadOnlyStringWrapper((cell.getValue().input().firstName() + " "
                                + cell.getValue().input().lastName())
                        .strip()));
        emailColumn.setCellValueFactory(
                cell -> new ReadOnlyStringWrapper(cell.getValue().input().email()));
        verdictColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                cell.getValue().valid() ? "✔ OK" : "✖ " + cell.getValue().reason()));
        verdictColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                setTooltip(empty || item == null ? null : new Tooltip(item));
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                // Every reason whole, on as many lines as it takes: cut to one line it was readable only by hovering.
                Label verdict = new Label(item);
                verdict.setWrapText(true);
                verdict.setMinHeight(Region.USE_PREF_SIZE);
                verdict.maxWidthProperty().bind(getTableColumn().widthProperty().subtract(VERDICT_INSETS));
                ImportRow row = getTableRow() == null ? null : getTableRow().getItem();
                verdict.getStyleClass().add(row != null && row.valid() ? "row-ok" : "row-refused");
                setGraphic(verdict);
            }
        });
    }

    private void showStep(Step step) {
        for (Node pane : new Node[] {choosePane, mapPane, previewPane, runPane, donePane}) {
            pane.setVisible(false);
        }
        Node current = switch (step) {
            case CHOOSE -> choosePane;
            case MAP -> mapPane;
            case PREVIEW -> previewPane;
            case RUNNING -> runPane;
            case DONE -> donePane;
        };
        current.setVisible(true);
        stepLabel.setText(
                switch (step) {
                    case CHOOSE -> "Step 1 of 4: choose a file";
                    case MAP ->
                        "Step 2 of 4: match columns to fields ("
                                + model.fileNameProperty().get() + ")";
                    case PREVIEW -> "Step 3 of 4: check the rows and choose how to import";
                    case RUNNING -> "Step 4 of 4: importing";
                    case DONE -> "Finished";
                });
        show(message, step != Step.DONE);
        show(backButton, step == Step.MAP || step == Step.PREVIEW);
        show(nextButton, step == Step.MAP);
        show(importButton, step == Step.PREVIEW);
        show(previewReport, step == Step.PREVIEW && model.refusedCount() > 0);
        show(reportButton, step == Step.DONE && model.refusedCount() > 0);
        closeButton.setDisable(step == Step.RUNNING);
        closeButton.setText(step == Step.DONE ? "Close" : "Cancel");
    }

    private static void show(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    public void show(Window owner) {
        stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.getProperties().put(OwnedWindows.COMES_BACK, Boolean.TRUE); // hidden by the idle lock, not lost
        stage.setTitle("Import contacts");
        Scene scene = new Scene(getRoot());
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
        DialogSize.fitToScreen(stage, owner, 820, 600);
        stage.setOnCloseRequest(event -> {
            if (model.stepProperty().get() == Step.RUNNING) {
                event.consume();
            }
        });
        stage.show();
    }

    @FXML
    private void onChoose() {
        model.chooseFile();
    }

    @FXML
    private void onNext() {
        model.toPreview();
    }

    @FXML
    private void onBack() {
        model.back();
    }

    @FXML
    private void onImport() {
        model.startImport();
    }

    @FXML
    private void onCancelImport() {
        model.cancel();
    }

    @FXML
    private void onSaveReport() {
        model.saveReport();
    }

    @FXML
    private void onClose() {
        if (stage != null) {
            stage.close();
        }
    }
}
