package com.portaldesk.ui.staff;

import com.portaldesk.audit.Actor;
import com.portaldesk.checkin.CheckInRecord;
import com.portaldesk.ui.common.Work;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Today's kiosk check-ins, newest first, each waiting until someone marks it seen; each new one is announced once
 * (the main window's banner). Plain properties and a {@link Work}: tested without the FX toolkit or a database.
 */
public final class CheckInsViewModel {
    private final CheckInDesk desk;
    private final Work work;
    private final Supplier<Actor> actor;
    private final Consumer<String> announce;
    private final ZoneId zone;
    private final DateTimeFormatter time;
    private final ObservableList<CheckInRecord> rows = FXCollections.observableArrayList();
    private final ObjectProperty<CheckInRecord> selected = new SimpleObjectProperty<>();
    private final StringProperty placeholder = new SimpleStringProperty("Loading today's check-ins…");
    private final StringProperty notice = new SimpleStringProperty("");
    private final BooleanBinding canMarkSeen;
    private final Set<UUID> announced = new HashSet<>();
    private final StringProperty title = new SimpleStringProperty("Check-ins");
    private boolean firstLoad = true;

    public CheckInsViewModel(
            CheckInDesk desk, Work work, Supplier<Actor> actor, Consumer<String> announce, ZoneId zone) {
        this.desk = desk;
        this.work = work;
        this.actor = actor;
        this.announce = announce;
        this.zone = zone;
        this.time = DateTimeFormatter.ofPattern("HH:mm").withZone(zone);
        canMarkSeen = Bindings.createBooleanBinding(
                () -> selected.get() != null && selected.get().waiting(), selected);
    }

    public void refresh() {
        work.then(
                () -> desk.today(zone),
                this::show,
                error -> notice.set("Cannot read the check-ins: " + error.getMessage()));
    }

    private void show(List<CheckInRecord> today) {
        UUID keep = selected.get() == null ? null : selected.get().id();
        rows.setAll(today);
        long waiting = today.stream().filter(CheckInRecord::waiting).count();
        title.set(waiting == 0 ? "Check-ins" : "Check-ins (" + waiting + " waiting)");
        selected.set(today.stream().filter(c -> c.id().equals(keep)).findFirst().orElse(null));
        placeholder.set("No check-ins yet today.");
        for (CheckInRecord checkIn : today) {
            // Those already there when the screen first loads were announced by whoever was here then.
            if (announced.add(checkIn.id()) && !firstLoad) {
                announce.accept("New check-in: " + checkIn.contactName() + " at " + checkIn.terminalId() + ".");
            }
        }
        firstLoad = false;
    }

    /** The front desk has greeted the client: the check-in stops waiting, on every workstation. */
    public void markSelectedSeen() {
        CheckInRecord chosen = selected.get();
        if (chosen == null || !chosen.waiting()) {
            return;
        }
        work.then(
                () -> desk.markSeen(chosen.id(), actor.get()),
                marked -> {
                    notice.set(
                            marked
                                    ? chosen.contactName() + " marked as seen."
                                    : "Someone else marked " + chosen.contactName() + " as seen already.");
                    refresh();
                },
                error -> notice.set("Not marked: " + error.getMessage()));
    }

    /** "10:42", in the workstation's time zone. */
    public String timeOf(CheckInRecord checkIn) {
        return time.format(checkIn.checkedInAt());
    }

    public String statusOf(CheckInRecord checkIn) {
        return checkIn.waiting() ? "Waiting" : "Seen by " + checkIn.seenBy() + " at " + time.format(checkIn.seenAt());
    }

    /** The tab's title: with the number of clients waiting to be greeted. */
    public StringProperty titleProperty() {
        return title;
    }

    public ObservableList<CheckInRecord> rows() {
        return rows;
    }

    public ObjectProperty<CheckInRecord> selectedProperty() {
        return selected;
    }

    /** Loading until the first answer, then that there are none. */
    public StringProperty placeholderProperty() {
        return placeholder;
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    public BooleanBinding canMarkSeenProperty() {
        return canMarkSeen;
    }
}
