package com.portaldesk.ui.staff;

import com.portaldesk.ui.common.Poller;
import com.portaldesk.ui.common.UiPart;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.util.Duration;

/** The change-requests tab: binds to {@link ChangeRequestsViewModel}, asks it again every 15 seconds on screen. */
public final class ChangeRequestsView extends UiPart<BorderPane> {
    @FXML
    private TableView<RequestDesk.Row> changeRequestsTable;

    @FXML
    private TableColumn<RequestDesk.Row, String> receivedColumn;

    @FXML
    private TableColumn<RequestDesk.Row, String> clientColumn;

    @FXML
    private TableColumn<RequestDesk.Row, String> topicsColumn;

    @FXML
    private TableColumn<RequestDesk.Row, String> kioskColumn;

    @FXML
    private TableColumn<RequestDesk.Row, String> noteColumn;

    @FXML
    private Button openRequestContact;

    @FXML
    private Button markHandled;

    private final ChangeRequestsViewModel model;
    private final Consumer<UUID> openContact;

    public ChangeRequestsView(ChangeRequestsViewModel model, Consumer<UUID> openContact) {
        this.model = model;
        this.openContact = openContact;
        changeRequestsTable.setItems(model.rows());
        Columns.text(receivedColumn, model::receivedOf);
        Columns.text(clientColumn, RequestDesk.Row::client);
        Columns.text(
                topicsColumn,
                row -> ChangeRequestsViewModel.topics(row.request().topics()));
        Columns.text(kioskColumn, row -> row.request().terminalId());
        Columns.text(noteColumn, row -> row.request().note());
        changeRequestsTable
                .getSelectionModel()
                .selectedItemProperty()
                .addListener((obs, old, now) -> model.selectedProperty().set(now));
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now != changeRequestsTable.getSelectionModel().getSelectedItem()) {
                changeRequestsTable.getSelectionModel().select(now);
            }
        });
        openRequestContact.disableProperty().bind(model.selectedProperty().isNull());
        markHandled.disableProperty().bind(model.selectedProperty().isNull());
        Poller.whileShowing(getRoot(), Duration.seconds(15), model::refresh);
        model.refresh();
    }

    public void refresh() {
        model.refresh();
    }

    @FXML
    private void onOpenContact() {
        RequestDesk.Row row = model.selectedProperty().get();
        if (row != null) {
            openContact.accept(row.request().contactId());
        }
    }

    @FXML
    private void onMarkHandled() {
        model.markSelectedHandled();
    }
}
