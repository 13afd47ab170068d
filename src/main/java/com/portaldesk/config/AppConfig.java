package com.portaldesk.config;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The typed, validated view of config.properties plus the environment. Precedence, lowest first:
 * built-in defaults, the machine-wide file (see {@link DataFolders#machineConfig}), the user's file,
 * {@code PORTALDESK_*} environment variables, command-line options.
 */
public final class AppConfig {
    public static final String FILE_NAME = "config.properties";
    public static final String CONFIG_ENV = "PORTALDESK_CONFIG";
    private static final Set<String> THEMES = Set.of("light", "dark");
    private static final Pattern TERMINAL = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final Map<ConfigKey, String> values;
    private final Set<ConfigKey> fromEnvironment;
    private final Path dataDir;

    private AppConfig(Map<ConfigKey, String> values, Set<ConfigKey> fromEnvironment, Path dataDir) {
        this.values = values;
        this.fromEnvironment = fromEnvironment;
        this.dataDir = dataDir;
        validate();
    }

    /**
     * Loads the configuration the way the program does at start-up.
     *
     * @param explicitFile the --config option, or null
     * @param overrides    values given on the command line (for example data.dir from --data-dir)
     */
    public static AppConfig load(Path explicitFile, Map<String, String> environment, Map<ConfigKey, String> overrides) {
        Map<ConfigKey, String> values = new EnumMap<>(ConfigKey.class);
        for (ConfigKey key : ConfigKey.values()) {
            values.put(key, key.defaultValue());
        }
        Path machine = DataFolders.machineConfig(System.getProperty("os.name", ""), environment);
        if (Files.isRegularFile(machine)) {
            values.putAll(ConfigFile.read(machine));
        }
        Path file = ConfigFile.choose(explicitFile, environment);
        if (file != null && !file.toAbsolutePath().equals(machine.toAbsolutePath())) {
            values.putAll(ConfigFile.read(file));
        }
        for (ConfigKey key : ConfigKey.values()) {
            String fromEnvironment = environment.get(key.environmentName());
            if (fromEnvironment != null) {
                values.put(key, fromEnvironment);
            }
        }
        values.putAll(overrides);
        Set<ConfigKey> referenced = EnumSet.noneOf(ConfigKey.class);
        values.forEach((key, value) -> {
            if (ConfigFile.refersToEnvironment(value)) {
                referenced.add(key);
            }
        });
        values.replaceAll((key, value) -> ConfigFile.resolveEnvironmentReferences(key, value.trim(), environment));
        return new AppConfig(values, referenced, DataFolders.resolve(values.get(ConfigKey.DATA_DIR), environment));
    }

    /** Defaults only, with the data folder given: for tests and tools. */
    public static AppConfig forDataDir(Path dataDir) {
        return load(null, Map.of(), Map.of(ConfigKey.DATA_DIR, dataDir.toString()));
    }

    public AppConfig with(ConfigKey key, String value) {
        Map<ConfigKey, String> copy = new EnumMap<>(values);
        copy.put(key, value);
        Set<ConfigKey> referenced = EnumSet.noneOf(ConfigKey.class);
        referenced.addAll(fromEnvironment);
        referenced.remove(key);
        return new AppConfig(copy, referenced, key == ConfigKey.DATA_DIR ? Path.of(value) : dataDir);
    }

    /** Several keys changed together, checked once at the end (providers and their settings go together). */
    public AppConfig withValues(Map<ConfigKey, String> changes) {
        Map<ConfigKey, String> copy = new EnumMap<>(values);
        copy.putAll(changes);
        Set<ConfigKey> referenced = EnumSet.noneOf(ConfigKey.class);
        referenced.addAll(fromEnvironment);
        referenced.removeAll(changes.keySet());
        return new AppConfig(
                copy,
                referenced,
                changes.containsKey(ConfigKey.DATA_DIR) ? Path.of(changes.get(ConfigKey.DATA_DIR)) : dataDir);
    }

    static Path parsePath(String what, String value) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new ConfigException("'" + what + "' is not a usable path: " + value);
        }
    }

    private void validate() {
        String url = dbUrl();
        if (!url.isEmpty() && !url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) {
            throw invalid(ConfigKey.DB_URL);
        }
        int pool = parseInt(ConfigKey.DB_POOL_SIZE);
        if (pool < 1 || pool > 32) {
            throw invalid(ConfigKey.DB_POOL_SIZE);
        }
        String region = phoneDefaultRegion();
        if (!PhoneNumberUtil.getInstance().getSupportedRegions().contains(region)) {
            throw invalid(ConfigKey.PHONE_DEFAULT_REGION);
        }
        if (!THEMES.contains(theme())) {
            throw invalid(ConfigKey.UI_THEME);
        }
        for (ConfigKey key : new ConfigKey[] {ConfigKey.TERMINAL_ID, ConfigKey.KIOSK_TERMINAL_ID}) {
            if (!get(key).isEmpty() && !TERMINAL.matcher(get(key)).matches()) {
                throw invalid(key);
            }
        }
        if (!Set.of("outbox", "twilio").contains(get(ConfigKey.SMS_PROVIDER))) {
            throw invalid(ConfigKey.SMS_PROVIDER);
        }
        if (!Set.of("outbox", "smtp", "microsoft365", "google").contains(get(ConfigKey.EMAIL_PROVIDER))) {
            throw invalid(ConfigKey.EMAIL_PROVIDER);
        }
        twilio();
        smtp();
        microsoft365();
        google();
    }

    ConfigException invalid(ConfigKey key) {
        return new ConfigException(
                "Bad value " + shown(key) + " for key '" + key.key() + "'. Accepted: " + key.accepted() + ".", key);
    }

    /**
     * A value as an error message may show it: quoted, or not at all for a secret and for anything taken from the
     * environment with ${env:...} (a firm puts credentials there; a mistyped one must not end up on a screen).
     */
    String shown(ConfigKey key) {
        if (key.secret() || fromEnvironment.contains(key)) {
            return "(not shown: " + (key.secret() ? "a secret" : "it comes from the environment") + ")";
        }
        String value = get(key);
        return "'" + (key == ConfigKey.DB_URL ? value.replaceAll("(?i)(password=)[^;&]*", "$1****") : value) + "'";
    }

    private int parseInt(ConfigKey key) {
        try {
            return Integer.parseInt(get(key));
        } catch (NumberFormatException e) {
            throw invalid(key);
        }
    }

    public String get(ConfigKey key) {
        return values.get(key);
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Empty when the embedded database is meant. */
    public String dbUrl() {
        return get(ConfigKey.DB_URL);
    }

    public String dbUser() {
        return get(ConfigKey.DB_USER);
    }

    public String dbPassword() {
        return get(ConfigKey.DB_PASSWORD);
    }

    public int dbPoolSize() {
        return parseInt(ConfigKey.DB_POOL_SIZE);
    }

    public String phoneDefaultRegion() {
        return get(ConfigKey.PHONE_DEFAULT_REGION).toUpperCase(Locale.ROOT);
    }

    /** Names this workstation or kiosk in the audit log: the configured id, else the computer's name. */
    public String terminalId() {
        return terminalId(ConfigKey.TERMINAL_ID);
    }

    /** The kiosk's name in the audit log: kiosk.terminal-id, else the computer's name. */
    public String kioskTerminalId() {
        return terminalId(ConfigKey.KIOSK_TERMINAL_ID);
    }

    private String terminalId(ConfigKey key) {
        String configured = get(key);
        if (!configured.isEmpty()) {
            return configured;
        }
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "workstation";
        }
        String cleaned = host.replaceAll("[^A-Za-z0-9._-]", "-");
        return cleaned.isEmpty() ? "workstation" : cleaned.substring(0, Math.min(64, cleaned.length()));
    }

    /** The Twilio settings when texts go through Twilio; empty in demonstration mode. */
    public Optional<TwilioSettings> twilio() {
        return "twilio".equals(get(ConfigKey.SMS_PROVIDER)) ? Optional.of(TwilioSettings.from(this)) : Optional.empty();
    }

    /** The SMTP settings when email goes through a mail server; empty in demonstration mode. */
    public Optional<SmtpSettings> smtp() {
        return "smtp".equals(get(ConfigKey.EMAIL_PROVIDER)) ? Optional.of(SmtpSettings.from(this)) : Optional.empty();
    }

    /** The Exchange Online settings when email goes through Microsoft 365 as an app; empty otherwise. */
    public Optional<Microsoft365Settings> microsoft365() {
        return "microsoft365".equals(get(ConfigKey.EMAIL_PROVIDER))
                ? Optional.of(Microsoft365Settings.from(this))
                : Optional.empty();
    }

    /** The Google Workspace settings when email goes through a service account; empty otherwise. */
    public Optional<GoogleWorkspaceSettings> google() {
        return "google".equals(get(ConfigKey.EMAIL_PROVIDER))
                ? Optional.of(GoogleWorkspaceSettings.from(this))
                : Optional.empty();
    }

    public String theme() {
        return get(ConfigKey.UI_THEME).toLowerCase(Locale.ROOT);
    }
}
