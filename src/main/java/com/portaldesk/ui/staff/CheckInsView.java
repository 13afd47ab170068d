package com.portaldesk.ui.staff;

import com.portaldesk.checkin.CheckInRecord;
import com.portaldesk.ui.common.Poller;
import com.portaldesk.ui.common.UiPart;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.util.Duration;

/** The check-ins tab: binds to {@link CheckInsViewModel}, asks it again every 15 seconds while on screen. */
public final class CheckInsView extends UiPart<BorderPane> {
    @FXML
    private TableView<CheckInRecord> checkInsTable;

    @FXML
    private TableColumn<CheckInRecord, String> timeColumn;

    @FXML
    private TableColumn<CheckInRecord, String> clientColumn;

    @FXML
    private TableColumn<CheckInRecord, String> kioskColumn;

    @FXML
    private TableColumn<CheckInRecord, String> statusColumn;

    @FXML
    private Button markSeenButton;

    @FXML
    private Label checkInsNotice;

    @FXML
    private Label placeholder;

    private final CheckInsViewModel model;

    public CheckInsView(CheckInsViewModel model) {
        this.model = model;
        checkInsTable.setItems(model.rows());
        Columns.text(timeColumn, model::timeOf);
        Columns.text(clientColumn, CheckInRecord::contactName);
        Columns.text(kioskColumn, CheckInRecord::terminalId);
        Columns.text(statusColumn, model::statusOf);
        placeholder.textProperty().bind(model.placeholderProperty());
        checkInsNotice.textProperty().bind(model.noticeProperty());
        markSeenButton.disableProperty().bind(model.canMarkSeenProperty().not());
        checkInsTable
                .getSelectionModel()
                .selectedItemProperty()
                .addListener((obs, old, now) -> model.selectedProperty().set(now));
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now != checkInsTable.getSelectionModel().getSelectedItem()) {
                checkInsTable.getSelectionModel().select(now);
            }
        });
        Poller.whileShowing(getRoot(), Duration.seconds(15), model::refresh);
        model.refresh();
    }

    public void refresh() {
        model.refresh();
    }

    @FXML
    private void onMarkSeen() {
        model.markSelectedSeen();
    }
}
