package com.portaldesk.ui.staff;

import com.portaldesk.backup.BackupPlan;
import com.portaldesk.backup.BackupRecord;
import com.portaldesk.ui.common.Work;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Backups screen without a window: the firm's plan (with its errors per field), "Back up now", the backups taken
 * with how each check went, and the warning the dashboard shows too. Work runs off the FX thread.
 */
public final class BackupsViewModel {
    private final BackupDesk desk;
    private final Work background;

    private final BooleanProperty enabled = new SimpleBooleanProperty();
    private final StringProperty folder = new SimpleStringProperty("");
    private final StringProperty dailyAt = new SimpleStringProperty("");
    private final StringProperty keep = new SimpleStringProperty("");
    private final StringProperty warnAfter = new SimpleStringProperty("");
    private final Map<String, StringProperty> errors = Map.of(
            "folder",
            new SimpleStringProperty(""),
            "time",
            new SimpleStringProperty(""),
            "keep",
            new SimpleStringProperty(""),
            "age",
            new SimpleStringProperty(""));
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty warning = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObservableList<BackupRecord> records = FXCollections.observableArrayList();

    public BackupsViewModel(BackupDesk desk, Work background) {
        this.desk = desk;
        this.background = background;
    }

    /** Reads the plan, the list and the warning again. */
    public void load() {
        background.then(
                () -> new Loaded(desk.plan(), desk.recent(50), desk.warning()),
                loaded -> {
                    show(loaded.plan());
                    records.setAll(loaded.records());
                    warning.set(loaded.warning().orElse(""));
                },
                error -> status.set("The backups could not be read: " + error.getMessage()));
    }

    private record Loaded(BackupPlan plan, List<BackupRecord> records, Optional<String> warning) {}

    private void show(BackupPlan plan) {
        enabled.set(plan.enabled());
        folder.set(plan.folder());
        dailyAt.set(plan.dailyAt().toString());
        keep.set(String.valueOf(plan.keepCount()));
        warnAfter.set(String.valueOf(plan.maxAgeHours()));
    }

    public void save() {
        errors.values().forEach(error -> error.set(""));
        BackupPlan plan;
        try {
            plan = BackupPlan.parse(enabled.get(), folder.get(), dailyAt.get(), keep.get(), warnAfter.get());
        } catch (BackupPlan.BackupPlanException e) {
            e.problems().forEach((field, message) -> errors.get(field).set(message));
            status.set("Nothing was saved: correct the marked fields.");
            return;
        }
        busy.set(true);
        background.then(
                () -> {
                    desk.save(plan);
                    return plan;
                },
                saved -> {
                    busy.set(false);
                    status.set(
                            saved.enabled()
                                    ? "Saved. Backups will be taken daily at " + saved.dailyAt()
                                            + " by whichever staff app is running."
                                    : "Saved. Automatic backups are off.");
                    load();
                },
                error -> {
                    busy.set(false);
                    status.set("Nothing was saved: " + error.getMessage());
                });
    }

    /** A backup now, into the plan's folder (or the data folder's backups when none is set), then its check. */
    public void backUpNow() {
        busy.set(true);
        status.set("Taking a backup and checking it…");
        String target = folder.get().strip();
        background.then(
                () -> desk.backUpNow(target.isEmpty() ? null : Path.of(target)),
                taken -> {
                    busy.set(false);
                    status.set(
                            taken.passed()
                                    ? "Backup taken and checked: " + taken.summary() + "."
                                    : "The backup was taken but its check FAILED: " + taken.summary());
                    load();
                },
                error -> {
                    busy.set(false);
                    status.set("No backup was taken: " + error.getMessage());
                    load();
                });
    }

    public BooleanProperty enabledProperty() {
        return enabled;
    }

    public StringProperty folderProperty() {
        return folder;
    }

    public StringProperty dailyAtProperty() {
        return dailyAt;
    }

    public StringProperty keepProperty() {
        return keep;
    }

    public StringProperty warnAfterProperty() {
        return warnAfter;
    }

    public StringProperty error(String field) {
        return errors.get(field);
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty warningProperty() {
        return warning;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObservableList<BackupRecord> records() {
        return records;
    }
}
