package com.portaldesk.ui.staff;

import com.portaldesk.contacts.ContactFilter;
import com.portaldesk.contacts.ContactQuery;
import com.portaldesk.contacts.ContactRecord;
import com.portaldesk.contacts.ContactSort;
import com.portaldesk.ui.common.DialogService;
import com.portaldesk.ui.common.Pause;
import com.portaldesk.ui.common.Work;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
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
    static final Duration TYPING_PAUSE = Duration.millis(120);
    /** Rows per page. */
    public static final int PAGE_SIZE = ContactListPage.SIZE;

    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<ContactQuery.Scope> scope = new SimpleObjectProperty<>(ContactQuery.Scope.ACTIVE);
    private final ObjectProperty<ContactFilter> filter = new SimpleObjectProperty<>(ContactFilter.EVERYONE);
    private final ObjectProperty<ContactSort> sort = new SimpleObjectProperty<>(ContactSort.NAME);
    private final BooleanProperty descending = new SimpleBooleanProperty(false);
    private final ObservableList<ContactRecord> checked = FXCollections.observableArrayList();
    private final ObjectProperty<ContactRecord> selected = new SimpleObjectProperty<>();
    private final Pause typingPause;
    private final SelectedContactActivity activity;
    private final ContactListActions changes;
    private final ContactListPage page;

    /**
     * @param typingPause how long typing must rest before the search runs ({@code Pause.of(TYPING_PAUSE)} on
     *                    screen)
     */
    public ContactsViewModel(ContactDirectory contacts, Work background, DialogService dialogs, Pause typingPause) {
        this.page = new ContactListPage(contacts, background, this::queryAt, this::lockedIds, this::keepSelection);
        this.typingPause = typingPause;
        this.changes = new ContactListActions(
                contacts, background, dialogs, this::visibleSelection, this::visibleChecked, this::refresh);
        this.activity = new SelectedContactActivity(background, dialogs, selected::get, changes.notice()::set);
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

    /** A new search is a new task: what the last action did, and its Undo, are not about the rows now listed. */
    private void lastActionSaidAndDone() {
        changes.forget();
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
        page.refresh();
    }

    private Set<UUID> lockedIds() {
        return activity.lockedContactIds();
    }

    private ContactQuery queryAt(int offset) {
        return new ContactQuery(
                searchText.get(), scope.get(), filter.get(), sort.get(), descending.get(), null, offset, PAGE_SIZE);
    }

    /** Back to the first page, as after a new search, scope, filter or order. */
    public void firstPage() {
        page.first();
    }

    public void nextPage() {
        page.next();
    }

    public void previousPage() {
        page.previous();
    }

    /** Sorts every match by this column in the database (not just the page shown), from the first page. */
    public void sortBy(ContactSort column, boolean newestOrHighestFirst) {
        sort.set(column == null ? ContactSort.NAME : column);
        descending.set(column != null && newestOrHighestFirst);
        firstPage();
    }

    /**
     * Reloads the page when another workstation or the command line changed contacts since it was read; called
     * every few seconds while the list is on screen.
     */
    public void checkForChanges() {
        page.checkForChanges();
    }

    /**
     * The selection follows the list: a contact the search no longer shows is no longer selected, so no action can
     * reach it unseen (Edit, Archive and Show full SSN act on the selection).
     */
    private Runnable keepSelection(List<ContactRecord> rows) {
        ContactRecord keep = selected.get();
        List<UUID> keepChecked = checked.stream().map(ContactRecord::id).toList();
        return () -> {
            selected.set(
                    keep == null
                            ? null
                            : rows.stream()
                                    .filter(r -> r.id().equals(keep.id()))
                                    .findFirst()
                                    .orElse(null));
            checked.setAll(
                    rows.stream().filter(r -> keepChecked.contains(r.id())).toList());
        };
    }

    /** Archives the selected contact after the person confirms it by name, and offers to undo it. */
    public void archiveSelected() {
        changes.archiveSelected();
    }

    /** Takes back the last archive or restore (null when there is nothing to undo). */
    public ObjectProperty<Runnable> undoProperty() {
        return changes.undo();
    }

    /** The selected contact if the list shows it; null otherwise. */
    private ContactRecord visibleSelection() {
        ContactRecord record = selected.get();
        return record != null && page.rows().stream().anyMatch(r -> r.id().equals(record.id())) ? record : null;
    }

    public void togglePortalAccessOfSelected() {
        changes.togglePortalAccessOfSelected();
    }

    /** Lists this contact, archived or not, by their email (or last name when they have none). */
    public void lookFor(ContactRecord contact) {
        scope.set(ContactQuery.Scope.ALL);
        searchText.set(contact.email().isEmpty() ? contact.lastName() : contact.email());
    }

    /** Called by the view after the add/edit dialog saved a contact. */
    public void saved(ContactRecord record) {
        selected.set(record);
        changes.notice().set("Saved " + record.displayName() + ".");
        refresh();
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObjectProperty<ContactQuery.Scope> scopeProperty() {
        return scope;
    }

    public ObservableList<ContactRecord> rows() {
        return page.rows();
    }

    public ObjectProperty<ContactRecord> selectedProperty() {
        return selected;
    }

    public StringProperty statusProperty() {
        return page.status();
    }

    /** The last thing the user did, in words ("Archived Jane Doe."). */
    public StringProperty noticeProperty() {
        return changes.notice();
    }

    public BooleanProperty searchingProperty() {
        return page.reading();
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

    /** Archives or restores every selected contact the list shows, and offers to undo it. */
    public void archiveChecked(boolean archiving) {
        changes.archiveChecked(archiving);
    }

    /** Turns portal access on or off for every selected contact the list shows. */
    public void setPortalAccessOfChecked(boolean on) {
        changes.setPortalAccessOfChecked(on);
    }

    /** The selected rows that the list shows now: nothing is acted on that the person cannot see selected. */
    private List<ContactRecord> visibleChecked() {
        Set<UUID> shown = page.rows().stream().map(ContactRecord::id).collect(Collectors.toSet());
        return checked.stream().filter(record -> shown.contains(record.id())).toList();
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
        return page.pageText();
    }

    public LongProperty totalProperty() {
        return page.total();
    }

    public IntegerProperty offsetProperty() {
        return page.offset();
    }

    /** What the table says when it has no rows: loading, no contacts yet, or no match for what was typed. */
    public StringProperty emptyTextProperty() {
        return page.emptyText();
    }
}
