package com.portaldesk.app;

import atlantafx.base.theme.PrimerDark;
import com.portaldesk.app.desks.RecoveryKeyDeskAdapter;
import com.portaldesk.app.desks.SignInDeskAdapter;
import com.portaldesk.audit.Actor;
import com.portaldesk.config.AppConfig;
import com.portaldesk.staff.StaffSession;
import com.portaldesk.ui.common.TextSize;
import com.portaldesk.ui.common.WindowIcon;
import com.portaldesk.ui.kiosk.KioskWindow;
import com.portaldesk.ui.staff.MainWindow;
import com.portaldesk.ui.staff.RecoveryKeyView;
import com.portaldesk.ui.staff.RecoveryKeyViewModel;
import com.portaldesk.ui.staff.SignInView;
import com.portaldesk.ui.staff.SignInViewModel;
import com.portaldesk.ui.staff.StaffScene;
import com.portaldesk.workstations.WorkstationKind;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the staff app: shows a small "opening" window at once, opens the database off the FX thread, then
 * the main window. A start-up failure (bad config, missing key file, unwritable folder, locked database)
 * is shown as a plain message, never a stack trace.
 */
public final class StaffApp extends PortalDeskApp {
    private static final Logger LOG = LoggerFactory.getLogger(StaffApp.class);
    /** The text size chosen at this workstation: every window of the app draws at it. */
    private TextSize textSize;

    /** Called by the command line when no command is given; returns when the window closes. */
    static void run(Supplier<AppConfig> config) {
        launch(StaffApp.class, config);
    }

    @Override
    protected WorkstationKind kind() {
        return WorkstationKind.STAFF_APP;
    }

    @Override
    protected void start(Stage stage, AppConfig config) {
        if ("dark".equals(config.theme())) {
            Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
        }
        textSize = TextSizeFile.open(config.dataDir());
        Stage opening = openingWindow(config);
        openDatabase(config, opening::close, opened -> {
            prepareContactSearch();
            showSignIn(stage, opened.setupNeeded());
        });
    }

    /**
     * The contacts list's search index is read while the staff member signs in, on a thread of its own so that the
     * windows' background work never queues behind it. Until it is read, searches go to the database. A failure
     * leaves them there; the log keeps it.
     */
    private void prepareContactSearch() {
        Thread reader = new Thread(
                () -> {
                    try {
                        context.contacts().prepareSearch();
                    } catch (RuntimeException e) {
                        LOG.warn(
                                "The contacts' search index could not be read; searches go to the database: {}",
                                e.getMessage(),
                                e);
                    }
                },
                "portaldesk-contact-index");
        reader.setDaemon(true);
        reader.start();
    }

    private void showSignIn(Stage stage, boolean setupNeeded) {
        SignInViewModel model = new SignInViewModel(
                SignInDeskAdapter.of(context.staffAuth(), context.config().terminalId()),
                background,
                setupNeeded,
                session -> afterSignIn(stage, session));
        Scene scene = StaffScene.of(new SignInView(model).getRoot(), textSize, stage);
        stage.setTitle("PortalDesk — sign in");
        stage.setScene(scene);
        stage.show();
    }

    /** An admin is shown the firm's recovery key first, until one of them has confirmed having it. */
    private void afterSignIn(Stage stage, StaffSession session) {
        if (!session.isAdmin()) {
            showMain(stage, session);
            return;
        }
        background.run(
                () -> context.recoveryKeys().confirmed(),
                confirmed -> {
                    if (confirmed) {
                        showMain(stage, session);
                    } else {
                        showRecoveryKey(stage, session);
                    }
                },
                failure -> showMain(stage, session));
    }

    private void showRecoveryKey(Stage stage, StaffSession session) {
        Actor admin = Actor.staff(session.username(), context.config().terminalId());
        RecoveryKeyViewModel model = new RecoveryKeyViewModel(
                RecoveryKeyDeskAdapter.of(context.recoveryKeys(), admin), background, () -> showMain(stage, session));
        Scene scene = StaffScene.of(new RecoveryKeyView(model).getRoot(), textSize, stage);
        stage.setTitle("PortalDesk — the firm's recovery key");
        stage.setScene(scene);
        model.load("after the sign-in of admin " + session.username());
    }

    private void showMain(Stage stage, StaffSession session) {
        new MainWindow(
                        stage,
                        context.staffDesks(),
                        background,
                        session,
                        () -> signOutThen(session, () -> showSignIn(stage, false)))
                .allowKioskMode(() -> startKiosk(stage, session))
                .withTextSize(textSize)
                .show();
    }

    /** Signs the staff member out off the FX thread (it writes the audit log), then carries on either way. */
    private void signOutThen(StaffSession session, Runnable next) {
        background.run(
                () -> {
                    context.staffAuth().signOut(session, context.config().terminalId());
                    return true;
                },
                done -> next.run(),
                failure -> next.run());
    }

    /**
     * An admin turns this workstation into a kiosk: they are signed out, the staff window hides, and the
     * kiosk takes the screen until a staff member signs in to leave it; that person lands in the staff app.
     */
    private void startKiosk(Stage staffStage, StaffSession admin) {
        staffStage.hide();
        KioskWindow kiosk = new KioskWindow(new Stage());
        signOutThen(
                admin,
                () -> background.run(
                        () -> context.policies().firmName(),
                        firmName -> kiosk.open(
                                context.kioskBackend(), background, firmName, "admin " + admin.username(), staff -> {
                                    showMain(staffStage, staff);
                                    kiosk.stage().close();
                                }),
                        PortalDeskApp::cannotStart));
    }

    private static Stage openingWindow(AppConfig config) {
        Stage opening = new Stage();
        WindowIcon.STAFF_APP.on(opening);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(36, 36);
        Label label = new Label("Opening the database in " + config.dataDir() + "…");
        label.setWrapText(true);
        VBox box = new VBox(14, spinner, label);
        box.setAlignment(Pos.CENTER);
        box.setPadding(new Insets(24));
        box.getStyleClass().add("startup-pane");
        opening.setScene(new Scene(box, 420, 160));
        opening.setTitle("PortalDesk");
        opening.show();
        return opening;
    }
}
