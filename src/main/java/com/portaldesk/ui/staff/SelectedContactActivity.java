package com.portaldesk.ui.staff;

import com.portaldesk.contacts.ContactRecord;
import com.portaldesk.ui.common.DialogService;
import com.portaldesk.ui.common.Work;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The selected contact's sign-in history and lock state in the contacts panel, and the two things staff do about
 * them (unlock, see the whole SSN). Optional: without a {@link ContactActivity} (tests may leave it out) it shows
 * nothing and does nothing.
 */
final class SelectedContactActivity {
    private final Work background;
    private final DialogService dialogs;
    private final Supplier<ContactRecord> selected;
    private final Consumer<String> notice;
    private final ObservableList<String> history = FXCollections.observableArrayList();
    private final BooleanProperty locked = new SimpleBooleanProperty(false);
    private ContactActivity activity;

    /**
     * @param selected the contact selected now (an answer for another one, come late, is dropped)
     * @param notice where the last action is said ("Sign-in unlocked for …")
     */
    SelectedContactActivity(
            Work background, DialogService dialogs, Supplier<ContactRecord> selected, Consumer<String> notice) {
        this.background = background;
        this.dialogs = dialogs;
        this.selected = selected;
        this.notice = notice;
    }

    void use(ContactActivity contactActivity) {
        this.activity = contactActivity;
    }

    void load(ContactRecord contact) {
        history.clear();
        locked.set(false);
        if (activity == null || contact == null) {
            return;
        }
        background.then(
                () -> activity.load(contact),
                snapshot -> {
                    if (contact.equals(selected.get())) {
                        history.setAll(snapshot.history());
                        locked.set(snapshot.locked());
                    }
                },
                error -> history.setAll("Cannot read the history: " + error.getMessage()));
    }

    void unlock(ContactRecord contact) {
        if (activity == null || contact == null || contact.email().isEmpty()) {
            return;
        }
        background.then(
                () -> {
                    activity.unlock(contact);
                    return contact;
                },
                done -> {
                    notice.accept("Sign-in unlocked for " + contact.displayName() + ".");
                    load(contact);
                },
                error -> dialogs.showError("Not unlocked", error.getMessage()));
    }

    void reveal(ContactRecord contact) {
        if (activity == null || contact == null) {
            return;
        }
        background.then(
                () -> activity.reveal(contact),
                ssn -> {
                    dialogs.showInfo(
                            "SSN of " + contact.displayName(), ssn + "\n\nThis view is recorded in the audit log.");
                    load(contact);
                },
                error -> dialogs.showError("Not shown", error.getMessage()));
    }

    boolean mayReveal() {
        return activity != null && activity.mayReveal();
    }

    /** The contacts whose sign-in is locked now, for the "Sign-in locked" filter; none without an activity. */
    Set<UUID> lockedContactIds() {
        return activity == null ? Set.of() : activity.lockedContactIds();
    }

    ObservableList<String> history() {
        return history;
    }

    BooleanProperty locked() {
        return locked;
    }
}
