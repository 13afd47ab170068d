package com.portaldesk.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.portaldesk.contacts.Channel;
import com.portaldesk.contacts.ContactPage;
import com.portaldesk.contacts.ContactQuery;
import com.portaldesk.contacts.ContactRecord;
import com.portaldesk.contacts.ContactSort;
import com.portaldesk.contacts.ContactsStamp;
import com.portaldesk.contacts.Language;
import com.portaldesk.ui.common.Pause;
import com.portaldesk.ui.common.Work;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The contacts list's logic on a fake {@link ContactDirectory}: no database, no FX toolkit, no waiting. The same
 * list on a real database (sorting, filters, paging over stored rows) is {@link ContactsViewModelTest}.
 */
@Tag("plain")
class ContactsViewModelOnFakesTest {
    private final FakeDirectory directory = new FakeDirectory();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final HeldPause typing = new HeldPause();
    private final ContactsViewModel model = new ContactsViewModel(directory, Work.direct(), dialogs, typing);

    private static ContactRecord contact(String first, String last) {
        return new ContactRecord(
                UUID.randomUUID(),
                first,
                last,
                first.toLowerCase(Locale.ROOT) + "@example.com",
                "",
                "",
                null,
                "•6789",
                Channel.EMAIL,
                true,
                false,
                null,
                "",
                Instant.EPOCH,
                Instant.EPOCH,
                null,
                Language.ENGLISH);
    }

    @Test
    void typing_searchesOnceThePauseIsOver_fromTheFirstPage() {
        model.refresh();
        model.nextPage();
        model.searchTextProperty().set("s");
        model.searchTextProperty().set("sm");
        assertThat(directory.queries).as("no search per key").hasSize(2);
        typing.finish();
        assertThat(directory.queries).hasSize(3);
        assertThat(directory.lastQuery().text()).isEqualTo("sm");
        assertThat(directory.lastQuery().offset()).isZero();
    }

    @Test
    void sorting_asksTheDirectoryForEveryMatchInThatOrder_fromTheFirstPage() {
        model.refresh();
        model.nextPage();
        assertThat(directory.lastQuery().offset()).isEqualTo(ContactsViewModel.PAGE_SIZE);
        model.sortBy(ContactSort.LAST_SIGN_IN, true);
        assertThat(directory.lastQuery().sort()).isEqualTo(ContactSort.LAST_SIGN_IN);
        assertThat(directory.lastQuery().descending()).isTrue();
        assertThat(directory.lastQuery().offset()).isZero();
        assertThat(model.pageTextProperty().get()).isEqualTo("1–2 of 450");
    }

    @Test
    void thePageIsReadAgain_onlyWhenAnotherWorkstationChangedSomething() {
        model.refresh();
        int before = directory.queries.size();
        model.checkForChanges();
        assertThat(directory.queries).hasSize(before);
        directory.stamp = new ContactsStamp(451, 7);
        model.checkForChanges();
        assertThat(directory.queries).hasSize(before + 1);
    }

    @Test
    void archivingSeveral_asksOnce_andSaysHowManyChanged() {
        model.refresh();
        model.checkedRows().setAll(directory.rows);
        dialogs.confirmAnswer = false;
        model.archiveChecked(true);
        assertThat(directory.archived).isEmpty();
        dialogs.confirmAnswer = true;
        directory.alreadyAsAsked = 1;
        model.archiveChecked(true);
        assertThat(directory.archived).hasSize(2);
        assertThat(model.noticeProperty().get()).isEqualTo("Archived 1 contact. 1 contact already as asked.");
    }

    @Test
    void aSelectedContactTheListNoLongerShows_isNotActedOn_andABulkArchiveCanBeUndone() {
        model.refresh();
        ContactRecord gone = contact("Cy", "Oak");
        model.checkedRows().setAll(List.of(directory.rows.get(0), gone));
        dialogs.confirmAnswer = true;
        model.archiveChecked(true);
        assertThat(directory.archived).containsExactly(directory.rows.get(0).id());
        assertThat(dialogs.shown).last().asString().contains("Ann Lee").doesNotContain("Cy Oak");
        model.undoProperty().get().run();
        assertThat(directory.restored).containsExactly(directory.rows.get(0).id());
        assertThat(model.noticeProperty().get()).startsWith("Undone: Restored 1 contact");
    }

    /** Portal access off for several locks them out: asked first like an archive, named, and undone as it was. */
    @Test
    void portalAccessForSeveral_isAskedOnce_namingThem_andCanBeUndone() {
        model.refresh();
        model.checkedRows().setAll(directory.rows);
        dialogs.confirmAnswer = false;
        model.setPortalAccessOfChecked(false);
        assertThat(directory.portalChanges).as("nothing without a yes").isEmpty();
        assertThat(dialogs.shown).last().asString().contains("Ann Lee").contains("no longer sign in");
        dialogs.confirmAnswer = true;
        model.setPortalAccessOfChecked(false);
        assertThat(directory.portalChanges).containsExactly("off 2");
        model.undoProperty().get().run();
        assertThat(directory.portalChanges)
                .as("turned on again for those it turned off")
                .containsExactly("off 2", "on 2");
        assertThat(model.noticeProperty().get()).startsWith("Undone: Portal access on for 2 contacts");

        model.setPortalAccessOfChecked(false);
        assertThat(model.noticeProperty().get()).startsWith("Portal access off");
        model.searchTextProperty().set("a"); // a new search: the last action's words and Undo go
        assertThat(model.noticeProperty().get()).isEmpty();
        assertThat(model.undoProperty().get()).isNull();
    }

    @Test
    void twoContactsWithOneName_areToldApartByEmail_inTheBulkConfirmation() {
        ContactRecord maria = contact("Maria", "Garcia");
        ContactRecord other = new ContactRecord(
                UUID.randomUUID(),
                "Maria",
                "Garcia",
                "m.garcia@example.com",
                "",
                "",
                null,
                "•1234",
                Channel.EMAIL,
                true,
                false,
                null,
                "",
                Instant.EPOCH,
                Instant.EPOCH,
                null,
                Language.ENGLISH);
        assertThat(ContactListWords.names(List.of(maria, other, contact("Bo", "Ray"))))
                .isEqualTo("Maria Garcia (maria@example.com), Maria Garcia (m.garcia@example.com), Bo Ray");
    }

    @Test
    void aSearchThatFails_saysSo_andTheListSaysItCouldNotBeRead() {
        directory.failing = true;
        model.refresh();
        assertThat(model.statusProperty().get()).isEqualTo("Search failed: the database is locked");
        assertThat(model.emptyTextProperty().get()).isEqualTo("The contacts could not be read: the database is locked");
    }

    /** Holds the search until the test says typing has paused. */
    private static final class HeldPause implements Pause {
        private Runnable pending;

        @Override
        public void restart(Runnable action) {
            pending = action;
        }

        void finish() {
            pending.run();
            pending = null;
        }
    }

    private static final class FakeDirectory implements ContactDirectory {
        final List<ContactRecord> rows = List.of(contact("Ann", "Lee"), contact("Bo", "Smith"));
        final List<ContactQuery> queries = new ArrayList<>();
        final List<UUID> archived = new ArrayList<>();
        final List<UUID> restored = new ArrayList<>();
        final List<String> portalChanges = new ArrayList<>();
        ContactsStamp stamp = new ContactsStamp(450, 7);
        int alreadyAsAsked;
        boolean failing;

        ContactQuery lastQuery() {
            return queries.get(queries.size() - 1);
        }

        @Override
        public ContactPage search(ContactQuery query) {
            if (failing) {
                throw new IllegalStateException("the database is locked");
            }
            queries.add(query);
            return new ContactPage(rows, 450);
        }

        @Override
        public ContactsStamp stamp() {
            return stamp;
        }

        @Override
        public ContactRecord setArchived(UUID id, boolean archive) {
            archived.add(id);
            return rows.get(0);
        }

        @Override
        public ContactRecord setPortalAccess(UUID id, boolean enabled) {
            return rows.get(0);
        }

        @Override
        public int setArchived(Set<UUID> ids, boolean archive) {
            (archive ? archived : restored).addAll(ids);
            return ids.size() - alreadyAsAsked;
        }

        @Override
        public int setPortalAccess(Set<UUID> ids, boolean enabled) {
            portalChanges.add((enabled ? "on " : "off ") + ids.size());
            return ids.size();
        }
    }
}
