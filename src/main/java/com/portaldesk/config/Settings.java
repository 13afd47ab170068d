package com.portaldesk.config;

/** Small parsing helpers shared by the typed settings, each failure naming the key and what it accepts. */
final class Settings {
    private Settings() {
    }

    static String required(AppConfig config, ConfigKey key, String when) {
        String value = config.get(key);
        if (value.isEmpty()) {
            throw new ConfigException("Key '" + key.key() + "' must be set " + when + ". Accepted: " + key.accepted()
                    + ".", key);
        }
        return value;
    }

    static int number(AppConfig config, ConfigKey key, int min, int max) {
        try {
            int value = Integer.parseInt(config.get(key));
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the accepted range
        }
        throw config.invalid(key);
    }

    /** A secret shown as •••• with its length hidden, for toString and screens. */
    static String mask(String secret) {
        return secret == null || secret.isEmpty() ? "(not set)" : "••••";
    }
}
