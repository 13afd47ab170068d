package com.portaldesk.ui.staff;

import com.portaldesk.contacts.Channel;
import com.portaldesk.contacts.ContactRecord;
import com.portaldesk.contacts.ContactSort;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.util.Callback;

/**
 * The contacts table bound to its {@link ContactsViewModel}: what each column shows, a header click sorting in the
 * database, and one selection shared by the table and the model.
 */
final class ContactsTable {
    /** The table's columns, as the FXML declares them. */
    record Columns(
            TableColumn<ContactRecord, String> name,
            TableColumn<ContactRecord, String> email,
            TableColumn<ContactRecord, String> mobile,
            TableColumn<ContactRecord, String> ssn,
            TableColumn<ContactRecord, String> channel,
            TableColumn<ContactRecord, ContactRecord> portal,
            TableColumn<ContactRecord, String> lastAccess) {}

    private final TableView<ContactRecord> table;
    private final ContactsViewModel model;

    /** While the table is being made to match the model's selection, its changes are not the person's. */
    private boolean syncingSelection;

    /** Binds the table; a double click on a row hands its contact to {@code open}. */
    static void bind(
            TableView<ContactRecord> table, Columns columns, ContactsViewModel model, Consumer<ContactRecord> open) {
        ContactsTable bound = new ContactsTable(table, model);
        bound.shareSelection();
        bound.sortInTheDatabase(columns);
        fillColumns(columns);
        table.setRowFactory(view -> {
            TableRow<ContactRecord> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    open.accept(row.getItem());
                }
            });
            return row;
        });
    }

    private ContactsTable(TableView<ContactRecord> table, ContactsViewModel model) {
        this.table = table;
        this.model = model;
    }

    private static void fillColumns(Columns columns) {
        columns.name().setCellValueFactory(text(ContactRecord::displayName));
        columns.email().setCellValueFactory(text(ContactRecord::email));
        columns.mobile().setCellValueFactory(text(ContactRecord::mobileDisplay));
        columns.ssn().setCellValueFactory(text(ContactPanel::lastFour));
        columns.channel().setCellValueFactory(text(c -> c.channel() == Channel.SMS ? "Text" : "Email"));
        columns.portal().setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        columns.portal().setCellFactory(column -> new PortalCell());
        columns.lastAccess()
                .setCellValueFactory(text(c -> c.lastPortalAccess() == null
                        ? "never"
                        : DateTimeFormatter.ofPattern("MMM d, yyyy")
                                .withZone(ZoneId.systemDefault())
                                .format(c.lastPortalAccess())));
    }

    /**
     * One selection: what the table highlights is what the bulk actions act on. The table tells the model what the
     * person selected; when the list changes (a search, a refresh) the model keeps the selected rows it still shows,
     * and the table highlights exactly those again.
     */
    private void shareSelection() {
        table.setItems(model.rows());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<ContactRecord>) change -> {
            if (!syncingSelection) {
                model.checkedRows().setAll(List.copyOf(table.getSelectionModel().getSelectedItems()));
            }
        });
        model.checkedRows().addListener((ListChangeListener<ContactRecord>) change -> highlightChecked());
        table.getSelectionModel()
                .selectedItemProperty()
                .addListener((obs, old, now) -> model.selectedProperty().set(now));
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now != null && table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
        });
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

    /**
     * A click on a column header sorts every match in the database, from the first page; the table itself never
     * reorders the page it holds, so the arrow always describes the whole list.
     */
    private void sortInTheDatabase(Columns columns) {
        Map<TableColumn<ContactRecord, ?>, ContactSort> sorts = Map.of(
                columns.name(), ContactSort.NAME,
                columns.email(), ContactSort.EMAIL,
                columns.mobile(), ContactSort.MOBILE,
                columns.lastAccess(), ContactSort.LAST_SIGN_IN);
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
}
