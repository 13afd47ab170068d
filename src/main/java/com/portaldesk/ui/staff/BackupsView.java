package com.portaldesk.ui.staff;

import com.portaldesk.audit.Actor;
import com.portaldesk.backup.BackupRecord;
import com.portaldesk.backup.BackupStatus;
import com.portaldesk.ui.common.EnterSubmits;
import com.portaldesk.ui.common.UiPart;
import java.io.File;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.DirectoryChooser;

/** Admins: the firm's backup plan, "Back up now", and every backup taken with how its check went. */
public final class BackupsView extends UiPart<ScrollPane> {
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    @FXML
    private Label warning;

    @FXML
    private CheckBox enabled;

    @FXML
    private TextField folder;

    @FXML
    private Button chooseFolder;

    @FXML
    private TextField dailyAt;

    @FXML
    private TextField keep;

    @FXML
    private TextField warnAfter;

    @FXML
    private Label folderError;

    @FXML
    private Label timeError;

    @FXML
    private Label keepError;

    @FXML
    private Label ageError;

    @FXML
    private Button save;

    @FXML
    private Button backUpNow;

    @FXML
    private ProgressIndicator busy;

    @FXML
    private Label status;

    @FXML
    private TableView<BackupRecord> table;

    private final BackupsViewModel model;

    public BackupsView(BackupsViewModel model) {
        // Enter in these fields presses the form's button.
        EnterSubmits.on(getRoot(), save);
        this.model = model;
        enabled.selectedProperty().bindBidirectional(model.enabledProperty());
        folder.textProperty().bindBidirectional(model.folderProperty());
        dailyAt.textProperty().bindBidirectional(model.dailyAtProperty());
        keep.textProperty().bindBidirectional(model.keepProperty());
        warnAfter.textProperty().bindBidirectional(model.warnAfterProperty());
        bindError(folderError, "folder");
        bindError(timeError, "time");
        bindError(keepError, "keep");
        bindError(ageError, "age");
        warning.textProperty().bind(model.warningProperty());
        warning.visibleProperty().bind(warning.textProperty().isNotEmpty());
        warning.managedProperty().bind(warning.visibleProperty());
        status.textProperty().bind(model.statusProperty());
        busy.visibleProperty().bind(model.busyProperty());
        save.disableProperty().bind(model.busyProperty());
        backUpNow.disableProperty().bind(model.busyProperty());
        table.setId("backupsTable");
        table.setPlaceholder(new Label("No backup has been taken yet."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        column("Taken", r -> WHEN.format(r.createdAt()), 155);
        statusColumn();
        column("How", BackupsView::how, 165);
        column("File", r -> r.fileName().isEmpty() ? "(none)" : r.fileName(), 290);
        column("Contacts", r -> String.format("%,d", r.contacts()), 85);
        column("Size", r -> String.format("%,d KB", (r.bytes() + 1023) / 1024), 70);
        column("Detail", BackupRecord::detail, 280);
        table.setItems(model.records());
        model.load();
    }

    private static String how(BackupRecord record) {
        if (record.scheduled()) {
            return "Scheduled";
        }
        String by = record.createdBy();
        return Actor.isOperatingSystemUser(by) ? "Command line (" + Actor.accountOf(by) + ")" : "By " + by;
    }

    private void bindError(Label label, String field) {
        label.textProperty().bind(model.error(field));
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    private void column(String name, Function<BackupRecord, String> getter, double width) {
        TableColumn<BackupRecord, String> column = new TableColumn<>(name);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(getter.apply(c.getValue())));
        table.getColumns().add(column);
    }

    /** Failed in the warning colour, so it cannot be missed in a list of good ones. */
    private void statusColumn() {
        TableColumn<BackupRecord, BackupStatus> column = new TableColumn<>("Status");
        column.setPrefWidth(80);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().status()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(BackupStatus value, boolean empty) {
                super.updateItem(value, empty);
                getStyleClass().removeAll("backup-failed", "backup-good");
                setText(
                        empty || value == null
                                ? null
                                : switch (value) {
                                    case CREATED -> "Not checked";
                                    case VERIFIED -> "Good";
                                    case FAILED -> "Failed";
                                });
                if (!empty && value != null && value != BackupStatus.CREATED) {
                    getStyleClass().add(value == BackupStatus.FAILED ? "backup-failed" : "backup-good");
                }
            }
        });
        table.getColumns().add(column);
    }

    @FXML
    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Folder for PortalDesk backups");
        File current = new File(folder.getText().strip());
        if (current.isDirectory()) {
            chooser.setInitialDirectory(current);
        }
        File chosen = chooser.showDialog(getRoot().getScene().getWindow());
        if (chosen != null) {
            folder.setText(chosen.getAbsolutePath());
        }
    }

    @FXML
    private void save() {
        model.save();
    }

    @FXML
    private void backUpNow() {
        model.backUpNow();
    }

    /** Fresh figures each time the tab is opened. */
    public void reload() {
        model.load();
    }
}
