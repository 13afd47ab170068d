package com.portaldesk.cli;

import com.portaldesk.config.AppConfig;
import java.util.function.Supplier;

/** Opens a window when no command is given: the staff app, or the lobby kiosk with --kiosk. */
@FunctionalInterface
public interface WindowLauncher {
    void open(Supplier<AppConfig> config, boolean kiosk);
}
