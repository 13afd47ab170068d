package com.portaldesk.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.portaldesk.app.AppContext;
import com.portaldesk.app.desks.ContactDirectoryAdapter;
import com.portaldesk.contacts.ContactFilter;
import com.portaldesk.contacts.ContactRecord;
import com.portaldesk.contacts.ContactSort;
import com.portaldesk.testutil.ContactBuilder;
import com.portaldesk.testutil.FxWait;
import com.portaldesk.testutil.TestActor;
import com.portaldesk.testutil.TestDatabase;
import com.portaldesk.testutil.TypicalContacts;
import com.portaldesk.ui.common.Background;
import com.portaldesk.ui.common.Pause;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
@Tag("fx")
class ContactsViewModelTest {
    @TempDir
    Path dir;

    private AppContext context;
    private final HeldExecutor executor = new HeldExecutor();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private ContactsViewModel model;

    @Start
    void start(Stage stage) {
        // The FX toolkit is all these tests need.
    }

    @BeforeEach
    void open() {
        context = TestDatabase.open(dir);
        TypicalContacts.all().forEach(c -> context.contacts().add(c, TestActor.STAFF));
        model = new ContactsViewModel(
                ContactDirectoryAdapter.of(context.contacts(), TestActor.STAFF),
                new Background(executor),
                dialogs,
                Pause.none()); // a search as each text is set: no timer racing the held work
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void refresh_whenAnOlderSearchAnswersLast_showsTheNewestSearch() throws Exception {
        FxWait.onFxThread(() -> {
            model.searchTextProperty().set("pauline");
            model.refresh();
            model.searchTextProperty().set("kurz");
            model.refresh();
        });
        // Let the typing pause start its own search too, so every search is queued before any answers.
        FxWait.waitUntil(() -> executor.heldCount() >= 3);
        WaitForAsyncUtils.waitForFxEvents();
        executor.runInReverseOrder();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.rows()).extracting(ContactRecord::displayName).containsExactly("Carol Kurz");
        assertThat(model.statusProperty().get()).isEqualTo("1 contact");
        assertThat(model.searchingProperty().get()).isFalse();
    }

    /** Runs the work the model handed to the background and the answers it posted to the FX thread, to the end. */
    private void settle() throws Exception {
        for (int round = 0; round < 5; round++) {
            executor.runInReverseOrder();
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private void search(String text) throws Exception {
        FxWait.onFxThread(() -> {
            model.searchTextProperty().set(text);
            model.refresh();
        });
        settle();
    }

    private ContactRecord row(String name) {
        return model.rows().stream()
                .filter(r -> r.displayName().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void archiveSelected_asksByName_thenArchives_andCanBeUndone() throws Exception {
        search("");
        ContactRecord alice = row("Alice Pauline");
        FxWait.onFxThread(() -> {
            model.selectedProperty().set(alice);
            model.archiveSelected();
        });
        settle();
        assertThat(dialogs.shown).singleElement().asString().startsWith("confirm: Archive Alice Pauline (alice@");
        assertThat(model.noticeProperty().get()).isEqualTo("Archived Alice Pauline.");
        assertThat(model.rows()).extracting(ContactRecord::displayName).doesNotContain("Alice Pauline");
        assertThat(model.undoProperty().get()).isNotNull();

        FxWait.onFxThread(() -> model.undoProperty().get().run());
        settle();
        assertThat(model.noticeProperty().get()).isEqualTo("Restored Alice Pauline again.");
        assertThat(context.contacts().get(alice.id()).archived()).isFalse();
        assertThat(model.undoProperty().get()).isNull();
    }

    @Test
    void archiveSelected_declined_changesNothing() throws Exception {
        search("");
        dialogs.confirmAnswer = false;
        ContactRecord alice = row("Alice Pauline");
        FxWait.onFxThread(() -> {
            model.selectedProperty().set(alice);
            model.archiveSelected();
        });
        settle();
        assertThat(context.contacts().get(alice.id()).archived()).isFalse();
        assertThat(model.noticeProperty().get()).isEmpty();
    }

    @Test
    void aContactTheSearchHides_isNoLongerSelected_andNoActionReachesIt() throws Exception {
        search("");
        ContactRecord alice = row("Alice Pauline");
        FxWait.onFxThread(() -> model.selectedProperty().set(alice));
        search("kurz");
        assertThat(model.rows()).extracting(ContactRecord::displayName).containsExactly("Carol Kurz");
        assertThat(model.selectedProperty().get()).isNull();
        FxWait.onFxThread(() -> {
            model.selectedProperty().set(alice); // a stale reference, as a view could still hold one
            model.archiveSelected();
            model.revealSelected();
        });
        settle();
        assertThat(context.contacts().get(alice.id()).archived()).isFalse();
        assertThat(dialogs.shown).isEmpty();
    }

    @Test
    void pages_reachEveryContact_pastAnyCap_andSayWhereTheyAre() throws Exception {
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
        FxWait.onFxThread(model::nextPage);
        settle();
        assertThat(model.rows()).hasSize(30);
        assertThat(model.rows().get(29).lastName()).isEqualTo("Z229");
        assertThat(model.pageTextProperty().get()).isEqualTo("201–230 of 230");
        FxWait.onFxThread(() -> model.sortBy(ContactSort.NAME, true));
        settle();
        assertThat(model.rows().get(0).lastName()).isEqualTo("Z229"); // the database sorted all 230, not the page
        assertThat(model.offsetProperty().get()).isZero();
    }

    @Test
    void emptyList_saysWhatIsTrue() throws Exception {
        search("nobody-like-this");
        assertThat(model.emptyTextProperty().get()).isEqualTo("No contact matches \"nobody-like-this\".");
        FxWait.onFxThread(() -> model.filterProperty().set(ContactFilter.LOCKED));
        search("");
        assertThat(model.rows()).isEmpty();
        assertThat(model.emptyTextProperty().get()).isEqualTo("No contact matches the filter \"Sign-in locked\".");
    }

    @Test
    void emptyDatabase_saysNoContactsYet() throws Exception {
        try (AppContext empty = TestDatabase.open(dir.resolve("empty"))) {
            ContactsViewModel fresh = new ContactsViewModel(
                    ContactDirectoryAdapter.of(empty.contacts(), TestActor.STAFF),
                    new Background(executor),
                    dialogs,
                    Pause.none());
            FxWait.onFxThread(fresh::refresh);
            settle();
            assertThat(fresh.emptyTextProperty().get()).isEqualTo("No contacts yet. Add one, or import a CSV file.");
        }
    }

    @Test
    void aChangeMadeElsewhere_isShownAtTheNextCheck_andNothingIsReadAgainWhenNothingChanged() throws Exception {
        search("");
        assertThat(model.rows()).hasSize(4);
        FxWait.onFxThread(model::checkForChanges);
        WaitForAsyncUtils.waitForFxEvents();
        executor.runInReverseOrder(); // the stamp only
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(executor.heldCount()).as("no reload when nothing changed").isZero();

        context.contacts()
                .add(
                        new ContactBuilder()
                                .withName("Nia", "Other")
                                .withEmail("nia@example.com")
                                .build(),
                        TestActor.at("other-desk"));
        FxWait.onFxThread(model::checkForChanges);
        settle();
        assertThat(model.rows()).extracting(ContactRecord::displayName).contains("Nia Other");
    }

    @Test
    void bulkArchive_asksOnceWithTheCount_andArchivesEverySelectedContact() throws Exception {
        search("pauline");
        FxWait.onFxThread(() -> {
            model.checkedRows().setAll(model.rows());
            model.archiveChecked(true);
        });
        settle();
        assertThat(dialogs.shown).singleElement().asString().startsWith("confirm: Archive Alice Pauline, Bob Pauline?");
        assertThat(model.noticeProperty().get()).isEqualTo("Archived 2 contacts.");
        assertThat(model.rows()).isEmpty();
        assertThat(model.checkedRows()).isEmpty();
    }

    /** Holds submitted work until the test releases it, newest first. */
    private static final class HeldExecutor extends AbstractExecutorService {
        private final List<Runnable> held = new ArrayList<>();

        @Override
        public synchronized void execute(Runnable command) {
            held.add(command);
        }

        synchronized int heldCount() {
            return held.size();
        }

        synchronized void runInReverseOrder() {
            List<Runnable> now = new ArrayList<>(held);
            held.clear();
            for (int i = now.size() - 1; i >= 0; i--) {
                now.get(i).run();
            }
        }

        @Override
        public void shutdown() {}

        @Override
        public List<Runnable> shutdownNow() {
            return List.of();
        }

        @Override
        public boolean isShutdown() {
            return false;
        }

        @Override
        public boolean isTerminated() {
            return false;
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) {
            return true;
        }
    }
}
