package com.portaldesk.ui.staff;

import com.portaldesk.delivery.OutboxEntry;
import com.portaldesk.ui.common.UiPart;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;

/**
 * The demonstration outbox: what would have been sent, newest first, under a banner that says plainly that
 * nothing was delivered. Binds to {@link OutboxViewModel}.
 */
public final class OutboxView extends UiPart<BorderPane> {
    @FXML
    private Label banner;

    @FXML
    private TableView<OutboxEntry> outboxTable;

    @FXML
    private TableColumn<OutboxEntry, String> timeColumn;

    @FXML
    private TableColumn<OutboxEntry, String> channelColumn;

    @FXML
    private TableColumn<OutboxEntry, String> toColumn;

    @FXML
    private TableColumn<OutboxEntry, String> textColumn;

    @FXML
    private TextArea body;

    private final OutboxViewModel model;

    public OutboxView(OutboxViewModel model) {
        this.model = model;
        outboxTable.setItems(model.rows());
        Columns.text(timeColumn, model::sentAt);
        Columns.text(channelColumn, OutboxViewModel::channel);
        Columns.text(toColumn, OutboxEntry::destinationMasked);
        Columns.text(textColumn, OutboxViewModel::summary);
        outboxTable
                .getSelectionModel()
                .selectedItemProperty()
                .addListener((obs, old, now) -> model.selectedProperty().set(now));
        body.textProperty().bind(model.bodyProperty());
        banner.textProperty().bind(model.bannerProperty());
    }

    @FXML
    public void onRefresh() {
        model.refresh();
    }
}
