package com.portaldesk.app.desks;

import com.portaldesk.audit.Actor;
import com.portaldesk.backup.BackupPlan;
import com.portaldesk.backup.BackupRecord;
import com.portaldesk.backup.BackupSchedule;
import com.portaldesk.backup.Backups;
import com.portaldesk.backup.VerifyReport;
import com.portaldesk.ui.staff.BackupDesk;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** BackupDesk on the application's services (the screens see only the interface). */
public final class BackupDeskAdapter {
    private BackupDeskAdapter() {}

    public static BackupDesk of(Backups backups, BackupSchedule schedule, Supplier<Actor> actor) {
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
