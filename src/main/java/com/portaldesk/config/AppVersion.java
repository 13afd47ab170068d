package com.portaldesk.config;

/** This program's version, as Maven wrote it into the jar's manifest ("development build" when run from classes). */
public final class AppVersion {
    private AppVersion() {}

    public static String current() {
        String version = AppVersion.class.getPackage().getImplementationVersion();
        return version == null ? "development build" : version;
    }
}
