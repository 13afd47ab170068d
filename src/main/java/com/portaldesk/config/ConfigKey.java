package com.portaldesk.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Every key that config.properties may hold, with its default and what it accepts. A key that is not
 * listed here stops start-up, so a typo cannot silently fall back to a default.
 */
public enum ConfigKey {
    DATA_DIR("data.dir", "", "a folder path; empty means the per-user folder (~/.portaldesk, %APPDATA%\\PortalDesk on Windows)"),
    DB_URL("db.url", "", "a jdbc:h2: or jdbc:postgresql: URL; empty means the embedded H2 database in the data folder"),
    DB_USER("db.user", "", "the database user name; empty for the embedded database"),
    DB_PASSWORD("db.password", "", "the database password, best as ${env:NAME}; empty for the embedded database"),
    DB_POOL_SIZE("db.pool-size", "4", "a whole number from 1 to 32"),
    PHONE_DEFAULT_REGION("phone.default-region", "US", "a two-letter country code (ISO 3166-1), for numbers typed without +country"),
    UI_THEME("ui.theme", "light", "light or dark"),
    TERMINAL_ID("terminal.id", "", "1 to 64 letters, digits, dots, dashes or underscores; empty means this computer's name");

    private final String key;
    private final String defaultValue;
    private final String accepted;

    ConfigKey(String key, String defaultValue, String accepted) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.accepted = accepted;
    }

    public String key() {
        return key;
    }

    public String defaultValue() {
        return defaultValue;
    }

    public String accepted() {
        return accepted;
    }

    /** PORTALDESK_DATA_DIR for data.dir: upper case, dots and dashes become underscores. */
    public String environmentName() {
        return "PORTALDESK_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    public static Optional<ConfigKey> byKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }
}
