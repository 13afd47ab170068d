package com.portaldesk.ui.staff;

import com.portaldesk.backup.BackupPlan;
import com.portaldesk.backup.BackupRecord;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** What the Backups screen needs: the plan, the backups taken, the warning, and a backup now (audited with who). */
public interface BackupDesk {
    /** How a backup taken now went: its check passed or not, in a line a person reads. */
    record Taken(boolean passed, String summary) {}

    BackupPlan plan();

    List<BackupRecord> recent(int limit);

    /** What the dashboard warns about too (no backup for too long, the last one failed); empty when all is well. */
    Optional<String> warning();

    void save(BackupPlan plan);

    /** A backup into this folder (the data folder's backups when null), then its check. */
    Taken backUpNow(Path folder);
}
