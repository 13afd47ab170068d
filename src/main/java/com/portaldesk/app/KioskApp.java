package com.portaldesk.app;

import com.portaldesk.config.AppConfig;
import com.portaldesk.ui.kiosk.KioskWindow;
import com.portaldesk.workstations.WorkstationKind;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Stage;

/** {@code --kiosk}: a dedicated lobby PC that starts straight into kiosk mode; leaving it ends the program. */
public final class KioskApp extends PortalDeskApp {
    static void run(Supplier<AppConfig> config) {
        launch(KioskApp.class, config);
    }

    @Override
    protected WorkstationKind kind() {
        return WorkstationKind.KIOSK;
    }

    @Override
    protected void start(Stage stage, AppConfig config) {
        // The screen says "Starting…" while the database opens.
        KioskWindow kiosk = new KioskWindow(stage);
        openDatabase(
                config,
                () -> {},
                opened -> kiosk.open(
                        context.kioskBackend(),
                        background,
                        opened.firmName(),
                        "start-up (--kiosk)",
                        staff -> Platform.exit()));
    }
}
