package com.portaldesk.backup;

import com.portaldesk.config.AppConfig;

/**
 * Opens a database a backup was just loaded into the way PortalDesk always opens one (key check, migrations to this
 * version) and checks it: the audit chain end to end and against the backup's checkpoint, and every stored SSN,
 * last four and PIN opened with the key. Provided by the application, which knows how to open everything.
 */
public interface RestoredCheck {
    /** What the restored database showed. */
    record Result(
            long contacts,
            long auditEvents,
            boolean chainIntact,
            String chainMessage,
            long secretsOpened,
            long secretsFailed) {}

    /**
     * @param restoredNote when not null, the database is kept (a restore, not a verify), and this is written to its
     *                     audit log as the restore's own event
     */
    Result check(AppConfig restored, String checkpointCode, String restoredNote);

    /**
     * A restore into {@code target} was refused (a damaged or foreign file, a database in use, ...): recorded as a
     * failed backup event in the database that stays, where there is one, so a refused restore is audited too.
     */
    void refused(AppConfig target, String detail);
}
