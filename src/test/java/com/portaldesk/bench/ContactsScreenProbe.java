package com.portaldesk.bench;

import atlantafx.base.theme.PrimerLight;
import com.portaldesk.app.AppContext;
import com.portaldesk.app.desks.SignInDeskAdapter;
import com.portaldesk.config.AppConfig;
import com.portaldesk.staff.Role;
import com.portaldesk.staff.StaffSession;
import com.portaldesk.ui.common.Background;
import com.portaldesk.ui.staff.MainWindow;
import com.portaldesk.ui.staff.SignInView;
import com.portaldesk.ui.staff.SignInViewModel;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.UUID;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * In a process of its own, on a data folder with many contacts: the staff app's main window as it opens right after
 * a sign-in, timed until the contacts list shows its first page; then the heap in use after a full collection.
 * Prints "PROBE contacts-ready MS" and "PROBE heap MB". As in the staff app, the sign-in window shows first and the
 * contacts' search index is read meanwhile on a thread of its own; the sign-in succeeds after the given time.
 *
 * <pre>java ... com.portaldesk.bench.ContactsScreenProbe DATA-FOLDER SIGN-IN-MILLISECONDS</pre>
 */
public final class ContactsScreenProbe {
    private static volatile Path dataDir;
    private static volatile long signInMillis;

    private ContactsScreenProbe() {}

    public static void main(String[] args) {
        dataDir = Path.of(args[0]);
        signInMillis = Long.parseLong(args[1]);
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
            context.staffDesks();
        }

        /** As the staff app: the sign-in window, and the search index read meanwhile; then the signed-in window. */
        @Override
        public void start(Stage stage) {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            SignInViewModel signIn = new SignInViewModel(
                    SignInDeskAdapter.of(context.staffAuth(), context.config().terminalId()),
                    background,
                    false,
                    session -> {});
            Scene scene = new Scene(new SignInView(signIn).getRoot(), 1100, 720);
            scene.getStylesheets().add(MainWindow.STYLESHEET);
            stage.setScene(scene);
            stage.show();
            Thread index = new Thread(context.contacts()::prepareSearch, "contact-index");
            index.setDaemon(true);
            index.start();
            // The sign-in succeeds signInMillis after the window shows (0: the worst case, where none of the index's
            // reading is hidden behind the staff member's typing).
            PauseTransition typing = new PauseTransition(Duration.millis(signInMillis));
            typing.setOnFinished(event -> signedIn(stage));
            typing.play();
        }

        private void signedIn(Stage stage) {
            signedInAt = System.nanoTime();
            MainWindow window = new MainWindow(
                    stage,
                    context.staffDesks(),
                    background,
                    new StaffSession(UUID.randomUUID(), "bench", "Bench Desk", Role.STAFF, false),
                    () -> {});
            window.show();
            // The list is ready when its first search has answered and its rows are in the table.
            window.contactsModel().rows().addListener((ListChangeListener<Object>) change -> {
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
                        long used = ManagementFactory.getMemoryMXBean()
                                .getHeapMemoryUsage()
                                .getUsed();
                        System.out.printf("PROBE heap %d%n", used / (1024 * 1024));
                        System.out.flush();
                        Platform.runLater(this::quit);
                    })
                    .start();
        }

        private void quit() {
            background.shutdown();
            context.close();
            Platform.exit();
        }
    }
}
