package com.portaldesk.backup;

import com.portaldesk.audit.Actor;
import com.portaldesk.audit.AuditEventType;
import com.portaldesk.audit.AuditLog;
import com.portaldesk.audit.AuditReason;
import com.portaldesk.audit.AuditRecord;
import com.portaldesk.store.Tx;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The firm's automatic backups. Every running staff app asks each minute whether today's backup is due; the first to
 * claim the run (one atomic UPDATE on the plan's row) takes it, checks it, and removes the oldest beyond the number
 * to keep, so on a shared database one workstation backs up at a time. A run that failed is tried again an hour
 * later.
 */
public final class BackupSchedule {
    /** How long a claim holds: longer than any backup, short enough that a crashed workstation's claim runs out. */
    static final Duration CLAIM = Duration.ofMinutes(30);

    static final Duration RETRY_AFTER = Duration.ofHours(1);
    private static final Logger LOG = LoggerFactory.getLogger(BackupSchedule.class);

    private final Tx tx;
    private final Backups backups;
    private final AuditLog audit;
    private final Clock clock;
    private final ZoneId office;
    private final String claimant = UUID.randomUUID().toString();

    public BackupSchedule(Tx tx, Backups backups, AuditLog audit, Clock clock, ZoneId office) {
        this.tx = tx;
        this.backups = backups;
        this.audit = audit;
        this.clock = clock;
        this.office = office;
    }

    public BackupPlan plan() {
        return tx.inTransaction(
                em -> em.find(BackupScheduleRow.class, BackupScheduleRow.ID).plan());
    }

    public void save(BackupPlan plan, Actor actor) {
        tx.run(em -> {
            BackupScheduleRow row = em.find(BackupScheduleRow.class, BackupScheduleRow.ID);
            BackupPlan before = row.plan();
            if (before.equals(plan)) {
                return;
            }
            row.change(plan, actor.name(), clock.instant());
            audit.append(
                    em,
                    AuditRecord.by(actor, AuditEventType.BACKUP_PLAN_CHANGED, AuditReason.SETTINGS_SAVED)
                            .withDetail(describe(before) + " → " + describe(plan)));
        });
    }

    static String describe(BackupPlan plan) {
        return plan.enabled()
                ? "daily at " + plan.dailyAt() + " into " + plan.folder() + ", keep " + plan.keepCount()
                        + ", warn after " + plan.maxAgeHours() + " h"
                : "off (warn after " + plan.maxAgeHours() + " h)";
    }

    public BackupHistory.Health health() {
        return backups.history().health(plan());
    }

    /** Takes today's backup when it is due and no other workstation has it; what was done, if anything. */
    public Optional<VerifyReport> runIfDue(Actor actor) {
        BackupPlan plan = plan();
        if (!due(plan) || !claim()) {
            return Optional.empty();
        }
        try {
            if (!due(plan())) {
                return Optional.empty(); // another workstation finished it just before this one claimed
            }
            VerifyReport report = backups.createAndVerify(Path.of(plan.folder()), actor, true);
            if (report.passed()) {
                // Only a good new backup may push the oldest out: failures must never eat the good ones.
                prune(Path.of(plan.folder()), plan.keepCount());
            }
            return Optional.of(report);
        } catch (RuntimeException e) {
            LOG.warn("The scheduled backup failed: {}", e.getMessage(), e);
            return Optional.empty();
        } finally {
            release();
        }
    }

    boolean due(BackupPlan plan) {
        if (!plan.enabled()) {
            return false;
        }
        Instant now = clock.instant();
        LocalDate today = now.atZone(office).toLocalDate();
        Instant todaysRun = today.atTime(plan.dailyAt()).atZone(office).toInstant();
        if (now.isBefore(todaysRun)) {
            return false;
        }
        List<BackupRecord> tried = backups.history().since(todaysRun, true);
        if (tried.stream().anyMatch(record -> record.status() != BackupStatus.FAILED)) {
            return false;
        }
        return tried.isEmpty() || tried.get(0).createdAt().plus(RETRY_AFTER).isBefore(now);
    }

    private boolean claim() {
        Instant now = clock.instant();
        return tx.inTransaction(em -> em.createQuery(
                                "update BackupScheduleRow s set s.claimedBy = :me, "
                                        + "s.claimedUntil = :until where s.id = :id and (s.claimedUntil is null or s.claimedUntil < :now)")
                        .setParameter("me", claimant)
                        .setParameter("until", now.plus(CLAIM))
                        .setParameter("id", BackupScheduleRow.ID)
                        .setParameter("now", now)
                        .executeUpdate())
                == 1;
    }

    private void release() {
        tx.run(em -> em.createQuery("update BackupScheduleRow s set s.claimedBy = null, s.claimedUntil = null "
                        + "where s.id = :id and s.claimedBy = :me")
                .setParameter("id", BackupScheduleRow.ID)
                .setParameter("me", claimant)
                .executeUpdate());
    }

    /** Keeps the newest {@code keep} backups PortalDesk wrote into the folder; nothing else there is touched. */
    static void prune(Path folder, int keep) {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> ours = files.filter(file -> file.getFileName()
                            .toString()
                            .matches("portaldesk-backup-\\d{8}-\\d{6}(-\\d+)?\\" + Backups.EXTENSION))
                    .sorted(Comparator.comparing(
                                    (Path file) -> file.getFileName().toString())
                            .reversed())
                    .toList();
            for (Path old : ours.subList(Math.min(keep, ours.size()), ours.size())) {
                Files.deleteIfExists(old);
            }
        } catch (IOException e) {
            LOG.warn("Old backups in {} could not be removed: {}", folder, e.getMessage(), e);
        }
    }
}
