package com.portaldesk.ui.staff;

import com.portaldesk.contacts.Channel;
import com.portaldesk.contacts.ContactFilter;
import com.portaldesk.contacts.ContactQuery;
import com.portaldesk.contacts.ContactRecord;
import com.portaldesk.contacts.ContactSort;
import com.portaldesk.ui.common.AddressLine;
import com.portaldesk.ui.common.Poller;
import com.portaldesk.ui.common.UiPart;
import com.portaldesk.ui.common.WholeText;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Callback;
import javafx.util.Duration;

/** The contacts table with its search box and actions. Binds to {@link ContactsViewModel}; asks {@link StaffActions} for windows. */
public final class ContactsView extends UiPart<BorderPane> {

    /** How often an open list asks whether another workstation changed contacts (one cheap query). */
    private static final Duration CHANGES_EVERY = Duration.seconds(5);

    @FXML
    private TextField search;

    @FXML
    private ProgressIndicator searching;

    @FXML
    private ComboBox<ContactQuery.Scope> scope;

    @FXML
    private ComboBox<ContactFilter> filter;

    @FXML
    private MenuButton bulkButton;

    @FXML
    private MenuItem bulkArchive;

    @FXML
    private MenuItem bulkRestore;

    @FXML
    private Label emptyLabel;

    @FXML
    private Label pageText;

    @FXML
    private Button previousPage;

    @FXML
    private Button nextPage;

    @FXML
    private AddressLine detailEmail;

    @FXML
    private Label detailContact;

    @FXML
    private TableView<ContactRecord> table;

    @FXML
    private TableColumn<ContactRecord, String> nameColumn;

    @FXML
    private TableColumn<ContactRecord, String> emailColumn;

    @FXML
    private TableColumn<ContactRecord, String> mobileColumn;

    @FXML
    private TableColumn<ContactRecord, String> ssnColumn;

    @FXML
    private TableColumn<ContactRecord, String> channelColumn;

    @FXML
    private TableColumn<ContactRecord, ContactRecord> portalColumn;

    @FXML
    private TableColumn<ContactRecord, String> lastAccessColumn;

    @FXML
    private Button editButton;

    @FXML
    private Button portalButton;

    @FXML
    private Button archiveButton;

    @FXML
    private VBox details;

    @FXML
    private Label detailOfSeveral;

    @FXML
    private Label detailName;

    @FXML
    private Label detailReadiness;

    @FXML
    private Label detailFacts;

    @FXML
    private Label detailNotes;

    @FXML
    private Label lockState;

    @FXML
    private Button unlockButton;

    @FXML
    private Button revealButton;

    @FXML
    private ListView<String> historyList;

    @FXML
    private Label status;

    @FXML
    private Label notice;

    @FXML
    private Button undoButton;

    /** While the table is being made to match the model's selection, its changes are not the person's. */
    private boolean syncingSelection;

    private final ContactsViewModel model;
    private final StaffActions actions;

    public ContactsView(ContactsViewModel model, StaffActions actions) {
        this.model = model;
        this.actions = actions;
        // The contact's panel scrolls when it is taller than the window leaves it (a large text size), instead of
        // running down over the page bar.
        Insets margin = BorderPane.getMargin(details);
        ScrollPane panel = (ScrollPane) WholeText.scrollWhenCramped(details);
        panel.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        getRoot().setRight(panel);
        BorderPane.setMargin(panel, margin);
        search.textProperty().bindBidirectional(model.searchTextProperty());
        searching.visibleProperty().bind(model.searchingProperty());
        scope.getItems().setAll(ContactQuery.Scope.values());
        scope.setCellFactory(list -> new ScopeCell());
        scope.setButtonCell(new ScopeCell());
        scope.valueProperty().bindBidirectional(model.scopeProperty());
        filter.getItems().setAll(ContactFilter.values());
        filter.setCellFactory(list -> new FilterCell());
        filter.setButtonCell(new FilterCell());
        filter.valueProperty().bindBidirectional(model.filterProperty());
        emptyLabel.textProperty().bind(model.emptyTextProperty());
        pageText.textProperty().bind(model.pageTextProperty());
        previousPage.disableProperty().bind(model.offsetProperty().isEqualTo(0));
        nextPage.disableProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> model.offsetProperty().get() + ContactsViewModel.PAGE_SIZE
                                >= model.totalProperty().get(),
                        model.offsetProperty(),
                        model.totalProperty()));
        previousPage.visibleProperty().bind(model.totalProperty().greaterThan(ContactsViewModel.PAGE_SIZE));
        nextPage.visibleProperty().bind(previousPage.visibleProperty());
        bulkButton.disableProperty().bind(Bindings.isEmpty(model.checkedRows()));
        // Offer only what can happen to the contacts listed: active ones cannot be restored, archived ones archived.
        bulkRestore.disableProperty().bind(model.scopeProperty().isEqualTo(ContactQuery.Scope.ACTIVE));
        bulkArchive.disableProperty().bind(model.scopeProperty().isEqualTo(ContactQuery.Scope.ARCHIVED));
        bulkButton
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.checkedRows().size() > 1
                                ? model.checkedRows().size() + " selected"
                                : "Selected",
                        model.checkedRows()));
        status.textProperty().bind(model.statusProperty());
        notice.textProperty().bind(model.noticeProperty());
        undoButton.visibleProperty().bind(model.undoProperty().isNotNull());
        undoButton.managedProperty().bind(undoButton.visibleProperty());
        setUpTable();
        historyList.setItems(model.history());
        Label noHistory = new Label("No sign-in activity yet.");
        noHistory.setWrapText(true);
        historyList.setPlaceholder(noHistory);
        historyList.setCellFactory(list -> new ListCell<>() {
            {
                setWrapText(true);
                // Tall enough for the whole wrapped line: a client's change request note must not be cut off.
                setMinHeight(Region.USE_PREF_SIZE);
                prefWidthProperty().bind(list.widthProperty().subtract(18));
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty ? null : new Tooltip(item));
            }
        });
        lockState
                .textProperty()
                .bind(Bindings.when(model.lockedProperty())
                        .then("Sign-in is locked after repeated failures.")
                        .otherwise(""));
        lockState.visibleProperty().bind(model.lockedProperty());
        lockState.managedProperty().bind(model.lockedProperty());
        unlockButton.visibleProperty().bind(model.lockedProperty());
        unlockButton.managedProperty().bind(model.lockedProperty());
        model.selectedProperty().addListener((obs, old, now) -> showSelection(now));
        showSelection(null);
        detailOfSeveral
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> ContactListWords.oneOfSeveral(model.checkedRows().size()), model.checkedRows()));
        detailOfSeveral.visibleProperty().bind(detailOfSeveral.textProperty().isNotEmpty());
        detailOfSeveral.managedProperty().bind(detailOfSeveral.visibleProperty());
        Poller.whileShowing(table, CHANGES_EVERY, this::checkForChanges);
    }

    /** Makes the table highlight exactly the model's selected rows, the model's single selection last (focused). */
    private void highlightChecked() {
        List<ContactRecord> wanted = List.copyOf(model.checkedRows());
        if (syncingSelection || wanted.equals(table.getSelectionModel().getSelectedItems())) {
            return;
        }
        syncingSelection = true;
        try {
            table.getSelectionModel().clearSelection();
            ContactRecord focused = model.selectedProperty().get();
            wanted.stream().filter(row -> !row.equals(focused)).forEach(table.getSelectionModel()::select);
            if (focused != null && wanted.contains(focused)) {
                table.getSelectionModel().select(focused);
            }
        } finally {
            syncingSelection = false;
        }
        model.selectedProperty().set(table.getSelectionModel().getSelectedItem());
    }

    private void setUpTable() {
        table.setItems(model.rows());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        // One selection: what the table highlights is what the bulk actions act on. The table tells the model what the
        // person selected; when the list changes (a search, a refresh) the model keeps the selected rows it still
        // shows, and the table highlights exactly those again.
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<ContactRecord>) change -> {
            if (!syncingSelection) {
                model.checkedRows().setAll(List.copyOf(table.getSelectionModel().getSelectedItems()));
            }
        });
        model.checkedRows().addListener((ListChangeListener<ContactRecord>) change -> highlightChecked());
        sortInTheDatabase();
        nameColumn.setCellValueFactory(text(ContactRecord::displayName));
        emailColumn.setCellValueFactory(text(ContactRecord::email));
        mobileColumn.setCellValueFactory(text(ContactRecord::mobileDisplay));
        ssnColumn.setCellValueFactory(text(ContactPanel::lastFour));
        channelColumn.setCellValueFactory(text(c -> c.channel() == Channel.SMS ? "Text" : "Email"));
        portalColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        portalColumn.setCellFactory(column -> new PortalCell());
        lastAccessColumn.setCellValueFactory(text(c -> c.lastPortalAccess() == null
                ? "never"
                : DateTimeFormatter.ofPattern("MMM d, yyyy")
                        .withZone(ZoneId.systemDefault())
                        .format(c.lastPortalAccess())));
        table.getSelectionModel()
                .selectedItemProperty()
                .addListener((obs, old, now) -> model.selectedProperty().set(now));
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now != null && table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
        });
        table.setRowFactory(view -> {
            TableRow<ContactRecord> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    actions.editContact(row.getItem());
                }
            });
            return row;
        });
    }

    /**
     * A click on a column header sorts every match in the database, from the first page; the table itself never
     * reorders the page it holds, so the arrow always describes the whole list.
     */
    private void sortInTheDatabase() {
        Map<TableColumn<ContactRecord, ?>, ContactSort> sorts = Map.of(
                nameColumn,
                ContactSort.NAME,
                emailColumn,
                ContactSort.EMAIL,
                mobileColumn,
                ContactSort.MOBILE,
                lastAccessColumn,
                ContactSort.LAST_SIGN_IN);
        table.setSortPolicy(view -> {
            TableColumn<ContactRecord, ?> first =
                    view.getSortOrder().isEmpty() ? null : view.getSortOrder().get(0);
            ContactSort wanted = first == null ? ContactSort.NAME : sorts.getOrDefault(first, ContactSort.NAME);
            boolean descending = first != null && first.getSortType() == TableColumn.SortType.DESCENDING;
            if (wanted != model.sortProperty().get()
                    || descending != model.descendingProperty().get()) {
                model.sortBy(wanted, descending);
            }
            return true;
        });
    }

    private static Callback<TableColumn.CellDataFeatures<ContactRecord, String>, ObservableValue<String>> text(
            Function<ContactRecord, String> getter) {
        return cell -> new ReadOnlyStringWrapper(getter.apply(cell.getValue()));
    }

    private void showSelection(ContactRecord contact) {
        ContactPanel panel = ContactPanel.of(contact, model.mayReveal(), ZoneId.systemDefault(), Locale.getDefault());
        editButton.setVisible(panel.selected());
        portalButton.setVisible(panel.selected());
        archiveButton.setVisible(panel.selected());
        editButton.setDisable(!panel.selected());
        portalButton.setDisable(!panel.portalChangeable());
        archiveButton.setDisable(!panel.selected());
        archiveButton.setText(panel.archiveLabel());
        revealButton.setVisible(panel.canReveal());
        revealButton.setManaged(panel.canReveal());
        portalButton.setText(panel.portalLabel());
        detailName.setText(panel.name());
        detailEmail.setAddress(panel.email());
        detailContact.setText(panel.contact());
        detailReadiness.setText(panel.readiness());
        detailReadiness.getStyleClass().setAll("label", panel.readinessStyle());
        detailFacts.setText(panel.facts());
        detailNotes.setText(panel.notes());
        detailNotes.setManaged(!panel.notes().isBlank()); // no empty gap where there are no notes
    }

    @FXML
    private void onAdd() {
        actions.addContact();
    }

    @FXML
    private void onEdit() {
        if (model.selectedProperty().get() != null) {
            actions.editContact(model.selectedProperty().get());
        }
    }

    @FXML
    private void onArchive() {
        model.archiveSelected();
    }

    @FXML
    private void onUndo() {
        Runnable undo = model.undoProperty().get();
        if (undo != null) {
            undo.run();
        }
    }

    @FXML
    private void onTogglePortal() {
        model.togglePortalAccessOfSelected();
    }

    @FXML
    private void onUnlock() {
        model.unlockSelected();
    }

    @FXML
    private void onReveal() {
        model.revealSelected();
    }

    @FXML
    private void onImport() {
        actions.importContacts();
    }

    @FXML
    private void onExport() {
        actions.exportContacts(model.currentQuery());
    }

    @FXML
    private void onBulkArchive() {
        model.archiveChecked(true);
    }

    @FXML
    private void onBulkRestore() {
        model.archiveChecked(false);
    }

    @FXML
    private void onBulkPortalOn() {
        model.setPortalAccessOfChecked(true);
    }

    @FXML
    private void onBulkPortalOff() {
        model.setPortalAccessOfChecked(false);
    }

    @FXML
    private void onBulkExport() {
        actions.exportContacts(model.checkedQuery());
    }

    @FXML
    private void onPreviousPage() {
        model.previousPage();
    }

    @FXML
    private void onNextPage() {
        model.nextPage();
    }

    /** Reloads the list when contacts changed elsewhere, while the list is on screen (its tab selected). */
    private void checkForChanges() {
        for (Node node = table; node != null; node = node.getParent()) {
            if (!node.isVisible()) {
                return;
            }
        }
        model.checkForChanges();
    }

    public void focusSearch() {
        search.requestFocus();
    }

    private static final class PortalCell extends TableCell<ContactRecord, ContactRecord> {
        @Override
        protected void updateItem(ContactRecord item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("portal-ready", "portal-not-ready");
            if (empty || item == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            boolean ready = item.readiness().ready();
            setText(ready ? "✔ Ready" : "⚠ Not ready");
            getStyleClass().add(ready ? "portal-ready" : "portal-not-ready");
            setTooltip(new Tooltip(item.readiness().summary()));
        }
    }

    private static final class FilterCell extends ListCell<ContactFilter> {
        @Override
        protected void updateItem(ContactFilter item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.label());
        }
    }

    private static final class ScopeCell extends ListCell<ContactQuery.Scope> {
        @Override
        protected void updateItem(ContactQuery.Scope item, boolean empty) {
            super.updateItem(item, empty);
            setText(
                    empty || item == null
                            ? null
                            : switch (item) {
                                case ACTIVE -> "Active contacts";
                                case ARCHIVED -> "Archived contacts";
                                case ALL -> "All contacts";
                            });
        }
    }
}
