package com.portaldesk.ui.staff;

import com.portaldesk.contacts.ContactRecord;
import com.portaldesk.ui.common.DialogService;
import com.portaldesk.ui.common.Work;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What the contacts screen changes: archive or restore, portal access on or off, for the selected contact or for
 * every selected row. Each change is said in words when it is done and can be undone until the next one.
 */
final class ContactListActions {
    private final ContactDirectory contacts;
    private final ContactBulkActions bulk;
    private final Work background;
    private final DialogService dialogs;
    private final Supplier<ContactRecord> selection;
    private final Supplier<List<ContactRecord>> checked;
    private final Runnable refresh;
    private final StringProperty notice = new SimpleStringProperty("");
    private final ObjectProperty<Runnable> undo = new SimpleObjectProperty<>();

    /**
     * @param selection the selected contact if the list shows it, else null
     * @param checked the selected rows the list shows
     * @param refresh reads the list again after a change
     */
    ContactListActions(
            ContactDirectory contacts,
            Work background,
            DialogService dialogs,
            Supplier<ContactRecord> selection,
            Supplier<List<ContactRecord>> checked,
            Runnable refresh) {
        this.contacts = contacts;
        this.background = background;
        this.dialogs = dialogs;
        this.selection = selection;
        this.checked = checked;
        this.refresh = refresh;
        this.bulk = new ContactBulkActions(contacts, background, dialogs);
    }

    /** The last thing the person did, in words ("Archived Jane Doe."). */
    StringProperty notice() {
        return notice;
    }

    /** Takes back the last archive, restore or bulk change (null when there is nothing to undo). */
    ObjectProperty<Runnable> undo() {
        return undo;
    }

    /** A new task begins: what the last action did and its Undo go, so neither is read as being about it. */
    void forget() {
        notice.set("");
        undo.set(null);
    }

    /**
     * Archives the selected contact after the person confirms it by name (restoring needs no confirmation), and
     * offers to undo it.
     */
    void archiveSelected() {
        ContactRecord record = selection.get();
        if (record == null) {
            return;
        }
        if (!record.archived()
                && !dialogs.confirm(
                        "Archive " + record.displayName() + "?",
                        "Archive "
                                + record.displayName() + " (" + (record.email().isEmpty() ? "no email" : record.email())
                                + ")? "
                                + "They can no longer sign in to the portal, and they leave the list of active contacts. You can "
                                + "undo this, or restore them later from Archived contacts.",
                        "Archive")) {
            return;
        }
        boolean archiving = !record.archived();
        changeSelected(
                r -> contacts.setArchived(r.id(), archiving),
                r -> (archiving ? "Archived " : "Restored ") + r.displayName() + ".");
        undo.set(() -> {
            undo.set(null);
            change(
                    r -> contacts.setArchived(r.id(), !archiving),
                    r -> (archiving ? "Restored " : "Archived ") + r.displayName() + " again.",
                    record);
        });
    }

    void togglePortalAccessOfSelected() {
        changeSelected(
                record -> contacts.setPortalAccess(record.id(), !record.portalAccess()),
                record -> "Portal access " + (record.portalAccess() ? "off" : "on") + " for " + record.displayName()
                        + ".");
    }

    private void changeSelected(
            Function<ContactRecord, ContactRecord> action, Function<ContactRecord, String> message) {
        ContactRecord record = selection.get();
        if (record == null) {
            return;
        }
        undo.set(null);
        change(action, message, record);
    }

    private void change(
            Function<ContactRecord, ContactRecord> action,
            Function<ContactRecord, String> message,
            ContactRecord record) {
        background.then(
                () -> action.apply(record),
                changed -> {
                    notice.set(message.apply(record));
                    refresh.run();
                },
                error -> dialogs.showError("Not saved", error.getMessage()));
    }

    /**
     * Archives (after one confirmation naming how many and whom) or restores every selected contact the list shows,
     * and offers to undo it, as for one contact.
     */
    void archiveChecked(boolean archiving) {
        undo.set(null);
        List<ContactRecord> chosen = checked.get();
        bulk.archive(chosen, archiving, what -> {
            changedMany(what);
            undo.set(() -> {
                undo.set(null);
                bulk.archive(chosen, !archiving, again -> changedMany("Undone: " + again));
            });
        });
    }

    /** Turns portal access on or off for every selected contact the list shows. */
    void setPortalAccessOfChecked(boolean on) {
        undo.set(null);
        List<ContactRecord> chosen = checked.get();
        // Undone for those it changed only: a contact that already was as asked stays so.
        List<ContactRecord> changing =
                chosen.stream().filter(record -> record.portalAccess() != on).toList();
        bulk.portalAccess(chosen, on, what -> {
            changedMany(what);
            undo.set(() -> {
                undo.set(null);
                bulk.portalAccessNow(changing, !on, again -> changedMany("Undone: " + again));
            });
        });
    }

    private void changedMany(String what) {
        notice.set(what);
        refresh.run();
    }
}
