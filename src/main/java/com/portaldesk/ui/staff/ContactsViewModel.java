package com.portaldesk.ui.staff;

import com.portaldesk.contacts.ContactPage;
import com.portaldesk.audit.Actor;
import com.portaldesk.contacts.ContactQuery;
import com.portaldesk.contacts.ContactRecord;
import com.portaldesk.contacts.ContactService;
import com.portaldesk.ui.common.Background;
import com.portaldesk.ui.common.DialogService;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;

/**
 * State and actions of the contacts screen. Every keystroke in the search box starts a query off the FX
 * thread after a short pause; each query carries a number and only the newest one's answer is shown, so
 * a slow early query can never overwrite a later one.
 */
public final class ContactsViewModel {
    private static final Duration TYPING_PAUSE = Duration.millis(120);

    private final ContactService contacts;
    private final Background background;
    private final DialogService dialogs;
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<ContactQuery.Scope> scope = new SimpleObjectProperty<>(ContactQuery.Scope.ACTIVE);
    private final ObservableList<ContactRecord> rows = FXCollections.observableArrayList();
    private final ObjectProperty<ContactRecord> selected = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");
    private final BooleanProperty searching = new SimpleBooleanProperty(false);
    private final PauseTransition typingPause = new PauseTransition(TYPING_PAUSE);
    private final ObservableList<String> history = FXCollections.observableArrayList();
    private final BooleanProperty locked = new SimpleBooleanProperty(false);
    private ContactActivity activity;
    private final Actor actor;
    private final ObjectProperty<Runnable> undo = new SimpleObjectProperty<>();
    private long latestQuery;

    public ContactsViewModel(ContactService contacts, Background background, DialogService dialogs, Actor actor) {
        this.actor = actor;
        this.contacts = contacts;
        this.background = background;
        this.dialogs = dialogs;
        typingPause.setOnFinished(event -> refresh());
        searchText.addListener((obs, old, now) -> typingPause.playFromStart());
        scope.addListener((obs, old, now) -> refresh());
        selected.addListener((obs, old, now) -> loadActivity(now));
    }

    /** Sign-in history, lock state and SSN reveal for the selected contact; optional (tests may leave it out). */
    public void setActivity(ContactActivity contactActivity) {
        this.activity = contactActivity;
    }

    private void loadActivity(ContactRecord contact) {
        history.clear();
        locked.set(false);
        if (activity == null || contact == null) {
            return;
        }
        background.run(() -> activity.load(contact), snapshot -> {
            if (contact.equals(selected.get())) {
                history.setAll(snapshot.history());
                locked.set(snapshot.locked());
            }
        }, error -> history.setAll("Cannot read the history: " + error.getMessage()));
    }

    public void unlockSelected() {
        ContactRecord contact = visibleSelection();
        if (activity == null || contact == null || contact.email().isEmpty()) {
            return;
        }
        background.run(() -> {
            activity.unlock(contact);
            return contact;
        }, done -> {
            notice.set("Sign-in unlocked for " + contact.displayName() + ".");
            loadActivity(contact);
        }, error -> dialogs.showError("Not unlocked", error.getMessage()));
    }

    public void revealSelected() {
        ContactRecord contact = visibleSelection();
        if (activity == null || contact == null) {
            return;
        }
        background.run(() -> activity.reveal(contact), ssn -> {
            dialogs.showInfo("SSN of " + contact.displayName(), ssn + "\n\nThis view is recorded in the audit log.");
            loadActivity(contact);
        }, error -> dialogs.showError("Not shown", error.getMessage()));
    }

    public boolean mayReveal() {
        return activity != null && activity.mayReveal();
    }

    public ObservableList<String> history() {
        return history;
    }

    public BooleanProperty lockedProperty() {
        return locked;
    }

    /** Runs the current search now; the answer replaces the rows only if no newer search was started. */
    public void refresh() {
        long number = ++latestQuery;
        ContactQuery query = new ContactQuery(searchText.get(), scope.get(), ContactQuery.DEFAULT_LIMIT);
        searching.set(true);
        background.run(() -> contacts.search(query), page -> show(number, page), error -> failed(number, error));
    }

    private void show(long number, ContactPage page) {
        if (number != latestQuery) {
            return;
        }
        searching.set(false);
        ContactRecord keep = selected.get();
        rows.setAll(page.rows());
        // The selection follows the list: a contact the search no longer shows is no longer selected, so no action
        // can reach it unseen (Edit, Archive and Show full SSN act on the selection).
        selected.set(keep == null ? null
                : rows.stream().filter(r -> r.id().equals(keep.id())).findFirst().orElse(null));
        status.set(describe(page));
    }

    private String describe(ContactPage page) {
        String scopeWord = switch (scope.get()) {
            case ACTIVE -> "contacts";
            case ARCHIVED -> "archived contacts";
            case ALL -> "contacts, archived included";
        };
        if (page.truncated()) {
            return String.format("Showing the first %,d of %,d %s. Type to narrow the list.", page.rows().size(),
                    page.totalMatches(), scopeWord);
        }
        String counted = page.totalMatches() == 1 ? scopeWord.replaceFirst("contacts", "contact") : scopeWord;
        return String.format("%,d %s", page.totalMatches(), counted);
    }

    private void failed(long number, Throwable error) {
        if (number == latestQuery) {
            searching.set(false);
            status.set("Search failed: " + error.getMessage());
        }
    }

    /**
     * Archives the selected contact after the user confirms it by name (restoring needs no confirmation), and offers
     * to undo it.
     */
    public void archiveSelected() {
        ContactRecord record = visibleSelection();
        if (record == null) {
            return;
        }
        if (!record.archived() && !dialogs.confirm("Archive " + record.displayName() + "?", "Archive "
                + record.displayName() + " (" + (record.email().isEmpty() ? "no email" : record.email()) + ")? "
                + "They can no longer sign in to the portal, and they leave the list of active contacts. You can "
                + "undo this, or restore them later from Archived contacts.", "Archive")) {
            return;
        }
        boolean archiving = !record.archived();
        change(r -> contacts.setArchived(r.id(), archiving, actor),
                r -> (archiving ? "Archived " : "Restored ") + r.displayName() + ".");
        undo.set(() -> {
            undo.set(null);
            change(r -> contacts.setArchived(r.id(), !archiving, actor),
                    r -> (archiving ? "Restored " : "Archived ") + r.displayName() + " again.", record);
        });
    }

    /** Takes back the last archive or restore (null when there is nothing to undo). */
    public ObjectProperty<Runnable> undoProperty() {
        return undo;
    }

    /** The selected contact if the list shows it; null otherwise. */
    private ContactRecord visibleSelection() {
        ContactRecord record = selected.get();
        return record != null && rows.stream().anyMatch(r -> r.id().equals(record.id())) ? record : null;
    }

    public void togglePortalAccessOfSelected() {
        change(record -> contacts.setPortalAccess(record.id(), !record.portalAccess(), actor),
                record -> "Portal access " + (record.portalAccess() ? "off" : "on") + " for " + record.displayName() + ".");
    }

    private void change(Function<ContactRecord, ContactRecord> action, Function<ContactRecord, String> message) {
        ContactRecord record = visibleSelection();
        if (record == null) {
            return;
        }
        undo.set(null);
        change(action, message, record);
    }

    private void change(Function<ContactRecord, ContactRecord> action, Function<ContactRecord, String> message,
                        ContactRecord record) {
        background.run(() -> action.apply(record), changed -> {
            notice.set(message.apply(record));
            refresh();
        }, error -> dialogs.showError("Not saved", error.getMessage()));
    }

    /** Called by the view after the add/edit dialog saved a contact. */
    public void saved(ContactRecord record) {
        selected.set(record);
        notice.set("Saved " + record.displayName() + ".");
        refresh();
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObjectProperty<ContactQuery.Scope> scopeProperty() {
        return scope;
    }

    public ObservableList<ContactRecord> rows() {
        return rows;
    }

    public ObjectProperty<ContactRecord> selectedProperty() {
        return selected;
    }

    public StringProperty statusProperty() {
        return status;
    }

    /** The last thing the user did, in words ("Archived Jane Doe."). */
    public StringProperty noticeProperty() {
        return notice;
    }

    public BooleanProperty searchingProperty() {
        return searching;
    }

    public ContactQuery currentQuery() {
        return new ContactQuery(searchText.get(), scope.get(), Integer.MAX_VALUE);
    }
}
