package com.portaldesk.app;

import atlantafx.base.theme.PrimerLight;
import com.portaldesk.config.AppConfig;
import com.portaldesk.config.ConfigException;
import com.portaldesk.store.StorageException;
import com.portaldesk.ui.common.Background;
import com.portaldesk.ui.kiosk.KioskWindow;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code --kiosk}: a dedicated lobby PC that starts straight into kiosk mode; leaving it ends the program. */
public final class KioskApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(KioskApp.class);
    private static volatile Supplier<AppConfig> startConfig;

    private final Background background = new Background();
    private AppContext context;

    static void run(Supplier<AppConfig> config) {
        startConfig = config;
        Application.launch(KioskApp.class);
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
        KioskWindow kiosk = new KioskWindow(stage);
        // The database opens off the FX thread; the screen says "Starting…" meanwhile.
        background.run(() -> {
            AppContext opened = AppContext.open(config);
            return new Object[] {opened, opened.policies().firmName()};
        }, opened -> {
            context = (AppContext) opened[0];
            kiosk.open(context.kioskServices(), background, (String) opened[1], "start-up (--kiosk)",
                    staff -> Platform.exit());
        }, KioskApp::cannotStart);
    }

    private static void cannotStart(Throwable e) {
        if (e instanceof ConfigException || e instanceof StorageException) {
            LOG.warn("The kiosk could not start: {}", e.getMessage());
        } else {
            LOG.error("The kiosk could not start", e);
        }
        new Alert(Alert.AlertType.ERROR, e.getMessage(), ButtonType.OK).showAndWait();
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
