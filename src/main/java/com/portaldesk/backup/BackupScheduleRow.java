package com.portaldesk.backup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalTime;

/** The firm's backup plan, one row, with the claim of the workstation carrying out today's run. */
@Entity
@Table(name = "backup_schedule")
class BackupScheduleRow {
    static final int ID = 1;

    @Id
    private int id;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "folder", nullable = false)
    private String folder;

    @Column(name = "daily_at", nullable = false)
    private String dailyAt;

    @Column(name = "keep_count", nullable = false)
    private int keepCount;

    @Column(name = "max_age_hours", nullable = false)
    private int maxAgeHours;

    @Column(name = "claimed_by")
    private String claimedBy;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    protected BackupScheduleRow() {
        // for Hibernate
    }

    BackupPlan plan() {
        return new BackupPlan(enabled, folder, LocalTime.parse(dailyAt), keepCount, maxAgeHours);
    }

    void change(BackupPlan plan, String by, Instant at) {
        this.enabled = plan.enabled();
        this.folder = plan.folder();
        this.dailyAt = plan.dailyAt().toString();
        this.keepCount = plan.keepCount();
        this.maxAgeHours = plan.maxAgeHours();
        this.updatedBy = by;
        this.updatedAt = at;
    }
}
