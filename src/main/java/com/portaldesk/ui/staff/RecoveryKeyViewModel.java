package com.portaldesk.ui.staff;

import com.portaldesk.ui.common.Work;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The firm's recovery key shown to an admin: the 13 groups, the printable sheet, and the confirmation by typing back
 * one group (a different one each time), so that "I have it" is proven, not clicked.
 */
public final class RecoveryKeyViewModel {
    private final RecoveryKeyDesk keys;
    private final Work background;
    private final Runnable done;
    private final ObservableList<String> groups = FXCollections.observableArrayList();
    private final IntegerProperty groupToType = new SimpleIntegerProperty();
    private final StringProperty typed = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public RecoveryKeyViewModel(RecoveryKeyDesk keys, Work background, Runnable done) {
        this.keys = keys;
        this.background = background;
        this.done = done;
    }

    public void load(String where) {
        background.then(
                () -> new Shown(keys.show(where), keys.groupToConfirm()),
                shown -> {
                    groups.setAll(shown.groups());
                    groupToType.set(shown.groupToType());
                },
                failure -> error.set("The recovery key cannot be shown: " + failure.getMessage()));
    }

    private record Shown(List<String> groups, int groupToType) {}

    public void saveSheet(Path pdf) {
        busy.set(true);
        background.then(
                () -> {
                    keys.saveSheet(pdf);
                    return pdf;
                },
                saved -> {
                    busy.set(false);
                    status.set("Saved " + saved.getFileName() + ". Print it, lock it away, then delete the file.");
                },
                failure -> {
                    busy.set(false);
                    status.set("The sheet was not saved: " + failure.getMessage());
                });
    }

    public void confirm() {
        error.set("");
        int group = groupToType.get();
        String attempt = typed.get();
        busy.set(true);
        background.then(
                () -> keys.confirm(group, attempt),
                right -> {
                    busy.set(false);
                    if (right) {
                        groups.clear();
                        done.run();
                    } else {
                        error.set("That is not group " + group
                                + ". Check it against the key above (or the printed sheet) and " + "type it again.");
                    }
                },
                failure -> {
                    busy.set(false);
                    error.set(failure.getMessage());
                });
    }

    /** Leaves without confirming: the key is shown again at the next admin sign-in. */
    public void later() {
        groups.clear();
        done.run();
    }

    public ObservableList<String> groups() {
        return groups;
    }

    /** The groups as three lines of five. */
    public String keyText() {
        StringBuilder text = new StringBuilder();
        for (int row = 0; row < groups.size(); row += 5) {
            List<String> line = groups.subList(row, Math.min(row + 5, groups.size()));
            text.append(text.isEmpty() ? "" : "\n").append(String.join("  ", line));
        }
        return text.toString();
    }

    public IntegerProperty groupToTypeProperty() {
        return groupToType;
    }

    public StringProperty typedProperty() {
        return typed;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
