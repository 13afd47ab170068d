package com.portaldesk.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where the per-user data folder lives on each operating system. */
public final class DataFolders {
    private DataFolders() {
    }

    static Path resolve(String configured, Map<String, String> environment) {
        if (configured != null && !configured.isBlank()) {
            return AppConfig.parsePath(ConfigKey.DATA_DIR.key(), expandHome(configured.trim()));
        }
        return defaultFolder(System.getProperty("os.name", ""), System.getProperty("user.home"),
                environment.get("APPDATA"));
    }

    /** ~/.portaldesk on Linux and macOS, %APPDATA%\PortalDesk on Windows. */
    public static Path defaultFolder(String osName, String userHome, String appData) {
        boolean windows = osName.toLowerCase(Locale.ROOT).startsWith("windows");
        if (windows && appData != null && !appData.isBlank()) {
            return Path.of(appData, "PortalDesk");
        }
        return Path.of(userHome, ".portaldesk");
    }

    private static String expandHome(String path) {
        if (path.equals("~") || path.startsWith("~/")) {
            return System.getProperty("user.home") + path.substring(1);
        }
        return path;
    }
}
