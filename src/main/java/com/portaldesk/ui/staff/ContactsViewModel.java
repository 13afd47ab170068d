package com.portaldesk.ui.staff;

import com.portaldesk.contacts.ContactFilter;
import com.portaldesk.contacts.ContactPage;
import com.portaldesk.contacts.ContactQuery;
import com.portaldesk.contacts.ContactRecord;
import com.portaldesk.contacts.ContactSort;
import com.portaldesk.contacts.ContactsStamp;
import com.portaldesk.ui.common.DialogService;
import com.portaldesk.ui.common.Pause;
import com.portaldesk.ui.common.Work;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
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
    static final Duration TYPING_PAUSE = Duration.millis(120);
    /** Rows per page: enough to fill a tall window, few enough that a page arrives at once over 100,000 contacts. */
    public static final int PAGE_SIZE = 200;

    private final ContactDirectory contacts;
    private final ContactBulkActions bulk;
    private final Work background;
    private final DialogService dialogs;
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<ContactQuery.Scope> scope = new SimpleObjectProperty<>(ContactQuery.Scope.ACTIVE);
    private final ObjectProperty<ContactFilter> filter = new SimpleObjectProperty<>(ContactFilter.EVERYONE);
    private final ObjectProperty<ContactSort> sort = new SimpleObjectProperty<>(ContactSort.NAME);
    private final BooleanProperty descending = new SimpleBooleanProperty(false);
    private final IntegerProperty offset = new SimpleIntegerProperty(0);
    private final LongProperty total = new SimpleLongProperty(0);
    private final StringProperty pageText = new SimpleStringProperty("");
    private final StringProperty emptyText = new SimpleStringProperty("Loading contacts…");
    private final ObservableList<ContactRecord> checked = FXCollections.observableArrayList();
    private final ObservableList<ContactRecord> rows = FXCollections.observableArrayList();
    private final ObjectProperty<ContactRecord> selected = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");
    private final BooleanProperty searching = new SimpleBooleanProperty(false);
    private final Pause typingPause;
    private final SelectedContactActivity activity;
    private final ObjectProperty<Runnable> undo = new SimpleObjectProperty<>();
    private long latestQuery;
    private ContactsStamp lastStamp;
    private boolean checkingForChanges;

    /**
     * @param typingPause how long typing must rest before the search runs ({@code Pause.of(TYPING_PAUSE)} on
     *                    screen)
     */
    public ContactsViewModel(ContactDirectory contacts, Work background, DialogService dialogs, Pause typingPause) {
        this.contacts = contacts;
        this.background = background;
        this.dialogs = dialogs;
        this.typingPause = typingPause;
        this.bulk = new ContactBulkActions(contacts, background, dialogs);
        this.activity = new SelectedContactActivity(background, dialogs, selected::get, notice::set);
        searchText.addListener((obs, old, now) -> {
            lastActionSaidAndDone();
            typingPause.restart(this::firstPage);
        });
        scope.addListener((obs, old, now) -> {
            lastActionSaidAndDone();
            firstPage();
        });
        filter.addListener((obs, old, now) -> {
            lastActionSaidAndDone();
            firstPage();
        });
        selected.addListener((obs, old, now) -> activity.load(now));
    }

    /**
     * A new search is a new task: what the last action did ("Portal access on for 4 contacts.") and its Undo go, so
     * neither is read as being about the rows now listed.
     */
    private void lastActionSaidAndDone() {
        notice.set("");
        undo.set(null);
    }

    /** Sign-in history, lock state and SSN reveal for the selected contact; optional (tests may leave it out). */
    public void setActivity(ContactActivity contactActivity) {
        activity.use(contactActivity);
    }

    public void unlockSelected() {
        activity.unlock(visibleSelection());
    }

    public void revealSelected() {
        activity.reveal(visibleSelection());
    }

    public boolean mayReveal() {
        return activity.mayReveal();
    }

    public ObservableList<String> history() {
        return activity.history();
    }

    public BooleanProperty lockedProperty() {
        return activity.locked();
    }

    /** Runs the current search now; the answer replaces the rows only if no newer search was started. */
    public void refresh() {
        long number = ++latestQuery;
        ContactQuery query = pageQuery();
        ContactFilter chosen = filter.get();
        String typed = searchText.get().strip();
        searching.set(true);
        emptyText.set("Loading contacts…");
        background.then(
                () -> {
                    ContactsStamp stamp = contacts.stamp();
                    boolean lockedOnly = chosen == ContactFilter.LOCKED;
                    ContactPage page = contacts.search(lockedOnly ? query.onlyIds(lockedIds()) : query);
                    return new Answer(page, stamp, query.offset(), typed, chosen);
                },
                answer -> show(number, answer),
                error -> failed(number, error));
    }

    private Set<UUID> lockedIds() {
        return activity.lockedContactIds();
    }

    private ContactQuery pageQuery() {
        return new ContactQuery(
                searchText.get(),
                scope.get(),
                filter.get(),
                sort.get(),
                descending.get(),
                null,
                offset.get(),
                PAGE_SIZE);
    }

    private record Answer(ContactPage page, ContactsStamp stamp, int offset, String typed, ContactFilter filter) {}

    /** Back to the first page, as after a new search, scope, filter or order. */
    public void firstPage() {
        offset.set(0);
        refresh();
    }

    public void nextPage() {
        if (offset.get() + PAGE_SIZE < total.get()) {
            offset.set(offset.get() + PAGE_SIZE);
            refresh();
        }
    }

    public void previousPage() {
        if (offset.get() > 0) {
            offset.set(Math.max(0, offset.get() - PAGE_SIZE));
            refresh();
        }
    }

    /** Sorts every match by this column in the database (not just the page shown), from the first page. */
    public void sortBy(ContactSort column, boolean newestOrHighestFirst) {
        sort.set(column == null ? ContactSort.NAME : column);
        descending.set(column != null && newestOrHighestFirst);
        firstPage();
    }

    /**
     * Reloads the page when another workstation or the command line changed contacts since it was read; called
     * every few seconds while the list is on screen. One cheap query when nothing changed.
     */
    public void checkForChanges() {
        if (checkingForChanges || searching.get() || lastStamp == null) {
            return;
        }
        checkingForChanges = true;
        ContactsStamp known = lastStamp;
        background.then(
                contacts::stamp,
                stamp -> {
                    checkingForChanges = false;
                    if (!stamp.equals(known) && !searching.get()) {
                        refresh();
                    }
                },
                error -> checkingForChanges = false);
    }

    private void show(long number, Answer answer) {
        if (number != latestQuery) {
            return;
        }
        searching.set(false);
        lastStamp = answer.stamp();
        ContactPage page = answer.page();
        if (page.rows().isEmpty() && answer.offset() > 0 && page.totalMatches() > 0) {
            // The page emptied under us (contacts archived elsewhere): show the last page that has rows.
            offset.set((int) ((page.totalMatches() - 1) / PAGE_SIZE * PAGE_SIZE));
            refresh();
            return;
        }
        ContactRecord keep = selected.get();
        List<UUID> keepChecked = checked.stream().map(ContactRecord::id).toList();
        rows.setAll(page.rows());
        total.set(page.totalMatches());
        // The selection follows the list: a contact the search no longer shows is no longer selected, so no action
        // can reach it unseen (Edit, Archive and Show full SSN act on the selection).
        selected.set(
                keep == null
                        ? null
                        : rows.stream()
                                .filter(r -> r.id().equals(keep.id()))
                                .findFirst()
                                .orElse(null));
        checked.setAll(rows.stream().filter(r -> keepChecked.contains(r.id())).toList());
        status.set(ContactListWords.matches(page.totalMatches(), scope.get(), filter.get()));
        pageText.set(
                page.totalMatches() == 0
                        ? ""
                        : String.format(
                                "%,d–%,d of %,d",
                                answer.offset() + 1,
                                answer.offset() + page.rows().size(),
                                page.totalMatches()));
        emptyText.set(ContactListWords.empty(
                answer.typed(), answer.filter(), answer.stamp().count(), scope.get()));
    }

    private void failed(long number, Throwable error) {
        if (number == latestQuery) {
            searching.set(false);
            status.set("Search failed: " + error.getMessage());
            emptyText.set("The contacts could not be read: " + error.getMessage());
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
        change(
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
        change(
                record -> contacts.setPortalAccess(record.id(), !record.portalAccess()),
                record -> "Portal access " + (record.portalAccess() ? "off" : "on") + " for " + record.displayName()
                        + ".");
    }

    private void change(Function<ContactRecord, ContactRecord> action, Function<ContactRecord, String> message) {
        ContactRecord record = visibleSelection();
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
                    refresh();
                },
                error -> dialogs.showError("Not saved", error.getMessage()));
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

    /** Every match of the search, scope and filter (all pages), in the order shown; for export. */
    public ContactQuery currentQuery() {
        ContactQuery all = new ContactQuery(
                searchText.get(), scope.get(), filter.get(), sort.get(), descending.get(), null, 0, Integer.MAX_VALUE);
        return filter.get() == ContactFilter.LOCKED ? all.onlyIds(lockedIds()) : all;
    }

    /** Only the ticked contacts, for "Export selected". */
    public ContactQuery checkedQuery() {
        return new ContactQuery(
                "",
                ContactQuery.Scope.ALL,
                ContactFilter.EVERYONE,
                sort.get(),
                descending.get(),
                checked.stream().map(ContactRecord::id).collect(Collectors.toSet()),
                0,
                Integer.MAX_VALUE);
    }

    /** The rows selected together in the table (several with Ctrl or Shift); bulk actions act on these. */
    public ObservableList<ContactRecord> checkedRows() {
        return checked;
    }

    /**
     * Archives (after one confirmation naming how many and whom) or restores every selected contact the list shows,
     * and offers to undo it, as for one contact.
     */
    public void archiveChecked(boolean archiving) {
        undo.set(null);
        List<ContactRecord> chosen = visibleChecked();
        bulk.archive(chosen, archiving, what -> {
            changedMany(what);
            undo.set(() -> {
                undo.set(null);
                bulk.archive(chosen, !archiving, again -> changedMany("Undone: " + again));
            });
        });
    }

    /** Turns portal access on or off for every selected contact the list shows. */
    public void setPortalAccessOfChecked(boolean on) {
        undo.set(null);
        List<ContactRecord> chosen = visibleChecked();
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

    /** The selected rows that the list shows now: nothing is acted on that the person cannot see selected. */
    private List<ContactRecord> visibleChecked() {
        Set<UUID> shown = rows.stream().map(ContactRecord::id).collect(Collectors.toSet());
        return checked.stream().filter(record -> shown.contains(record.id())).toList();
    }

    private void changedMany(String what) {
        notice.set(what);
        refresh();
    }

    public ObjectProperty<ContactFilter> filterProperty() {
        return filter;
    }

    public ObjectProperty<ContactSort> sortProperty() {
        return sort;
    }

    public BooleanProperty descendingProperty() {
        return descending;
    }

    /** "201–400 of 100,000"; empty when nothing matched. */
    public StringProperty pageTextProperty() {
        return pageText;
    }

    public LongProperty totalProperty() {
        return total;
    }

    public IntegerProperty offsetProperty() {
        return offset;
    }

    /** What the table says when it has no rows: loading, no contacts yet, or no match for what was typed. */
    public StringProperty emptyTextProperty() {
        return emptyText;
    }
}
