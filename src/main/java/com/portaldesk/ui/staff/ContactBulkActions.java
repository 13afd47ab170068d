package com.portaldesk.ui.staff;

import com.portaldesk.contacts.ContactRecord;
import com.portaldesk.ui.common.DialogService;
import com.portaldesk.ui.common.Work;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/** One change for several selected contacts at once, in one transaction (all or none), each audited. */
final class ContactBulkActions {
    private final ContactDirectory contacts;
    private final Work background;
    private final DialogService dialogs;

    ContactBulkActions(ContactDirectory contacts, Work background, DialogService dialogs) {
        this.contacts = contacts;
        this.background = background;
        this.dialogs = dialogs;
    }

    /**
     * Archives (after one confirmation naming how many and whom) or restores; {@code done} gets what happened, in
     * words, only once it happened.
     */
    void archive(List<ContactRecord> chosen, boolean archiving, Consumer<String> done) {
        if (chosen.isEmpty()) {
            return;
        }
        if (archiving
                && !dialogs.confirm(
                        "Archive " + ContactListWords.count(chosen.size()) + "?",
                        "Archive "
                                + ContactListWords.names(chosen)
                                + "? They can no longer sign in to the portal, and they leave the "
                                + "list of active contacts. You can undo this, or restore them later from Archived contacts.",
                        "Archive " + chosen.size())) {
            return;
        }
        run(
                ids -> contacts.setArchived(ids, archiving),
                chosen,
                count -> (archiving ? "Archived " : "Restored ") + ContactListWords.count(count) + ".",
                done);
    }

    /**
     * Turns portal access on or off (after one confirmation naming how many and whom: off locks them out of the
     * portal, on lets them in); {@code done} gets what happened, in words, only once it happened.
     */
    void portalAccess(List<ContactRecord> chosen, boolean on, Consumer<String> done) {
        if (chosen.isEmpty()) {
            return;
        }
        String what = on
                ? "They can sign in to the portal again with their email address, SSN last four and a code."
                : "They can no longer sign in to the portal until it is turned on again.";
        if (!dialogs.confirm(
                "Portal access " + (on ? "on" : "off") + " for " + ContactListWords.count(chosen.size()) + "?",
                "Turn portal access " + (on ? "on" : "off") + " for " + ContactListWords.names(chosen) + "? " + what
                        + " You can undo this.",
                "Turn " + (on ? "on" : "off") + " for " + chosen.size())) {
            return;
        }
        portalAccessNow(chosen, on, done);
    }

    /** The same without asking: the undo of a change the person just confirmed. */
    void portalAccessNow(List<ContactRecord> chosen, boolean on, Consumer<String> done) {
        run(
                ids -> contacts.setPortalAccess(ids, on),
                chosen,
                count -> "Portal access " + (on ? "on" : "off") + " for " + ContactListWords.count(count) + ".",
                done);
    }

    private void run(
            Function<Set<UUID>, Integer> action,
            List<ContactRecord> chosen,
            Function<Integer, String> message,
            Consumer<String> done) {
        Set<UUID> ids = chosen.stream().map(ContactRecord::id).collect(Collectors.toSet());
        background.then(
                () -> action.apply(ids),
                changed -> done.accept(message.apply(changed)
                        + (changed < ids.size()
                                ? " " + ContactListWords.count(ids.size() - changed) + " already as asked."
                                : "")),
                error -> dialogs.showError("Not saved", error.getMessage() + "\n\nNothing was changed."));
    }
}
