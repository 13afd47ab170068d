package com.portaldesk.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A configuration file as {@link AppConfig} reads it: which file, its keys (an unknown one is refused with the known
 * ones), no delivery secret written out in it, and {@code ${env:NAME}} references resolved from the environment.
 */
final class ConfigFile {
    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{env:([A-Za-z_][A-Za-z0-9_]*)}");

    private ConfigFile() {}

    /** True when the value takes (part of) itself from an environment variable. */
    static boolean refersToEnvironment(String value) {
        return ENV_REFERENCE.matcher(value).find();
    }

    static Path choose(Path explicitFile, Map<String, String> environment) {
        Path chosen = explicitFile;
        if (chosen == null && environment.get(AppConfig.CONFIG_ENV) != null) {
            chosen = AppConfig.parsePath(AppConfig.CONFIG_ENV, environment.get(AppConfig.CONFIG_ENV));
        }
        if (chosen != null) {
            if (!Files.isRegularFile(chosen)) {
                throw new ConfigException("The configuration file " + chosen + " does not exist.");
            }
            return chosen;
        }
        Path inWorkingFolder = Path.of(AppConfig.FILE_NAME);
        return Files.isRegularFile(inWorkingFolder) ? inWorkingFolder : null;
    }

    static Map<ConfigKey, String> read(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (AccessDeniedException e) {
            throw new ConfigException("This account (" + System.getProperty("user.name") + ") may not read the "
                    + "configuration file " + file + ". Ask the administrator to let it (on a shared PC: add the "
                    + "account to the group that may read it, see docs/shared-database.md).");
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException("Cannot read the configuration file " + file + ": " + e.getMessage());
        }
        Map<ConfigKey, String> values = new EnumMap<>(ConfigKey.class);
        for (String name : properties.stringPropertyNames()) {
            ConfigKey key = ConfigKey.byKey(name)
                    .orElseThrow(() -> new ConfigException(
                            "Unknown key '" + name + "' in " + file + ". Known keys: " + knownKeys() + "."));
            values.put(key, properties.getProperty(name));
        }
        refusePlainDeliverySecrets(values, file);
        return values;
    }

    /**
     * A delivery secret (the Twilio token, the mail password or the app's client secret) written out in a
     * configuration file is readable by every account that can read the file, and copied with it: it is refused
     * before anything starts, with the two places it may live instead. The database password may stay in the
     * machine-wide file that only PortalDesk's accounts read (docs/shared-database.md): the database must be
     * reached before the encrypted store in it can be read.
     */
    private static void refusePlainDeliverySecrets(Map<ConfigKey, String> values, Path file) {
        values.forEach((key, value) -> {
            if (key.secret()
                    && key != ConfigKey.DB_PASSWORD
                    && !value.isBlank()
                    && !ENV_REFERENCE.matcher(value.trim()).matches()) {
                throw new ConfigException(
                        "The configuration file " + file + " holds " + key.key() + " written out, "
                                + "where every account that can read the file can read it. Remove it from the file and type "
                                + "it in Settings > Delivery settings (kept encrypted), or write " + key.key()
                                + "=${env:NAME} "
                                + "and set the environment variable NAME.",
                        key);
            }
        });
    }

    private static String knownKeys() {
        StringBuilder known = new StringBuilder();
        for (ConfigKey key : ConfigKey.values()) {
            known.append(known.length() == 0 ? "" : ", ").append(key.key());
        }
        return known.toString();
    }

    static String resolveEnvironmentReferences(ConfigKey key, String value, Map<String, String> env) {
        Matcher matcher = ENV_REFERENCE.matcher(value);
        StringBuilder resolved = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String replacement = env.get(name);
            if (replacement == null) {
                throw new ConfigException(
                        "Key '" + key.key() + "' refers to the environment variable " + name + ", which is not set.");
            }
            matcher.appendReplacement(resolved, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(resolved);
        return resolved.toString();
    }
}
