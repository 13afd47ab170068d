package com.portaldesk.config;

/** A configuration problem, worded for the person who edits config.properties. */
public class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }
}
