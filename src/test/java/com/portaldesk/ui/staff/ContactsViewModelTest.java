package com.portaldesk.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.portaldesk.app.AppContext;
import com.portaldesk.contacts.ContactRecord;
import com.portaldesk.testutil.TestActor;
import com.portaldesk.testutil.TestDatabase;
import com.portaldesk.testutil.TypicalContacts;
import com.portaldesk.ui.common.Background;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ContactsViewModelTest {
    @TempDir
    Path dir;

    private AppContext context;
    private final HeldExecutor executor = new HeldExecutor();
    private ContactsViewModel model;

    @Start
    void start(Stage stage) {
        // The FX toolkit is all these tests need.
    }

    @BeforeEach
    void open() {
        context = TestDatabase.open(dir);
        TypicalContacts.all().forEach(c -> context.contacts().add(c, TestActor.STAFF));
        model = new ContactsViewModel(context.contacts(), new Background(executor), new ScriptedDialogs(), TestActor.STAFF);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void refresh_whenAnOlderSearchAnswersLast_showsTheNewestSearch() throws Exception {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            model.searchTextProperty().set("pauline");
            model.refresh();
            model.searchTextProperty().set("kurz");
            model.refresh();
        });
        // Let the typing pause start its own search too, so every search is queued before any answers.
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        executor.runInReverseOrder();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.rows()).extracting(ContactRecord::displayName).containsExactly("Carol Kurz");
        assertThat(model.statusProperty().get()).isEqualTo("1 contact");
        assertThat(model.searchingProperty().get()).isFalse();
    }

    @Test
    void archiveSelected_reportsWhatWasDone() throws Exception {
        WaitForAsyncUtils.waitForAsyncFx(5000, model::refresh);
        executor.runInReverseOrder();
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            model.selectedProperty().set(model.rows().get(0));
            model.archiveSelected();
        });
        executor.runInReverseOrder();
        WaitForAsyncUtils.waitForFxEvents();
        executor.runInReverseOrder();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.noticeProperty().get()).startsWith("Archived ");
        assertThat(model.rows()).hasSize(3);
    }

    /** Holds submitted work until the test releases it, newest first. */
    private static final class HeldExecutor extends AbstractExecutorService {
        private final List<Runnable> held = new ArrayList<>();

        @Override
        public synchronized void execute(Runnable command) {
            held.add(command);
        }

        synchronized void runInReverseOrder() {
            List<Runnable> now = new ArrayList<>(held);
            held.clear();
            for (int i = now.size() - 1; i >= 0; i--) {
                now.get(i).run();
            }
        }

        @Override
        public void shutdown() {
        }

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
