package com.portaldesk.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.portaldesk.config.AppConfig;
import com.portaldesk.config.ConfigException;
import com.portaldesk.staff.StaffSession;
import com.portaldesk.store.StorageException;
import com.portaldesk.ui.common.Background;
import com.portaldesk.ui.kiosk.KioskWindow;
import com.portaldesk.ui.staff.MainWindow;
import com.portaldesk.ui.staff.SignInView;
import com.portaldesk.ui.staff.SignInViewModel;
import com.portaldesk.ui.staff.StaffServices;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
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
public final class StaffApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(StaffApp.class);
    private static volatile Supplier<AppConfig> startConfig;

    private AppContext context;
    private final Background background = new Background();

    /** Called by the command line when no command is given; returns when the window closes. */
    static void run(Supplier<AppConfig> config) {
        startConfig = config;
        Application.launch(StaffApp.class);
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        AppConfig config;
        try {
            config = startConfig.get();
        } catch (ConfigException e) {
            cannotStart(e);
            return;
        }
        if ("dark".equals(config.theme())) {
            Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
        }
        Stage opening = openingWindow(config);
        background.run(() -> {
            AppContext opened = AppContext.open(config);
            return new Object[] {opened, opened.staffAuth().setupNeeded()};
        }, opened -> {
            context = (AppContext) opened[0];
            opening.close();
            showSignIn(stage, (Boolean) opened[1]);
        }, error -> {
            opening.close();
            cannotStart(error);
        });
    }

    private void showSignIn(Stage stage, boolean setupNeeded) {
        StaffServices services = context.staffServices();
        SignInViewModel model = new SignInViewModel(services.staffAuth(), background, services.terminalId(), setupNeeded,
                session -> showMain(stage, session));
        Scene scene = new Scene(new SignInView(model).getRoot(), 1100, 720);
        scene.getStylesheets().add(MainWindow.STYLESHEET);
        stage.setTitle("PortalDesk — sign in");
        stage.setScene(scene);
        stage.show();
    }

    private void showMain(Stage stage, StaffSession session) {
        StaffServices services = context.staffServices();
        new MainWindow(stage, services, background, session, () -> {
            services.staffAuth().signOut(session, services.terminalId());
            showSignIn(stage, false);
        }).allowKioskMode(() -> startKiosk(stage, session)).show();
    }

    /**
     * An admin turns this workstation into a kiosk: they are signed out, the staff window hides, and the
     * kiosk takes the screen until a staff member signs in to leave it; that person lands in the staff app.
     */
    private void startKiosk(Stage staffStage, StaffSession admin) {
        context.staffServices().staffAuth().signOut(admin, context.config().terminalId());
        staffStage.hide();
        KioskWindow kiosk = new KioskWindow(new Stage());
        background.run(() -> context.policies().firmName(), firmName -> kiosk.open(context.kioskServices(), background,
                firmName, "admin " + admin.username(), staff -> {
                    showMain(staffStage, staff);
                    kiosk.stage().close();
                }), StaffApp::cannotStart);
    }

    private static void cannotStart(Throwable error) {
        if (error instanceof StorageException || error instanceof ConfigException) {
            LOG.warn("PortalDesk could not start: {}", error.getMessage());
        } else {
            LOG.error("PortalDesk could not start", error);
        }
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle("PortalDesk cannot start");
        alert.setHeaderText("PortalDesk cannot start");
        Label text = new Label(error.getMessage());
        text.setWrapText(true);
        text.setMaxWidth(480);
        alert.getDialogPane().setContent(text);
        alert.showAndWait();
        Platform.exit();
    }

    private static Stage openingWindow(AppConfig config) {
        Stage opening = new Stage();
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

    @Override
    public void stop() {
        background.shutdown();
        if (context != null) {
            context.close();
        }
    }
}
