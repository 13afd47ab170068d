package com.portaldesk.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/** Small parsing helpers shared by the typed settings, each failure naming the key and what it accepts. */
final class Settings {
    private Settings() {}

    static String required(AppConfig config, ConfigKey key, String when) {
        String value = config.get(key);
        if (value.isEmpty()) {
            throw new ConfigException(
                    "Key '" + key.key() + "' must be set " + when + ". Accepted: " + key.accepted() + ".", key);
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

    /**
     * Refuses a file holding a private key that other accounts on this computer can read (POSIX permissions; on
     * Windows the folder's access list decides, which the installer sets).
     */
    static void ownerOnly(Path file, ConfigKey key) {
        try {
            Set<PosixFilePermission> open = EnumSet.copyOf(Files.getPosixFilePermissions(file));
            open.retainAll(EnumSet.of(PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ));
            if (!open.isEmpty()) {
                throw new ConfigException(
                        "The file in '" + key.key() + "' (" + file + ") holds a private key and "
                                + "other accounts on this computer can read it. Make it readable by this account only "
                                + "(chmod 600 " + file + ").",
                        key);
            }
        } catch (UnsupportedOperationException e) {
            // No POSIX permissions on this file system (Windows): its access list is the check there.
        } catch (IOException e) {
            throw new ConfigException(
                    "The file in '" + key.key() + "' (" + file + ") cannot be read: " + e.getMessage(), key);
        }
    }
}
