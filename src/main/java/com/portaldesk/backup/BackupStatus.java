package com.portaldesk.backup;

/** How a backup stands: written but not checked yet, checked whole, or failed (not written, or its check failed). */
public enum BackupStatus {
    CREATED,
    VERIFIED,
    FAILED
}
