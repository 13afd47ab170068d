package com.portaldesk.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.portaldesk.app.AppContext;
import com.portaldesk.app.desks.ContactDirectoryAdapter;
import com.portaldesk.contacts.ContactFilter;
import com.portaldesk.contacts.ContactRecord;
import com.portaldesk.contacts.ContactSort;
import com.portaldesk.testutil.ContactBuilder;
import com.portaldesk.testutil.TestActor;
import com.portaldesk.testutil.TestDatabase;
import com.portaldesk.testutil.TypicalContacts;
import com.portaldesk.ui.common.Pause;
import com.portaldesk.ui.common.Work;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contacts list on a real database through the staff app's own desk adapter: searching, paging and sorting over
 * stored rows, archiving and its undo. No toolkit: the model's work is held and released by the test, newest first,
 * as a slow early search would answer last. The same logic on a fake directory is {@link ContactsViewModelOnFakesTest}.
 */
@Tag("db")
class ContactsViewModelTest {
    @TempDir
    Path dir;

    private AppContext context;
    private final HeldWork executor = new HeldWork();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private ContactsViewModel model;

    @BeforeEach
    void open() {
        context = TestDatabase.open(dir);
        TypicalContacts.all().forEach(c -> context.contacts().add(c, TestActor.STAFF));
        model = new ContactsViewModel(
                ContactDirectoryAdapter.of(context.contacts(), TestActor.STAFF),
                executor,
                dialogs,
                Pause.none()); // a search as each text is set: no timer racing the held work
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void refresh_whenAnOlderSearchAnswersLast_showsTheNewestSearch() {
        model.searchTextProperty().set("pauline");
        model.refresh();
        model.searchTextProperty().set("kurz");
        model.refresh();
        assertThat(executor.heldCount())
                .as("every search queued before any answers")
                .isGreaterThanOrEqualTo(3);
        executor.runInReverseOrder();
        assertThat(model.rows()).extracting(ContactRecord::displayName).containsExactly("Carol Kurz");
        assertThat(model.statusProperty().get()).isEqualTo("1 contact");
        assertThat(model.searchingProperty().get()).isFalse();
    }

    /** Runs the work the model handed off, and the work its answers handed off in turn, to the end. */
    private void settle() {
        for (int round = 0; round < 5; round++) {
            executor.runInReverseOrder();
        }
    }

    private void search(String text) {
        model.searchTextProperty().set(text);
        model.refresh();
        settle();
    }

    private ContactRecord row(String name) {
        return model.rows().stream()
                .filter(r -> r.displayName().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void archiveSelected_asksByName_thenArchives_andCanBeUndone() {
        search("");
        ContactRecord alice = row("Alice Pauline");
        model.selectedProperty().set(alice);
        model.archiveSelected();
        settle();
        assertThat(dialogs.shown).singleElement().asString().startsWith("confirm: Archive Alice Pauline (alice@");
        assertThat(model.noticeProperty().get()).isEqualTo("Archived Alice Pauline.");
        assertThat(model.rows()).extracting(ContactRecord::displayName).doesNotContain("Alice Pauline");
        assertThat(model.undoProperty().get()).isNotNull();

        model.undoProperty().get().run();
        settle();
        assertThat(model.noticeProperty().get()).isEqualTo("Restored Alice Pauline again.");
        assertThat(context.contacts().get(alice.id()).archived()).isFalse();
        assertThat(model.undoProperty().get()).isNull();
    }

    @Test
    void archiveSelected_declined_changesNothing() {
        search("");
        dialogs.confirmAnswer = false;
        ContactRecord alice = row("Alice Pauline");
        model.selectedProperty().set(alice);
        model.archiveSelected();
        settle();
        assertThat(context.contacts().get(alice.id()).archived()).isFalse();
        assertThat(model.noticeProperty().get()).isEmpty();
    }

    @Test
    void aContactTheSearchHides_isNoLongerSelected_andNoActionReachesIt() {
        search("");
        ContactRecord alice = row("Alice Pauline");
        model.selectedProperty().set(alice);
        search("kurz");
        assertThat(model.rows()).extracting(ContactRecord::displayName).containsExactly("Carol Kurz");
        assertThat(model.selectedProperty().get()).isNull();
        model.selectedProperty().set(alice); // a stale reference, as a view could still hold one
        model.archiveSelected();
        model.revealSelected();
        settle();
        assertThat(context.contacts().get(alice.id()).archived()).isFalse();
        assertThat(dialogs.shown).isEmpty();
    }

    @Test
    void pages_reachEveryContact_pastAnyCap_andSayWhereTheyAre() {
        for (int i = 0; i < ContactsViewModel.PAGE_SIZE + 30; i++) {
            context.contacts()
                    .add(
                            new ContactBuilder()
                                    .withName("Zed", String.format("Z%03d", i))
                                    .withEmail("z" + i + "@example.com")
                                    .withSsn(String.format("%04d", 2000 + i))
                                    .build(),
                            TestActor.STAFF);
        }
        search("zed");
        assertThat(model.rows()).hasSize(ContactsViewModel.PAGE_SIZE);
        assertThat(model.pageTextProperty().get()).isEqualTo("1–200 of 230");
        model.nextPage();
        settle();
        assertThat(model.rows()).hasSize(30);
        assertThat(model.rows().get(29).lastName()).isEqualTo("Z229");
        assertThat(model.pageTextProperty().get()).isEqualTo("201–230 of 230");
        model.sortBy(ContactSort.NAME, true);
        settle();
        assertThat(model.rows().get(0).lastName()).isEqualTo("Z229"); // the database sorted all 230, not the page
        assertThat(model.offsetProperty().get()).isZero();
    }

    @Test
    void emptyList_saysWhatIsTrue() {
        search("nobody-like-this");
        assertThat(model.emptyTextProperty().get()).isEqualTo("No contact matches \"nobody-like-this\".");
        model.filterProperty().set(ContactFilter.LOCKED);
        search("");
        assertThat(model.rows()).isEmpty();
        assertThat(model.emptyTextProperty().get()).isEqualTo("No contact matches the filter \"Sign-in locked\".");
    }

    @Test
    void emptyDatabase_saysNoContactsYet() {
        try (AppContext empty = TestDatabase.open(dir.resolve("empty"))) {
            ContactsViewModel fresh = new ContactsViewModel(
                    ContactDirectoryAdapter.of(empty.contacts(), TestActor.STAFF), executor, dialogs, Pause.none());
            fresh.refresh();
            settle();
            assertThat(fresh.emptyTextProperty().get()).isEqualTo("No contacts yet. Add one, or import a CSV file.");
        }
    }

    @Test
    void aChangeMadeElsewhere_isShownAtTheNextCheck_andNothingIsReadAgainWhenNothingChanged() {
        search("");
        assertThat(model.rows()).hasSize(4);
        model.checkForChanges();
        executor.runInReverseOrder(); // the stamp only
        assertThat(executor.heldCount()).as("no reload when nothing changed").isZero();

        context.contacts()
                .add(
                        new ContactBuilder()
                                .withName("Nia", "Other")
                                .withEmail("nia@example.com")
                                .build(),
                        TestActor.at("other-desk"));
        model.checkForChanges();
        settle();
        assertThat(model.rows()).extracting(ContactRecord::displayName).contains("Nia Other");
    }

    @Test
    void bulkArchive_asksOnceWithTheCount_andArchivesEverySelectedContact() {
        search("pauline");
        model.checkedRows().setAll(model.rows());
        model.archiveChecked(true);
        settle();
        assertThat(dialogs.shown).singleElement().asString().startsWith("confirm: Archive Alice Pauline, Bob Pauline?");
        assertThat(model.noticeProperty().get()).isEqualTo("Archived 2 contacts.");
        assertThat(model.rows()).isEmpty();
        assertThat(model.checkedRows()).isEmpty();
    }

    /** Holds handed-off work, with what is to follow it, until the test releases it, newest first. */
    private static final class HeldWork implements Work {
        private final List<Runnable> held = new ArrayList<>();

        @Override
        public synchronized <T> void then(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            held.add(() -> Work.direct().then(work, onSuccess, onFailure));
        }

        synchronized int heldCount() {
            return held.size();
        }

        void runInReverseOrder() {
            List<Runnable> now;
            synchronized (this) {
                now = new ArrayList<>(held);
                held.clear();
            }
            for (int i = now.size() - 1; i >= 0; i--) {
                now.get(i).run();
            }
        }
    }
}
