package com.portaldesk.ui.staff;

import com.portaldesk.checkin.ChangeTopic;
import com.portaldesk.ui.common.DialogService;
import com.portaldesk.ui.common.Work;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The front desk's to-do list of "something is wrong here" requests from the kiosk, oldest first. Staff fix the
 * contact themselves (or call the client), then mark the request handled. The tab title carries the number waiting,
 * and each new request is announced once. Plain properties and a {@link Work}: tested with a fake desk.
 */
public final class ChangeRequestsViewModel {
    private final RequestDesk desk;
    private final Work work;
    private final DialogService dialogs;
    private final Consumer<String> announce;
    private final DateTimeFormatter when;
    private final ObservableList<RequestDesk.Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<RequestDesk.Row> selected = new SimpleObjectProperty<>();
    private final StringProperty title = new SimpleStringProperty("Change requests");
    private final Set<UUID> announced = new HashSet<>();
    private boolean firstLoad = true;

    public ChangeRequestsViewModel(
            RequestDesk desk, Work work, DialogService dialogs, Consumer<String> announce, ZoneId zone) {
        this.desk = desk;
        this.work = work;
        this.dialogs = dialogs;
        this.announce = announce;
        this.when = DateTimeFormatter.ofPattern("MMM d, HH:mm").withZone(zone);
    }

    public void refresh() {
        work.then(desk::open, this::show, error -> title.set("Change requests (unavailable)"));
    }

    private void show(List<RequestDesk.Row> open) {
        UUID keep = selected.get() == null ? null : selected.get().request().id();
        rows.setAll(open);
        selected.set(open.stream()
                .filter(r -> r.request().id().equals(keep))
                .findFirst()
                .orElse(null));
        title.set(open.isEmpty() ? "Change requests" : "Change requests (" + open.size() + ")");
        for (RequestDesk.Row row : open) {
            if (announced.add(row.request().id()) && !firstLoad) {
                announce.accept("New change request from " + row.client() + ": "
                        + topics(row.request().topics()) + ".");
            }
        }
        firstLoad = false;
    }

    public void markSelectedHandled() {
        RequestDesk.Row row = selected.get();
        if (row == null) {
            return;
        }
        work.then(
                () -> desk.markHandled(row.request().id()),
                done -> {
                    if (!done) {
                        dialogs.showInfo("Already handled", "Someone else marked this request handled a moment ago.");
                    }
                    refresh();
                },
                error -> dialogs.showError("Not marked handled", error.getMessage()));
    }

    /** "mobile number, email address", in a fixed order. */
    static String topics(Set<ChangeTopic> topics) {
        return topics.stream()
                .sorted()
                .map(topic -> switch (topic) {
                    case NAME -> "name";
                    case MOBILE -> "mobile number";
                    case EMAIL -> "email address";
                    case OTHER -> "something else";
                })
                .collect(Collectors.joining(", "));
    }

    public String receivedOf(RequestDesk.Row row) {
        return when.format(row.request().requestedAt());
    }

    public ObservableList<RequestDesk.Row> rows() {
        return rows;
    }

    public ObjectProperty<RequestDesk.Row> selectedProperty() {
        return selected;
    }

    /** The tab's title: with the number waiting. */
    public StringProperty titleProperty() {
        return title;
    }
}
