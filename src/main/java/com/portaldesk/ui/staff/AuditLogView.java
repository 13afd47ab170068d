package com.portaldesk.ui.staff;

import com.portaldesk.audit.AuditEventType;
import com.portaldesk.audit.AuditLog;
import com.portaldesk.audit.AuditNames;
import com.portaldesk.audit.CheckpointLog;
import com.portaldesk.audit.AuditQuery;
import com.portaldesk.audit.AuditReason;
import com.portaldesk.ui.common.Background;
import com.portaldesk.ui.common.DialogService;
import com.portaldesk.ui.common.UiPart;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.util.Callback;

/**
 * The audit log, 200 events at a time (never the whole log), filtered by date, event, reason, terminal and
 * contact; export of the filtered view; and the hash-chain check with a progress bar.
 */
public final class AuditLogView extends UiPart<BorderPane> {
    static final int PAGE = 200;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    @FXML private DatePicker fromDate;
    @FXML private DatePicker toDate;
    @FXML private ComboBox<AuditEventType> typeFilter;
    @FXML private ComboBox<AuditReason> reasonFilter;
    @FXML private TextField terminalFilter;
    @FXML private TextField contactFilter;
    @FXML private TableView<AuditNames.Named> events;
    @FXML private TableColumn<AuditNames.Named, String> seqColumn;
    @FXML private TableColumn<AuditNames.Named, String> timeColumn;
    @FXML private TableColumn<AuditNames.Named, String> terminalColumn;
    @FXML private TableColumn<AuditNames.Named, String> typeColumn;
    @FXML private TableColumn<AuditNames.Named, String> reasonColumn;
    @FXML private TableColumn<AuditNames.Named, String> whoColumn;
    @FXML private TableColumn<AuditNames.Named, String> contactColumn;
    @FXML private TableColumn<AuditNames.Named, String> toColumn;
    @FXML private TableColumn<AuditNames.Named, String> detailColumn;
    @FXML private Label status;
    @FXML private Label verifyResult;
    @FXML private ProgressBar verifyProgress;
    @FXML private Button verifyButton;

    private final AuditLog audit;
    private final AuditNames names;
    private final CheckpointLog checkpoints;
    private final Background background;
    private final DialogService dialogs;
    private AuditQuery shown;

    public AuditLogView(AuditLog audit, AuditNames names, CheckpointLog checkpoints, Background background,
                        DialogService dialogs) {
        this.names = names;
        this.checkpoints = checkpoints;
        this.audit = audit;
        this.background = background;
        this.dialogs = dialogs;
        typeFilter.getItems().add(null);
        typeFilter.getItems().addAll(AuditEventType.values());
        reasonFilter.getItems().add(null);
        reasonFilter.getItems().addAll(AuditReason.values());
        verifyProgress.setVisible(false);
        seqColumn.setCellValueFactory(text(e -> Long.toString(e.entry().seq())));
        timeColumn.setCellValueFactory(text(e -> WHEN.format(e.entry().occurredAt())));
        terminalColumn.setCellValueFactory(text(e -> e.entry().terminalId()));
        typeColumn.setCellValueFactory(text(e -> e.entry().type().name()));
        reasonColumn.setCellValueFactory(text(e -> e.entry().reason().name()));
        whoColumn.setCellValueFactory(text(AuditNames.Named::who));
        contactColumn.setCellValueFactory(text(AuditNames.Named::contact));
        toColumn.setCellValueFactory(text(e -> e.entry().channel() == null ? ""
                : e.entry().channel() + " " + e.entry().destinationMasked()));
        detailColumn.setCellValueFactory(text(e -> e.entry().detail()));
        onSearch();
    }

    private static Callback<TableColumn.CellDataFeatures<AuditNames.Named, String>,
            javafx.beans.value.ObservableValue<String>> text(java.util.function.Function<AuditNames.Named, String> getter) {
        return cell -> new ReadOnlyStringWrapper(getter.apply(cell.getValue()));
    }

    AuditQuery query() {
        ZoneId zone = ZoneId.systemDefault();
        UUID contact = null;
        if (!contactFilter.getText().isBlank()) {
            try {
                contact = UUID.fromString(contactFilter.getText().strip());
            } catch (IllegalArgumentException e) {
                status.setText("The contact filter is a contact id (copy it from the contact's details).");
            }
        }
        return new AuditQuery(fromDate.getValue() == null ? null : fromDate.getValue().atStartOfDay(zone).toInstant(),
                toDate.getValue() == null ? null : toDate.getValue().plusDays(1).atStartOfDay(zone).toInstant(),
                typeFilter.getValue(), contact, terminalFilter.getText().isBlank() ? null : terminalFilter.getText().strip(),
                PAGE, reasonFilter.getValue(), null);
    }

    @FXML
    void onSearch() {
        load(query());
    }

    /** Each time the tab is opened: the newest events under the filters set, not the page of an hour ago. */
    public void refresh() {
        load(query());
    }

    @FXML
    private void onOlder() {
        if (!events.getItems().isEmpty()) {
            load(shown.olderThan(events.getItems().get(events.getItems().size() - 1).entry().seq()));
        }
    }

    private void load(AuditQuery query) {
        background.run(() -> names.name(audit.list(query)), page -> {
            shown = query;
            events.getItems().setAll(page);
            status.setText(page.isEmpty() ? "No events." : String.format("Events %,d to %,d (newest first)%s",
                    page.get(0).entry().seq(), page.get(page.size() - 1).entry().seq(),
                    page.size() == PAGE ? "; more are older." : "."));
        }, error -> status.setText("Cannot read the audit log: " + error.getMessage()));
    }

    @FXML
    private void onVerify() {
        verifyButton.setDisable(true);
        verifyProgress.setVisible(true);
        Task<com.portaldesk.audit.ChainVerification> task = new Task<>() {
            @Override
            protected com.portaldesk.audit.ChainVerification call() {
                // Against the newest checkpoint this workstation kept: only that proves no newest events went.
                return checkpoints.newest(audit).map(cp -> audit.verifyChain(this::updateProgress, cp))
                        .orElseGet(() -> audit.verifyChain(this::updateProgress));
            }
        };
        verifyProgress.progressProperty().bind(task.progressProperty());
        task.setOnSucceeded(e -> {
            verifyButton.setDisable(false);
            verifyProgress.setVisible(false);
            var result = task.getValue();
            verifyResult.getStyleClass().setAll("label", result.intact() ? "success" : "danger");
            verifyResult.setText(result.intact()
                    ? String.format("✔ Intact: all %,d events are as they were written%s.", result.eventsChecked(),
                            result.checkpoint().isEmpty() ? "" : ", and the log still reaches this workstation's "
                                    + "newest checkpoint")
                    : "✖ Broken at event " + result.firstBrokenSeq() + ": " + result.problem());
        });
        task.setOnFailed(e -> {
            verifyButton.setDisable(false);
            verifyProgress.setVisible(false);
            verifyResult.setText("The check could not run: " + task.getException().getMessage());
        });
        background.submit(task);
    }

    @FXML
    private void onExport() {
        AuditQuery query = query();
        dialogs.chooseCsvToSave("Export the audit log", "audit-log.csv").ifPresent(target ->
                background.run(() -> AuditCsv.write(audit, query, target), count ->
                        status.setText(String.format("Exported %,d events to %s.", count, target.getFileName())),
                        error -> dialogs.showError("Export failed", error.getMessage())));
    }
}
