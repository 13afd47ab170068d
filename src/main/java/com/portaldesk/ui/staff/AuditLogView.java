package com.portaldesk.ui.staff;

import com.portaldesk.audit.AuditEntry;
import com.portaldesk.audit.AuditEventType;
import com.portaldesk.audit.AuditWords;
import com.portaldesk.contacts.ContactRecord;
import com.portaldesk.staff.StaffAccount;
import java.util.List;
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
    @FXML private ComboBox<StaffAccount> staffFilter;
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
    private final People people;
    private AuditQuery shown;

    /** The people the filters name: staff accounts, and contacts found by what was typed. */
    public interface People {
        List<StaffAccount> staff();

        List<ContactRecord> contactsMatching(String text, int limit);
    }

    public AuditLogView(AuditLog audit, AuditNames names, CheckpointLog checkpoints, Background background,
                        DialogService dialogs, People people) {
        this.people = people;
        this.names = names;
        this.checkpoints = checkpoints;
        this.audit = audit;
        this.background = background;
        this.dialogs = dialogs;
        typeFilter.getItems().add(null);
        typeFilter.getItems().addAll(AuditEventType.values());
        inWords(typeFilter, AuditWords::of, "Any event");
        reasonFilter.getItems().add(null);
        reasonFilter.getItems().addAll(AuditReason.values());
        inWords(reasonFilter, AuditWords::of, "Any reason");
        inWords(staffFilter, a -> a.displayName() + " (" + a.username() + ")", "Anyone");
        background.run(people::staff, accounts -> {
            staffFilter.getItems().setAll(new java.util.ArrayList<StaffAccount>(java.util.Collections.singletonList(null)));
            staffFilter.getItems().addAll(accounts);
        }, error -> { });
        events.setRowFactory(table -> {
            javafx.scene.control.TableRow<AuditNames.Named> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(click -> {
                if (click.getClickCount() == 2 && !row.isEmpty()) {
                    showDetails(row.getItem());
                }
            });
            return row;
        });
        verifyProgress.setVisible(false);
        seqColumn.setCellValueFactory(text(e -> Long.toString(e.entry().seq())));
        timeColumn.setCellValueFactory(text(e -> WHEN.format(e.entry().occurredAt())));
        terminalColumn.setCellValueFactory(text(e -> e.entry().terminalId()));
        typeColumn.setCellValueFactory(text(e -> AuditWords.of(e.entry().type())));
        reasonColumn.setCellValueFactory(text(e -> AuditWords.of(e.entry().reason())));
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

    /** A choice box shows its values in words, and "any" for the empty choice. */
    private static <T> void inWords(ComboBox<T> box, java.util.function.Function<T, String> words, String any) {
        javafx.util.Callback<javafx.scene.control.ListView<T>, javafx.scene.control.ListCell<T>> cells = list ->
                new javafx.scene.control.ListCell<>() {
                    @Override
                    protected void updateItem(T item, boolean empty) {
                        super.updateItem(item, empty);
                        setText(empty ? null : item == null ? any : words.apply(item));
                    }
                };
        box.setCellFactory(cells);
        box.setButtonCell(cells.call(null));
    }

    /** The filters as a query; the contact is found by name or email first (or given as an id). */
    AuditQuery query(UUID contact) {
        ZoneId zone = ZoneId.systemDefault();
        AuditQuery query = new AuditQuery(fromDate.getValue() == null ? null
                : fromDate.getValue().atStartOfDay(zone).toInstant(),
                toDate.getValue() == null ? null : toDate.getValue().plusDays(1).atStartOfDay(zone).toInstant(),
                typeFilter.getValue(), contact, terminalFilter.getText().isBlank() ? null : terminalFilter.getText().strip(),
                PAGE, reasonFilter.getValue(), null);
        return staffFilter.getValue() == null ? query : query.byActor(staffFilter.getValue().username());
    }

    @FXML
    void onSearch() {
        String typed = contactFilter.getText().strip();
        if (typed.isEmpty()) {
            load(query(null));
            return;
        }
        background.run(() -> contactFor(typed), found -> {
            if (found.contact() != null) {
                load(query(found.contact().id()));
            } else {
                events.getItems().clear();
                status.setText(found.problem());
            }
        }, error -> status.setText("Cannot look the contact up: " + error.getMessage()));
    }

    private record Found(ContactRecord contact, String problem) {
    }

    /** One contact for what was typed, or why there is not exactly one. */
    private Found contactFor(String typed) {
        List<ContactRecord> matches = people.contactsMatching(typed, 6);
        if (matches.isEmpty()) {
            return new Found(null, "No contact matches \"" + typed + "\".");
        }
        if (matches.size() > 1) {
            return new Found(null, (matches.size() > 5 ? "More than 5" : Integer.toString(matches.size()))
                    + " contacts match \"" + typed + "\" (" + matches.stream().limit(3)
                    .map(c -> c.displayName() + (c.email().isEmpty() ? "" : " <" + c.email() + ">"))
                    .collect(java.util.stream.Collectors.joining(", ")) + (matches.size() > 3 ? ", …" : "")
                    + "). Type more, such as the email address.");
        }
        return new Found(matches.get(0), null);
    }

    /** Each time the tab is opened: the newest events under the filters set, not the page of an hour ago. */
    public void refresh() {
        onSearch();
    }

    @FXML
    private void onDetails() {
        AuditNames.Named selected = events.getSelectionModel().getSelectedItem();
        if (selected == null) {
            status.setText("Select an event first (or double-click it).");
            return;
        }
        showDetails(selected);
    }

    private void showDetails(AuditNames.Named event) {
        dialogs.showInfo("Audit event " + event.entry().seq(), details(event));
    }

    /** One event, every field in words. */
    static String details(AuditNames.Named event) {
        AuditEntry e = event.entry();
        StringBuilder text = new StringBuilder();
        line(text, "When", WHEN.format(e.occurredAt()));
        line(text, "What", AuditWords.of(e.type()));
        line(text, "Why", AuditWords.of(e.reason()));
        line(text, "Who", event.who().isEmpty() ? "a client or the program itself" : event.who());
        line(text, "Where", e.terminalId());
        line(text, "Contact", event.contact());
        line(text, "Sent to", e.channel() == null ? "" : e.channel() + " " + e.destinationMasked());
        line(text, "Sign-in attempt", e.challengeId() == null ? "" : e.challengeId().toString());
        line(text, "Details", e.detail());
        return text.append("Event number ").append(e.seq()).append(" in the log's hash chain.").toString();
    }

    private static void line(StringBuilder text, String label, String value) {
        if (value != null && !value.isBlank()) {
            text.append(label).append(": ").append(value).append('\n');
        }
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
        AuditQuery query = shown == null ? query(null) : shown.olderThan(Long.MAX_VALUE);
        dialogs.chooseCsvToSave("Export the audit log", "audit-log.csv").ifPresent(target ->
                background.run(() -> AuditCsv.write(audit, query, target), count ->
                        status.setText(String.format("Exported %,d events to %s.", count, target.getFileName())),
                        error -> dialogs.showError("Export failed", error.getMessage())));
    }
}
