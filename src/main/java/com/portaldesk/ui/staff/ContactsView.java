package com.portaldesk.ui.staff;

import com.portaldesk.contacts.ContactFilter;
import com.portaldesk.contacts.ContactQuery;
import com.portaldesk.contacts.ContactRecord;
import com.portaldesk.ui.common.Poller;
import com.portaldesk.ui.common.UiPart;
import com.portaldesk.ui.common.WholeText;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
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
    private Label status;

    @FXML
    private Label notice;

    @FXML
    private Button undoButton;

    private final ContactsViewModel model;
    private final StaffActions actions;

    public ContactsView(ContactsViewModel model, StaffActions actions) {
        this.model = model;
        this.actions = actions;
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
        ContactsTable.bind(
                table,
                new ContactsTable.Columns(
                        nameColumn,
                        emailColumn,
                        mobileColumn,
                        ssnColumn,
                        channelColumn,
                        portalColumn,
                        lastAccessColumn),
                model,
                actions::editContact);
        // The contact's panel scrolls when it is taller than the window leaves it (a large text size), instead of
        // running down over the page bar.
        ScrollPane panel = (ScrollPane) WholeText.scrollWhenCramped(new ContactDetails(model, actions).getRoot());
        panel.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        getRoot().setRight(panel);
        BorderPane.setMargin(panel, new Insets(0, 16, 8, 0));
        Poller.whileShowing(table, CHANGES_EVERY, this::checkForChanges);
    }

    @FXML
    private void onAdd() {
        actions.addContact();
    }

    @FXML
    private void onUndo() {
        Runnable undo = model.undoProperty().get();
        if (undo != null) {
            undo.run();
        }
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
