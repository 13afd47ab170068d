package com.portaldesk.ui.staff;

import com.portaldesk.checkin.ChangeRequestRecord;
import com.portaldesk.checkin.ChangeRequests;
import com.portaldesk.checkin.ChangeTopic;
import com.portaldesk.contacts.ContactService;
import com.portaldesk.staff.StaffSession;
import com.portaldesk.ui.common.Background;
import com.portaldesk.ui.common.DialogService;
import com.portaldesk.ui.common.Poller;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The front desk's to-do list of "something is wrong here" requests from the kiosk, oldest first. Staff fix
 * the contact themselves (or call the client) and then mark the request handled. The tab title carries the
 * number waiting, and each new request is announced once.
 */
public final class ChangeRequestsView {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MMM d, HH:mm").withZone(ZoneId.systemDefault());

    /** A request with the client's name, as the table shows it. */
    record Row(ChangeRequestRecord request, String client) {
    }

    private final ChangeRequests requests;
    private final ContactService contacts;
    private final Background background;
    private final DialogService dialogs;
    private final StaffSession staff;
    private final String terminal;
    private final Consumer<String> announce;
    private final Consumer<UUID> openContact;
    private final Tab tab = new Tab();
    private final TableView<Row> table = new TableView<>();
    private final Set<UUID> seen = new HashSet<>();
    private boolean first = true;

    public ChangeRequestsView(ChangeRequests requests, ContactService contacts, Background background,
                              DialogService dialogs, StaffSession staff, String terminal,
                              Consumer<String> announce, Consumer<UUID> openContact) {
        this.requests = requests;
        this.contacts = contacts;
        this.background = background;
        this.dialogs = dialogs;
        this.staff = staff;
        this.terminal = terminal;
        this.announce = announce;
        this.openContact = openContact;
        table.setId("changeRequestsTable");
        table.setPlaceholder(new Label("No change requests waiting."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        column("Received", row -> WHEN.format(row.request().requestedAt()), 120);
        column("Client", Row::client, 200);
        column("What is wrong", row -> topics(row.request().topics()), 200);
        column("Kiosk", row -> row.request().terminalId(), 110);
        column("Client's note", row -> row.request().note(), 320);
        tab.setContent(layout());
        tab.setClosable(false);
        BorderPane root = (BorderPane) tab.getContent();
        Poller.whileShowing(root, Duration.seconds(15), this::refresh);
        refresh();
    }

    public Tab tab() {
        return tab;
    }

    private BorderPane layout() {
        Label title = new Label("Change requests from the kiosk");
        title.getStyleClass().add("title-2");
        Label why = new Label("Clients cannot edit their details at the kiosk; they tell you what is wrong. "
                + "Correct the contact (or call the client), then mark the request handled.");
        why.setWrapText(true);
        why.getStyleClass().add("text-muted");
        Button open = new Button("Open contact");
        open.setId("openRequestContact");
        open.setOnAction(e -> selected().ifPresent(row -> openContact.accept(row.request().contactId())));
        Button handled = new Button("Mark handled");
        handled.setId("markHandled");
        handled.getStyleClass().add("accent");
        handled.setOnAction(e -> selected().ifPresent(this::markHandled));
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        handled.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox actions = new HBox(10, gap, open, handled);
        actions.setAlignment(Pos.CENTER_RIGHT);
        VBox top = new VBox(6, title, why);
        top.setPadding(new Insets(14, 16, 10, 16));
        BorderPane root = new BorderPane(table);
        root.setTop(top);
        BorderPane.setMargin(table, new Insets(0, 16, 8, 16));
        actions.setPadding(new Insets(0, 16, 14, 16));
        root.setBottom(actions);
        return root;
    }

    private java.util.Optional<Row> selected() {
        return java.util.Optional.ofNullable(table.getSelectionModel().getSelectedItem());
    }

    private void column(String name, Function<Row, String> getter, double width) {
        TableColumn<Row, String> column = new TableColumn<>(name);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(getter.apply(c.getValue())));
        table.getColumns().add(column);
    }

    static String topics(Set<ChangeTopic> topics) {
        return topics.stream().sorted().map(topic -> switch (topic) {
            case NAME -> "name";
            case MOBILE -> "mobile number";
            case EMAIL -> "email address";
            case OTHER -> "something else";
        }).collect(Collectors.joining(", "));
    }

    public void refresh() {
        background.run(() -> {
            List<ChangeRequestRecord> open = requests.open();
            Map<UUID, String> names = contacts.displayNames(open.stream().map(ChangeRequestRecord::contactId)
                    .distinct().toList());
            return open.stream().map(r -> new Row(r, names.getOrDefault(r.contactId(), "(contact removed)"))).toList();
        }, this::show, error -> tab.setText("Change requests (unavailable)"));
    }

    private void show(List<Row> rows) {
        table.getItems().setAll(rows);
        tab.setText(rows.isEmpty() ? "Change requests" : "Change requests (" + rows.size() + ")");
        for (Row row : rows) {
            if (seen.add(row.request().id()) && !first) {
                announce.accept("New change request from " + row.client() + ": " + topics(row.request().topics()) + ".");
            }
        }
        first = false;
    }

    private void markHandled(Row row) {
        background.run(() -> requests.markHandled(row.request().id(), staff.username(), terminal), done -> {
            if (!done) {
                dialogs.showInfo("Already handled", "Someone else marked this request handled a moment ago.");
            }
            refresh();
        }, error -> dialogs.showError("Not marked handled", error.getMessage()));
    }
}
