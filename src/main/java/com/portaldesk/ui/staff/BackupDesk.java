package com.portaldesk.ui.staff;

import com.portaldesk.audit.Actor;
import com.portaldesk.backup.BackupPlan;
import com.portaldesk.backup.BackupRecord;
import com.portaldesk.backup.BackupSchedule;
import com.portaldesk.backup.Backups;
import com.portaldesk.backup.VerifyReport;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

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

    static BackupDesk of(Backups backups, BackupSchedule schedule, Supplier<Actor> actor) {
        return new BackupDesk() {
            @Override
            public BackupPlan plan() {
                return schedule.plan();
            }

            @Override
            public List<BackupRecord> recent(int limit) {
                return backups.history().list(limit);
            }

            @Override
            public Optional<String> warning() {
                return schedule.health().warning();
            }

            @Override
            public void save(BackupPlan plan) {
                schedule.save(plan, actor.get());
            }

            @Override
            public Taken backUpNow(Path folder) {
                VerifyReport report =
                        backups.createAndVerify(folder == null ? backups.defaultFolder() : folder, actor.get(), false);
                return new Taken(report.passed(), report.summary());
            }
        };
    }
}
