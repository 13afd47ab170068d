package com.portaldesk.backup;

/** A backup file that cannot be trusted or read: changed, cut short, another firm's, or not a backup at all. */
public final class BackupDamagedException extends IllegalArgumentException {
    public BackupDamagedException(String message) {
        super(message);
    }

    public BackupDamagedException(String message, Throwable cause) {
        super(message, cause);
    }
}
