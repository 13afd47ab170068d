package com.portaldesk.config;

import java.util.Optional;

/**
 * A configuration problem, worded for the person who edits config.properties, and naming the key it is about
 * where there is one, so a settings screen can mark that field and say it in its own words.
 */
public class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient ConfigKey key;

    public ConfigException(String message) {
        this(message, null);
    }

    public ConfigException(String message, ConfigKey key) {
        super(message);
        this.key = key;
    }

    public Optional<ConfigKey> key() {
        return Optional.ofNullable(key);
    }
}
