package com.portaldesk.ui.staff;

import com.portaldesk.contacts.Channel;
import com.portaldesk.delivery.OutboxEntry;
import com.portaldesk.ui.common.Background;
import com.portaldesk.ui.common.UiPart;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;

/**
 * The demonstration outbox: what would have been sent, newest first, under a banner that says plainly that
 * nothing was delivered. Read off the FX thread.
 */
public final class OutboxView extends UiPart<BorderPane> {
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());

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

    private final OutboxDesk outbox;
    private final Background background;

    public OutboxView(OutboxDesk outbox, Background background) {
        this.outbox = outbox;
        this.background = background;
        timeColumn.setCellValueFactory(
                c -> new ReadOnlyStringWrapper(WHEN.format(c.getValue().createdAt())));
        channelColumn.setCellValueFactory(
                c -> new ReadOnlyStringWrapper(c.getValue().channel() == Channel.SMS ? "Text" : "Email"));
        toColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().destinationMasked()));
        textColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                c.getValue().subject().isEmpty()
                        ? c.getValue().body()
                        : c.getValue().subject() + " — " + c.getValue().body().replace('\n', ' ')));
        outboxTable
                .getSelectionModel()
                .selectedItemProperty()
                .addListener((obs, old, now) -> body.setText(
                        now == null
                                ? ""
                                : (now.subject().isEmpty() ? "" : "Subject: " + now.subject() + "\n\n") + now.body()));
    }

    @FXML
    public void onRefresh() {
        background.run(
                () -> outbox.newest(200),
                messages -> outboxTable.getItems().setAll(messages),
                error -> banner.setText("Cannot read the outbox: " + error.getMessage()));
    }
}
