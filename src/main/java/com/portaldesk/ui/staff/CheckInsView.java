package com.portaldesk.ui.staff;

import com.portaldesk.audit.Actor;
import com.portaldesk.checkin.CheckInRecord;
import com.portaldesk.checkin.CheckInService;
import com.portaldesk.ui.common.Background;
import com.portaldesk.ui.common.Poller;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * Today's kiosk check-ins, newest first, refreshed every 15 seconds, each waiting until someone marks it seen; each
 * new one is announced once through {@code announce} (the banner of the main window).
 */
public final class CheckInsView {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());

    private final CheckInService checkIns;
    private final Background background;
    private final Consumer<String> announce;
    private final TableView<CheckInRecord> table = new TableView<>();
    private final BorderPane root = new BorderPane();
    private final Set<UUID> seen = new HashSet<>();
    private boolean first = true;
    /** Says what is true: loading until the first answer, then that there are none. */
    private final Label placeholder = new Label("Loading today's check-ins…");
    private final Supplier<Actor> actor;
    private final Button markSeen = new Button("Mark as seen");
    private final Label notice = new Label();

    public CheckInsView(CheckInService checkIns, Background background, Consumer<String> announce,
                        Supplier<Actor> actor) {
        this.checkIns = checkIns;
        this.background = background;
        this.announce = announce;
        this.actor = actor;
        table.setId("checkInsTable");
        table.setPlaceholder(placeholder);
        column("Time", c -> TIME.format(c.checkedInAt()), 90);
        column("Client", CheckInRecord::contactName, 260);
        column("Kiosk", CheckInRecord::terminalId, 160);
        column("Status", c -> c.waiting() ? "Waiting" : "Seen by " + c.seenBy() + " at " + TIME.format(c.seenAt()),
                260);
        Label title = new Label("Check-ins today");
        title.getStyleClass().add("title-2");
        markSeen.setId("markSeenButton");
        markSeen.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            CheckInRecord selected = table.getSelectionModel().getSelectedItem();
            return selected == null || !selected.waiting();
        }, table.getSelectionModel().selectedItemProperty()));
        markSeen.setOnAction(e -> markSelectedSeen());
        javafx.scene.layout.HBox actions = new javafx.scene.layout.HBox(10, markSeen, notice);
        actions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox top = new VBox(8, title, actions);
        top.setPadding(new Insets(14, 16, 10, 16));
        root.setTop(top);
        BorderPane.setMargin(table, new Insets(0, 16, 16, 16));
        root.setCenter(table);
        Poller.whileShowing(root, Duration.seconds(15), this::refresh);
        refresh();
    }

    public BorderPane getRoot() {
        return root;
    }

    private void column(String name, java.util.function.Function<CheckInRecord, String> getter, double width) {
        TableColumn<CheckInRecord, String> column = new TableColumn<>(name);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(getter.apply(c.getValue())));
        table.getColumns().add(column);
    }

    /** The front desk has greeted the client: the check-in stops waiting, on every workstation. */
    private void markSelectedSeen() {
        CheckInRecord selected = table.getSelectionModel().getSelectedItem();
        if (selected == null) {
            return;
        }
        background.run(() -> checkIns.markSeen(selected.id(), actor.get()), marked -> {
            notice.setText(marked ? selected.contactName() + " marked as seen."
                    : "Someone else marked " + selected.contactName() + " as seen already.");
            refresh();
        }, error -> notice.setText("Not marked: " + error.getMessage()));
    }

    public void refresh() {
        background.run(() -> checkIns.today(ZoneId.systemDefault()), this::show, error -> { });
    }

    private void show(List<CheckInRecord> today) {
        UUID selected = table.getSelectionModel().getSelectedItem() == null ? null
                : table.getSelectionModel().getSelectedItem().id();
        table.getItems().setAll(today);
        today.stream().filter(c -> c.id().equals(selected)).findFirst()
                .ifPresent(c -> table.getSelectionModel().select(c));
        placeholder.setText("No check-ins yet today.");
        for (CheckInRecord checkIn : today) {
            if (seen.add(checkIn.id()) && !first) {
                announce.accept("New check-in: " + checkIn.contactName() + " at " + checkIn.terminalId() + ".");
            }
        }
        first = false;
    }
}
