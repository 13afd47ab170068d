package com.portaldesk.backup;

import com.portaldesk.store.Tx;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The record of every backup taken or tried, and what it says about the firm's protection today. */
public final class BackupHistory {
    private final Tx tx;
    private final Clock clock;

    public BackupHistory(Tx tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    /** How the firm's backups stand: a warning in words when they need someone's attention, else empty. */
    public record Health(Optional<String> warning, Optional<BackupRecord> newestGood, Optional<BackupRecord> newest) {}

    void created(Path file, Backups.Created created, String by, String terminal, boolean scheduled) {
        tx.run(em -> em.persist(new BackupRecordRow(
                file.getFileName().toString(),
                folderOf(file),
                new BackupRecordRow.Origin(clock.instant(), by, terminal, scheduled),
                BackupStatus.CREATED,
                "Not checked yet",
                new BackupRecordRow.Size(
                        created.bytes(),
                        created.manifest().rows("contact"),
                        created.manifest().auditEvents()))));
    }

    void failed(Path folder, String reason, String by, String terminal, boolean scheduled) {
        tx.run(em -> em.persist(new BackupRecordRow(
                "",
                folder.toAbsolutePath().toString(),
                new BackupRecordRow.Origin(clock.instant(), by, terminal, scheduled),
                BackupStatus.FAILED,
                reason,
                BackupRecordRow.Size.NONE)));
    }

    /** The check of a backup this firm recorded; a file it has no record of (copied in from elsewhere) is left alone. */
    void checked(Path file, boolean passed, String detail) {
        tx.run(em -> em.createQuery(
                        "select r from BackupRecordRow r where r.folder = :folder and r.fileName = :name",
                        BackupRecordRow.class)
                .setParameter("folder", folderOf(file))
                .setParameter("name", file.getFileName().toString())
                .getResultStream()
                .findFirst()
                .ifPresent(row ->
                        row.checked(passed ? BackupStatus.VERIFIED : BackupStatus.FAILED, detail, clock.instant())));
    }

    /** Newest first. */
    public List<BackupRecord> list(int limit) {
        return tx.inTransaction(em -> em
                .createQuery("select r from BackupRecordRow r order by r.createdAt desc", BackupRecordRow.class)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(BackupRecordRow::record)
                .toList());
    }

    /** Every backup taken or tried in [from, to), newest first. */
    public List<BackupRecord> between(Instant from, Instant to) {
        return tx.inTransaction(em -> em
                .createQuery(
                        "select r from BackupRecordRow r where r.createdAt >= :from"
                                + " and r.createdAt < :to order by r.createdAt desc",
                        BackupRecordRow.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList()
                .stream()
                .map(BackupRecordRow::record)
                .toList());
    }

    List<BackupRecord> since(Instant from, boolean scheduled) {
        return tx.inTransaction(em -> em
                .createQuery(
                        "select r from BackupRecordRow r where r.createdAt >= :from"
                                + " and r.scheduled = :scheduled order by r.createdAt desc",
                        BackupRecordRow.class)
                .setParameter("from", from)
                .setParameter("scheduled", scheduled)
                .getResultList()
                .stream()
                .map(BackupRecordRow::record)
                .toList());
    }

    public Health health(BackupPlan plan) {
        Optional<BackupRecord> newest = list(1).stream().findFirst();
        Optional<BackupRecord> newestGood = tx.inTransaction(em -> em.createQuery(
                        "select r from BackupRecordRow r " + "where r.status = :verified order by r.createdAt desc",
                        BackupRecordRow.class)
                .setParameter("verified", BackupStatus.VERIFIED)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(BackupRecordRow::record));
        return new Health(warning(plan, newest, newestGood), newestGood, newest);
    }

    private Optional<String> warning(BackupPlan plan, Optional<BackupRecord> newest, Optional<BackupRecord> good) {
        if (newest.isPresent() && newest.get().status() == BackupStatus.FAILED) {
            return Optional.of("The last backup failed: " + newest.get().detail());
        }
        if (good.isEmpty()) {
            return Optional.of(
                    plan.enabled()
                            ? "No backup has been taken and checked yet."
                            : "No backup has been taken and checked yet, and automatic backups are off: an admin can turn "
                                    + "them on in Settings ▸ Backups (Take a backup every day).");
        }
        Duration age = Duration.between(good.get().createdAt(), clock.instant());
        if (age.toHours() >= plan.maxAgeHours()) {
            return Optional.of("The newest good backup is " + inWords(age) + " old; the firm's plan allows "
                    + plan.maxAgeHours() + " hours.");
        }
        return Optional.empty();
    }

    static String inWords(Duration age) {
        long hours = age.toHours();
        return hours >= 48 ? hours / 24 + " days" : hours + (hours == 1 ? " hour" : " hours");
    }

    private static String folderOf(Path file) {
        return file.toAbsolutePath().getParent().toString();
    }

    public static List<Class<?>> entityClasses() {
        return List.of(BackupRecordRow.class, BackupScheduleRow.class);
    }
}
