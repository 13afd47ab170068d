package com.portaldesk.bench;

import com.portaldesk.app.AppContext;
import com.portaldesk.config.AppConfig;
import com.portaldesk.staff.Role;
import com.portaldesk.staff.StaffSession;
import com.portaldesk.ui.common.Background;
import com.portaldesk.ui.staff.MainWindow;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.UUID;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * In a process of its own, on a data folder with many contacts: the staff app's main window as it opens right after
 * a sign-in, timed until the contacts list shows its first page; then the heap in use after a full collection.
 * Prints "PROBE contacts-ready MS" and "PROBE heap MB". The staff app starts reading the contacts' search index
 * when its sign-in window shows; here the sign-in takes no time at all, so none of that reading is hidden by it.
 *
 * <pre>java ... com.portaldesk.bench.ContactsScreenProbe DATA-FOLDER</pre>
 */
public final class ContactsScreenProbe {
    private static volatile Path dataDir;

    private ContactsScreenProbe() {
    }

    public static void main(String[] args) {
        dataDir = Path.of(args[0]);
        Application.launch(Screen.class);
    }

    /** The JavaFX side: the database opens first (before the sign-in, as in the app), then the clock starts. */
    public static final class Screen extends Application {
        private final Background background = new Background();
        private AppContext context;
        private long signedInAt;
        private boolean reported;

        @Override
        public void init() {
            context = AppContext.open(AppConfig.forDataDir(dataDir));
            context.staffServices();
        }

        @Override
        public void start(Stage stage) {
            // As the staff app does once the database is open; the sign-in is taken as instant, the worst case.
            background.run(() -> {
                context.contacts().prepareSearch();
                return true;
            }, done -> { }, failure -> { });
            signedInAt = System.nanoTime();
            MainWindow window = new MainWindow(stage, context.staffServices(), background,
                    new StaffSession(UUID.randomUUID(), "bench", "Bench Desk", Role.STAFF, false), () -> { });
            window.show();
            // The list is ready when its first search has answered and its rows are in the table.
            window.contactsModel().rows().addListener((javafx.collections.ListChangeListener<Object>) change -> {
                if (!window.contactsModel().rows().isEmpty() && !reported) {
                    reported = true;
                    ready();
                }
            });
        }

        private void ready() {
            System.out.printf("PROBE contacts-ready %d%n", (System.nanoTime() - signedInAt) / 1_000_000);
            new Thread(() -> {
                for (int i = 0; i < 3; i++) {
                    System.gc();
                }
                long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                System.out.printf("PROBE heap %d%n", used / (1024 * 1024));
                System.out.flush();
                Platform.runLater(this::quit);
            }).start();
        }

        private void quit() {
            background.shutdown();
            context.close();
            Platform.exit();
        }
    }
}
