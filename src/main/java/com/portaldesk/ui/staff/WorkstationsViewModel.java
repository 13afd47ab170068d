package com.portaldesk.ui.staff;

import com.portaldesk.ui.common.Work;
import com.portaldesk.workstations.WorkstationRecord;
import com.portaldesk.workstations.WorkstationStatus;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Workstations screen's state: every staff app and kiosk on this database (the closed ones only when asked for),
 * how many run and how many went quiet, and what the empty list means.
 */
public final class WorkstationsViewModel {
    private final WorkstationsDesk workstations;
    private final Work background;
    private final DateTimeFormatter when;
    private final ObservableList<WorkstationRecord> rows = FXCollections.observableArrayList();
    private final BooleanProperty showClosed = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper("Loading workstations…");

    public WorkstationsViewModel(WorkstationsDesk workstations, Work background, ZoneId zone) {
        this.workstations = workstations;
        this.background = background;
        this.when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
        showClosed.addListener((obs, old, now) -> refresh());
    }

    public void refresh() {
        boolean includeClosed = showClosed.get();
        background.then(
                () -> workstations.list(includeClosed),
                found -> show(found, includeClosed),
                error -> emptyText.set("The list could not be read: " + error.getMessage()));
    }

    private void show(List<WorkstationRecord> found, boolean includeClosed) {
        rows.setAll(found);
        emptyText.set(
                includeClosed
                        ? "No staff app or kiosk has used this database yet."
                        : "No staff app or kiosk is running.");
        long running = found.stream()
                .filter(w -> w.status() == WorkstationStatus.RUNNING)
                .count();
        long silent = found.stream()
                .filter(w -> w.status() == WorkstationStatus.NOT_RESPONDING)
                .count();
        summary.set(running + " running" + (silent > 0 ? ", " + silent + " not responding" : ""));
    }

    public String lastSeen(WorkstationRecord workstation) {
        return when.format(workstation.lastSeenAt());
    }

    public String started(WorkstationRecord workstation) {
        return when.format(workstation.startedAt());
    }

    public ObservableList<WorkstationRecord> rows() {
        return rows;
    }

    public BooleanProperty showClosedProperty() {
        return showClosed;
    }

    /** "3 running, 1 not responding". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText.getReadOnlyProperty();
    }
}
