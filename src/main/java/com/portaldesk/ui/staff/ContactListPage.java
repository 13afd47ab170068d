package com.portaldesk.ui.staff;

import com.portaldesk.contacts.ContactFilter;
import com.portaldesk.contacts.ContactPage;
import com.portaldesk.contacts.ContactQuery;
import com.portaldesk.contacts.ContactRecord;
import com.portaldesk.contacts.ContactsStamp;
import com.portaldesk.ui.common.Work;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The page of the contact list on screen, read off the FX thread. Each read carries a number and only the newest
 * one's answer is shown, so a slow early read can never overwrite a later one; a page that emptied under us (contacts
 * archived elsewhere) gives way to the last page that has rows.
 */
final class ContactListPage {
    /** Rows per page: enough to fill a tall window, few enough that a page arrives at once over 100,000 contacts. */
    static final int SIZE = 200;

    private final ContactDirectory contacts;
    private final Work background;
    private final IntFunction<ContactQuery> queryAt;
    private final Supplier<Set<UUID>> lockedIds;
    private final Function<List<ContactRecord>, Runnable> reselect;
    private final ObservableList<ContactRecord> rows = FXCollections.observableArrayList();
    private final IntegerProperty offset = new SimpleIntegerProperty(0);
    private final LongProperty total = new SimpleLongProperty(0);
    private final StringProperty pageText = new SimpleStringProperty("");
    private final StringProperty emptyText = new SimpleStringProperty("Loading contacts…");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty reading = new SimpleBooleanProperty(false);
    private long latestRead;
    private ContactsStamp lastStamp;
    private boolean checkingForChanges;

    /**
     * @param queryAt the search, scope, filter and order on screen, from this offset
     * @param lockedIds the contacts whose sign-in is locked, for the "Locked" filter
     * @param reselect given the rows about to replace those shown, notes what is selected now (replacing the rows
     *     clears the table's selection) and returns what selects it again among the new ones
     */
    ContactListPage(
            ContactDirectory contacts,
            Work background,
            IntFunction<ContactQuery> queryAt,
            Supplier<Set<UUID>> lockedIds,
            Function<List<ContactRecord>, Runnable> reselect) {
        this.contacts = contacts;
        this.background = background;
        this.queryAt = queryAt;
        this.lockedIds = lockedIds;
        this.reselect = reselect;
    }

    /** Reads the current page now; the answer replaces the rows only if no newer read was started. */
    void refresh() {
        long number = ++latestRead;
        ContactQuery query = queryAt.apply(offset.get());
        reading.set(true);
        emptyText.set("Loading contacts…");
        background.then(
                () -> {
                    ContactsStamp stamp = contacts.stamp();
                    boolean lockedOnly = query.filter() == ContactFilter.LOCKED;
                    ContactPage page = contacts.search(lockedOnly ? query.onlyIds(lockedIds.get()) : query);
                    return new Answer(page, stamp, query);
                },
                answer -> show(number, answer),
                error -> failed(number, error));
    }

    private record Answer(ContactPage page, ContactsStamp stamp, ContactQuery query) {}

    void first() {
        offset.set(0);
        refresh();
    }

    void next() {
        if (offset.get() + SIZE < total.get()) {
            offset.set(offset.get() + SIZE);
            refresh();
        }
    }

    void previous() {
        if (offset.get() > 0) {
            offset.set(Math.max(0, offset.get() - SIZE));
            refresh();
        }
    }

    /**
     * Reads the page again when another workstation or the command line changed contacts since it was read. One cheap
     * query when nothing changed.
     */
    void checkForChanges() {
        if (checkingForChanges || reading.get() || lastStamp == null) {
            return;
        }
        checkingForChanges = true;
        ContactsStamp known = lastStamp;
        background.then(
                contacts::stamp,
                stamp -> {
                    checkingForChanges = false;
                    if (!stamp.equals(known) && !reading.get()) {
                        refresh();
                    }
                },
                error -> checkingForChanges = false);
    }

    private void show(long number, Answer answer) {
        if (number != latestRead) {
            return;
        }
        reading.set(false);
        lastStamp = answer.stamp();
        ContactPage page = answer.page();
        ContactQuery query = answer.query();
        if (page.rows().isEmpty() && query.offset() > 0 && page.totalMatches() > 0) {
            offset.set((int) ((page.totalMatches() - 1) / SIZE * SIZE));
            refresh();
            return;
        }
        Runnable selectAgain = reselect.apply(page.rows());
        rows.setAll(page.rows());
        total.set(page.totalMatches());
        selectAgain.run();
        status.set(ContactListWords.matches(page.totalMatches(), query.scope(), query.filter()));
        pageText.set(
                page.totalMatches() == 0
                        ? ""
                        : String.format(
                                "%,d–%,d of %,d",
                                query.offset() + 1, query.offset() + page.rows().size(), page.totalMatches()));
        emptyText.set(ContactListWords.empty(
                query.text().strip(), query.filter(), answer.stamp().count(), query.scope()));
    }

    private void failed(long number, Throwable error) {
        if (number == latestRead) {
            reading.set(false);
            status.set("Search failed: " + error.getMessage());
            emptyText.set("The contacts could not be read: " + error.getMessage());
        }
    }

    ObservableList<ContactRecord> rows() {
        return rows;
    }

    IntegerProperty offset() {
        return offset;
    }

    LongProperty total() {
        return total;
    }

    StringProperty pageText() {
        return pageText;
    }

    StringProperty emptyText() {
        return emptyText;
    }

    StringProperty status() {
        return status;
    }

    BooleanProperty reading() {
        return reading;
    }
}
