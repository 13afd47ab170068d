package com.portaldesk.ui.staff;

import com.portaldesk.ui.common.Poller;
import com.portaldesk.workstations.WorkstationRecord;
import com.portaldesk.workstations.WorkstationStatus;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * Admins: every staff app and kiosk that uses this database, what version it runs, on which computer and
 * account, and when it last reported. Refreshed every 30 seconds while shown.
 */
public final class WorkstationsView {
    private final WorkstationsViewModel model;
    private final TableView<WorkstationRecord> table = new TableView<>();
    private final CheckBox showClosed = new CheckBox("Show closed programs");
    private final Label summary = new Label();
    private final Label placeholder = new Label("Loading workstations…");
    private final BorderPane root = new BorderPane();

    public WorkstationsView(WorkstationsViewModel model, String thisTerminal) {
        this.model = model;
        table.setId("workstationsTable");
        table.setItems(model.rows());
        placeholder.textProperty().bind(model.emptyTextProperty());
        summary.textProperty().bind(model.summaryProperty());
        table.setPlaceholder(placeholder);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        column("Terminal", WorkstationRecord::terminalId, 150);
        column("Program", w -> w.kind().label(), 90);
        statusColumn();
        column("Version", WorkstationRecord::version, 120);
        column("Account", WorkstationRecord::osUser, 110);
        column("Computer", WorkstationRecord::hostName, 150);
        column("Last seen", model::lastSeen, 130);
        column("Started", model::started, 130);
        showClosed.setId("showClosedWorkstations");
        showClosed.selectedProperty().bindBidirectional(model.showClosedProperty());
        Button refresh = new Button("Refresh");
        refresh.setOnAction(e -> refresh());
        root.setTop(header(thisTerminal, refresh));
        BorderPane.setMargin(table, new Insets(0, 16, 16, 16));
        root.setCenter(table);
        Poller.whileShowing(root, Duration.seconds(30), this::refresh);
        refresh();
    }

    public BorderPane getRoot() {
        return root;
    }

    private VBox header(String thisTerminal, Button refresh) {
        Label title = new Label("Workstations");
        title.getStyleClass().add("title-2");
        Label explain = new Label("Every staff app and kiosk that uses this database. Each reports once a minute; "
                + "one that stops reporting without closing (a crash, a power cut, a lost network) shows as not "
                + "responding. This workstation's terminal id is " + thisTerminal + ".");
        explain.setWrapText(true);
        explain.getStyleClass().add("text-muted");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox controls = new HBox(12, summary, grow, showClosed, refresh);
        controls.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(6, title, explain, controls);
        top.setPadding(new Insets(14, 16, 10, 16));
        return top;
    }

    private void column(String name, Function<WorkstationRecord, String> getter, double width) {
        TableColumn<WorkstationRecord, String> column = new TableColumn<>(name);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(getter.apply(c.getValue())));
        table.getColumns().add(column);
    }

    /** The status in words and colour, so a kiosk that went quiet stands out. */
    private void statusColumn() {
        TableColumn<WorkstationRecord, WorkstationStatus> column = new TableColumn<>("Status");
        column.setPrefWidth(120);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().status()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(WorkstationStatus status, boolean empty) {
                super.updateItem(status, empty);
                getStyleClass().removeAll("workstation-running", "workstation-silent", "workstation-closed");
                setText(empty || status == null ? null : status.label());
                if (!empty && status != null) {
                    getStyleClass()
                            .add(
                                    switch (status) {
                                        case RUNNING -> "workstation-running";
                                        case NOT_RESPONDING -> "workstation-silent";
                                        case CLOSED -> "workstation-closed";
                                    });
                }
            }
        });
        table.getColumns().add(column);
    }

    public void refresh() {
        model.refresh();
    }
}
