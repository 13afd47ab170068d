package com.portaldesk.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where the per-user data folder lives on each operating system. */
public final class DataFolders {
    private DataFolders() {}

    static Path resolve(String configured, Map<String, String> environment) {
        if (configured != null && !configured.isBlank()) {
            return AppConfig.parsePath(ConfigKey.DATA_DIR.key(), expandHome(configured.trim()));
        }
        return defaultFolder(
                System.getProperty("os.name", ""), System.getProperty("user.home"), environment.get("APPDATA"));
    }

    /** ~/.portaldesk on Linux and macOS, %APPDATA%\PortalDesk on Windows. */
    public static Path defaultFolder(String osName, String userHome, String appData) {
        boolean windows = osName.toLowerCase(Locale.ROOT).startsWith("windows");
        if (windows && appData != null && !appData.isBlank()) {
            return Path.of(appData, "PortalDesk");
        }
        return Path.of(userHome, ".portaldesk");
    }

    /**
     * The machine-wide configuration an administrator writes for every account of a PC (the shared database, the
     * kiosk's data folder): /etc/portaldesk/config.properties, %ProgramData%\PortalDesk\config.properties on
     * Windows. PORTALDESK_MACHINE_CONFIG (or the system property portaldesk.machine-config, which the test suite
     * sets so a developer's own machine-wide file cannot change a test) names another file.
     */
    public static Path machineConfig(String osName, Map<String, String> environment) {
        String explicit = environment.getOrDefault(MACHINE_CONFIG_ENV, System.getProperty("portaldesk.machine-config"));
        if (explicit != null && !explicit.isBlank()) {
            return AppConfig.parsePath(MACHINE_CONFIG_ENV, explicit.strip());
        }
        return defaultMachineConfig(osName, environment);
    }

    /** Where the machine-wide file is when nothing names another. */
    public static Path defaultMachineConfig(String osName, Map<String, String> environment) {
        boolean windows = osName.toLowerCase(Locale.ROOT).startsWith("windows");
        if (windows) {
            String programData =
                    environment.getOrDefault("ProgramData", environment.getOrDefault("PROGRAMDATA", "C:\\ProgramData"));
            return Path.of(programData, "PortalDesk", AppConfig.FILE_NAME);
        }
        return Path.of("/etc", "portaldesk", AppConfig.FILE_NAME);
    }

    static final String MACHINE_CONFIG_ENV = "PORTALDESK_MACHINE_CONFIG";

    private static String expandHome(String path) {
        if (path.equals("~") || path.startsWith("~/")) {
            return System.getProperty("user.home") + path.substring(1);
        }
        return path;
    }
}
