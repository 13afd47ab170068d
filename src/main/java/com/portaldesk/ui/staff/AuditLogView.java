package com.portaldesk.ui.staff;

import com.portaldesk.audit.AuditEventType;
import com.portaldesk.audit.AuditNames;
import com.portaldesk.audit.AuditReason;
import com.portaldesk.audit.AuditWords;
import com.portaldesk.staff.StaffAccount;
import com.portaldesk.ui.common.DateEntry;
import com.portaldesk.ui.common.DialogService;
import com.portaldesk.ui.common.EnterSubmits;
import com.portaldesk.ui.common.UiPart;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.util.Callback;

/** The audit log screen: binds its filters, table, status and chain check to {@link AuditLogViewModel}. */
public final class AuditLogView extends UiPart<BorderPane> {
    @FXML
    private DatePicker fromDate;

    @FXML
    private DatePicker toDate;

    private DateEntry fromEntry;
    private DateEntry toEntry;

    @FXML
    private ComboBox<AuditEventType> typeFilter;

    @FXML
    private ComboBox<AuditReason> reasonFilter;

    @FXML
    private TextField terminalFilter;

    @FXML
    private TextField contactFilter;

    @FXML
    private ComboBox<StaffAccount> staffFilter;

    @FXML
    private TableView<AuditNames.Named> events;

    @FXML
    private TableColumn<AuditNames.Named, String> seqColumn;

    @FXML
    private TableColumn<AuditNames.Named, String> timeColumn;

    @FXML
    private TableColumn<AuditNames.Named, String> terminalColumn;

    @FXML
    private TableColumn<AuditNames.Named, String> typeColumn;

    @FXML
    private TableColumn<AuditNames.Named, String> reasonColumn;

    @FXML
    private TableColumn<AuditNames.Named, String> whoColumn;

    @FXML
    private TableColumn<AuditNames.Named, String> contactColumn;

    @FXML
    private TableColumn<AuditNames.Named, String> toColumn;

    @FXML
    private TableColumn<AuditNames.Named, String> detailColumn;

    @FXML
    private Label status;

    @FXML
    private Label verifyResult;

    @FXML
    private ProgressBar verifyProgress;

    @FXML
    private Button verifyButton;

    @FXML
    private Button searchButton;

    @FXML
    private FlowPane filters;

    private final AuditLogViewModel model;
    private final DialogService dialogs;

    public AuditLogView(AuditLogViewModel model, DialogService dialogs) {
        // Enter in any of the filters presses Show (each filter sits in a box with its caption: the whole row counts).
        EnterSubmits.on(filters, searchButton);
        this.model = model;
        this.dialogs = dialogs;
        bindFilters();
        events.setItems(model.rows());
        events.setRowFactory(table -> {
            TableRow<AuditNames.Named> row = new TableRow<>();
            row.setOnMouseClicked(click -> {
                if (click.getClickCount() == 2 && !row.isEmpty()) {
                    showDetails(row.getItem());
                }
            });
            return row;
        });
        seqColumn.setCellValueFactory(text(e -> Long.toString(e.entry().seq())));
        timeColumn.setCellValueFactory(
                text(e -> AuditLogViewModel.WHEN.format(e.entry().occurredAt())));
        terminalColumn.setCellValueFactory(text(e -> e.entry().terminalId()));
        typeColumn.setCellValueFactory(text(e -> AuditWords.of(e.entry().type())));
        reasonColumn.setCellValueFactory(text(e -> AuditWords.of(e.entry().reason())));
        whoColumn.setCellValueFactory(text(AuditNames.Named::who));
        contactColumn.setCellValueFactory(text(AuditNames.Named::contact));
        toColumn.setCellValueFactory(text(e -> e.entry().channel() == null
                ? ""
                : e.entry().channel() + " " + e.entry().destinationMasked()));
        detailColumn.setCellValueFactory(text(e -> e.entry().detail()));
        status.textProperty().bind(model.statusProperty());
        verifyResult.textProperty().bind(model.verifyResultProperty());
        // No empty line between the filters and the events until there is a result to read.
        verifyResult.managedProperty().bind(verifyResult.textProperty().isNotEmpty());
        model.intactProperty()
                .addListener((obs, old, now) -> verifyResult
                        .getStyleClass()
                        .setAll("label", now == null ? "text-muted" : now ? "success" : "danger"));
        verifyProgress.visibleProperty().bind(model.verifyingProperty());
        verifyProgress.progressProperty().bind(model.progressProperty());
        verifyButton.disableProperty().bind(model.verifyingProperty());
        model.load();
    }

    private void bindFilters() {
        fromEntry = DateEntry.of(fromDate, "From");
        toEntry = DateEntry.of(toDate, "To");
        fromDate.valueProperty().bindBidirectional(model.fromProperty());
        toDate.valueProperty().bindBidirectional(model.toProperty());
        typeFilter.getItems().add(null);
        typeFilter.getItems().addAll(AuditEventType.values());
        inWords(typeFilter, AuditWords::of, "Any event");
        typeFilter.valueProperty().bindBidirectional(model.typeProperty());
        reasonFilter.getItems().add(null);
        reasonFilter.getItems().addAll(AuditReason.values());
        inWords(reasonFilter, AuditWords::of, "Any reason");
        reasonFilter.valueProperty().bindBidirectional(model.reasonProperty());
        terminalFilter.textProperty().bindBidirectional(model.terminalProperty());
        contactFilter.textProperty().bindBidirectional(model.contactProperty());
        inWords(staffFilter, a -> a.displayName() + " (" + a.username() + ")", "Anyone");
        model.staffChoices().addListener((ListChangeListener<StaffAccount>) change -> {
            List<StaffAccount> choices = new ArrayList<>(Collections.singletonList(null));
            choices.addAll(model.staffChoices());
            staffFilter.getItems().setAll(choices);
        });
        staffFilter.valueProperty().bindBidirectional(model.staffMemberProperty());
    }

    private static Callback<TableColumn.CellDataFeatures<AuditNames.Named, String>, ObservableValue<String>> text(
            Function<AuditNames.Named, String> getter) {
        return cell -> new ReadOnlyStringWrapper(getter.apply(cell.getValue()));
    }

    /** A choice box shows its values in words, and "any" for the empty choice. */
    private static <T> void inWords(ComboBox<T> box, Function<T, String> words, String any) {
        Callback<ListView<T>, ListCell<T>> cells = list -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? any : words.apply(item));
            }
        };
        box.setCellFactory(cells);
        box.setButtonCell(cells.call(null));
    }

    /** Each time the tab is opened: the newest events under the filters set, not the page of an hour ago. */
    public void refresh() {
        model.search();
    }

    @FXML
    void onSearch() {
        // A date that is not one stops the search and is said: searching without it would show the wrong events.
        List<String> problems = DateEntry.problems(fromEntry, toEntry);
        if (!problems.isEmpty()) {
            model.statusProperty().set("Not searched: " + String.join(" ", problems));
            return;
        }
        model.search();
    }

    @FXML
    private void onOlder() {
        model.older();
    }

    @FXML
    private void onDetails() {
        AuditNames.Named selected = events.getSelectionModel().getSelectedItem();
        if (selected == null) {
            model.statusProperty().set("Select an event first (or double-click it).");
            return;
        }
        showDetails(selected);
    }

    private void showDetails(AuditNames.Named event) {
        dialogs.showInfo("Audit event " + event.entry().seq(), AuditLogViewModel.details(event));
    }

    @FXML
    private void onVerify() {
        model.verify();
    }

    @FXML
    private void onExport() {
        dialogs.chooseCsvToSave("Export the audit log", "audit-log.csv").ifPresent(model::export);
    }
}
