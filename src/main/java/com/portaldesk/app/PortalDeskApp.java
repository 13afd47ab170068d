package com.portaldesk.app;

import atlantafx.base.theme.PrimerLight;
import com.portaldesk.config.AppConfig;
import com.portaldesk.config.ConfigException;
import com.portaldesk.store.StorageException;
import com.portaldesk.ui.common.Background;
import com.portaldesk.ui.common.WindowIcon;
import com.portaldesk.workstations.WorkstationKind;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * What the staff app and the kiosk share around their windows: the configuration read on start, the database
 * opened off the FX thread, a start-up failure shown as a plain message (never a stack trace), and the
 * database closed on exit.
 */
abstract class PortalDeskApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(PortalDeskApp.class);
    private static volatile Supplier<AppConfig> startConfig;

    protected final Background background = new Background();
    protected AppContext context;

    /** What the windows need to know once the database is open. */
    protected record Opened(boolean setupNeeded, String firmName) {}

    /** Called by the command line; returns when the program's last window closes. */
    static void launch(Class<? extends PortalDeskApp> type, Supplier<AppConfig> config) {
        startConfig = config;
        Application.launch(type);
    }

    @Override
    public final void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        (kind() == WorkstationKind.KIOSK ? WindowIcon.KIOSK : WindowIcon.STAFF_APP).on(stage);
        AppConfig config;
        try {
            config = startConfig.get();
        } catch (ConfigException e) {
            cannotStart(e);
            return;
        }
        start(stage, config);
    }

    protected abstract void start(Stage stage, AppConfig config);

    /** How this program appears on the Workstations list. */
    protected abstract WorkstationKind kind();

    /** Opens the database off the FX thread; {@code settled} runs first either way, then {@code then} or a message. */
    protected void openDatabase(AppConfig config, Runnable settled, Consumer<Opened> then) {
        background.run(
                () -> {
                    context = AppContext.open(config);
                    closeOnTermination(context);
                    // A window runs for hours: it also sends what other PortalDesk processes left queued.
                    context.verification().startDeliveries();
                    context.announce(kind());
                    if (kind() == WorkstationKind.STAFF_APP) {
                        context.startScheduledBackups(); // a lobby kiosk never writes to the firm's backup folder
                    }
                    return new Opened(
                            context.staffAuth().setupNeeded(),
                            context.policies().firmName());
                },
                opened -> {
                    settled.run();
                    then.accept(opened);
                },
                error -> {
                    settled.run();
                    cannotStart(error);
                });
    }

    /**
     * A window ended by a signal (SIGTERM from the kiosk session logging out or the computer shutting down, Ctrl+C in
     * the terminal that started it) never reaches {@link #stop()}. Closed here instead, like a closed window: queued
     * codes go out, the Workstations list says it closed, the closing audit checkpoint is written. A signal handler
     * rather than a shutdown hook, because the embedded database's own hook would close it under ours.
     */
    private static void closeOnTermination(AppContext opened) {
        for (String name : List.of("TERM", "INT", "HUP")) {
            try {
                Signal.handle(
                        new Signal(name),
                        signal -> new Thread(
                                        () -> {
                                            LOG.info("Ending on SIG{}", signal.getName());
                                            try {
                                                opened.close();
                                            } finally {
                                                System.exit(128 + signal.getNumber());
                                            }
                                        },
                                        "portaldesk-close-on-signal")
                                .start());
            } catch (IllegalArgumentException unavailable) {
                // Not a signal of this platform (Windows has no HUP), or the JVM keeps it (-Xrs): its default applies.
            }
        }
    }

    static void cannotStart(Throwable error) {
        if (error instanceof StorageException || error instanceof ConfigException) {
            LOG.warn("PortalDesk could not start: {}", error.getMessage(), error);
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

    @Override
    public void stop() {
        background.shutdown();
        if (context != null) {
            context.close();
        }
    }
}
