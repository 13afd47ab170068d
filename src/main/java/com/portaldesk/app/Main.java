package com.portaldesk.app;

import com.portaldesk.cli.PortalDeskCli;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * The program's entry point. No command opens the staff app; a command (contacts, ...) runs without a
 * window on the same configuration and data folder. Kept apart from the JavaFX Application class so the
 * jar starts with JavaFX on the plain class path.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        // Libraries that log through java.util.logging (the PostgreSQL driver, JavaFX) follow logback.xml too.
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        int exitCode = PortalDeskCli.create(
                        AppContext::openForCommand,
                        RestoredDatabaseCheck::new,
                        (config, kiosk) -> {
                            if (kiosk) {
                                KioskApp.run(config);
                            } else {
                                StaffApp.run(config);
                            }
                        },
                        System.getenv())
                .execute(args);
        System.exit(exitCode);
    }
}
