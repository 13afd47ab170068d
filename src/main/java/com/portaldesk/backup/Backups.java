package com.portaldesk.backup;

import com.portaldesk.audit.Actor;
import com.portaldesk.audit.AuditEventType;
import com.portaldesk.audit.AuditIntegrityException;
import com.portaldesk.audit.AuditLog;
import com.portaldesk.audit.AuditReason;
import com.portaldesk.audit.AuditRecord;
import com.portaldesk.config.AppConfig;
import com.portaldesk.config.AppVersion;
import com.portaldesk.store.Database;
import com.portaldesk.store.FieldCipher;
import com.portaldesk.store.KeyFile;
import com.portaldesk.store.OwnerOnlyFile;
import com.portaldesk.store.StorageException;
import com.portaldesk.store.TableDump;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes and checks backups of the database in use: one encrypted file each (decision 0014), written under a
 * temporary name and renamed only once complete, so a backup interrupted by anything (kill -9 included) never
 * leaves a file that looks finished. Every backup and every check is audited, failures with their reason.
 */
public final class Backups {
    public static final String EXTENSION = ".pdbackup";
    private static final String PARTIAL = ".partial";
    private static final Duration STALE_PARTIAL = Duration.ofHours(1);
    private static final DateTimeFormatter NAME_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);

    private final Database database;
    private final AppConfig config;
    private final AuditLog audit;
    private final Supplier<String> firmName;
    private final RestoredCheck restoredCheck;
    private final Clock clock;
    private final BackupHistory history;

    public Backups(
            Database database,
            AppConfig config,
            AuditLog audit,
            Supplier<String> firmName,
            RestoredCheck restoredCheck,
            Clock clock) {
        this.history = new BackupHistory(database.tx(), clock);
        this.database = database;
        this.config = config;
        this.audit = audit;
        this.firmName = firmName;
        this.restoredCheck = restoredCheck;
        this.clock = clock;
    }

    /** What one backup holds. */
    public record Created(Path file, long bytes, BackupManifest manifest) {}

    /** Where backups go when no folder is named: {@code backups} in the data folder. */
    public Path defaultFolder() {
        return config.dataDir().resolve("backups");
    }

    public BackupHistory history() {
        return history;
    }

    public Created create(Path folder, Actor actor) {
        return create(folder, actor, false);
    }

    /** A backup, then its check, as the schedule and "Back up now" take them; both recorded. */
    public VerifyReport createAndVerify(Path folder, Actor actor, boolean scheduled) {
        Created created = create(folder, actor, scheduled);
        return verify(created.file(), actor);
    }

    Created create(Path folder, Actor actor, boolean scheduled) {
        Path partial = null;
        try {
            OwnerOnlyFile.createFolders(folder);
            removeStalePartials(folder);
            String name = "portaldesk-backup-" + NAME_TIME.format(clock.instant()) + EXTENSION;
            Path file = uniqueName(folder.resolve(name));
            partial = file.resolveSibling(file.getFileName() + PARTIAL);
            BackupManifest manifest = write(partial, actor);
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            long bytes = Files.size(file);
            Created created = new Created(file, bytes, manifest);
            history.created(file, created, actor.name(), actor.terminalId(), scheduled);
            audit.record(AuditRecord.by(actor, AuditEventType.BACKUP_CREATED, AuditReason.STAFF_ACTION)
                    .withDetail(file.getFileName() + ": " + manifest.rows("contact") + " contacts, "
                            + manifest.auditEvents() + " audit events, " + bytes + " bytes, in " + folder));
            return created;
        } catch (IOException | RuntimeException e) {
            deleteQuietly(partial);
            String reason =
                    e instanceof IOException io ? "cannot write to " + folder + ": " + plain(io) : e.getMessage();
            recordFailure(actor, "Backup into " + folder + " failed: " + reason);
            try {
                history.failed(folder, reason, actor.name(), actor.terminalId(), scheduled);
            } catch (RuntimeException unrecorded) {
                LOG.warn("The failed backup could not be recorded: {}", unrecorded.getMessage(), unrecorded);
            }
            if (e instanceof IOException io) {
                throw new StorageException(
                        "Cannot write the backup into " + folder + ": " + plain(io) + ". Nothing was kept.", io);
            }
            throw (RuntimeException) e;
        }
    }

    /**
     * The whole database copied into another, empty one (the move to PostgreSQL): through a backup written to a
     * working folder in the data folder and removed afterwards. Not a backup the firm keeps, so not on the Backups
     * list; the copy is audited once it has been made and checked.
     */
    public Restore.Restored copyInto(AppConfig target, String targetDescription, Actor actor, RestoredCheck check) {
        Path scratch;
        try {
            scratch = Files.createTempDirectory(Files.createDirectories(config.dataDir()), "migrate-");
        } catch (IOException e) {
            throw new StorageException("Cannot make a working folder in " + config.dataDir() + ": " + plain(e), e);
        }
        try {
            Path file = scratch.resolve("copy" + EXTENSION);
            write(file, actor);
            Restore.Restored restored = Restore.restore(file, KeyFile.read(config.dataDir()), target, check, clock);
            if (restored.report().passed()) {
                audit.record(AuditRecord.by(actor, AuditEventType.DATABASE_COPIED, AuditReason.STAFF_ACTION)
                        .withDetail("Copied into " + targetDescription + ": "
                                + restored.report().summary()));
            }
            return restored;
        } catch (IOException e) {
            throw new StorageException("Cannot write the copy in " + scratch + ": " + plain(e), e);
        } finally {
            Restore.deleteTree(scratch);
        }
    }

    private BackupManifest write(Path partial, Actor actor) throws IOException {
        FieldCipher cipher = database.cipher();
        String checkpoint = checkpointIfSealed();
        // Owner-only from its first byte: with the recovery key or key file, a backup is every client's SSN.
        try (FileChannel channel = FileChannel.open(
                        partial,
                        Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                        OwnerOnlyFile.ownerOnly(partial.getParent()));
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
            TableDump.Snapshot described = TableDump.describe(database);
            BackupInfo info = new BackupInfo(
                    BackupCipher.FORMAT,
                    AppVersion.current(),
                    described.schemaVersion(),
                    described.engine(),
                    clock.instant().toString(),
                    actor.name(),
                    actor.terminalId(),
                    firmName.get());
            OutputStream encrypted = new BackupCipher(cipher).encrypt(out, BackupCipher.newSalt());
            BackupWriter writer = new BackupWriter(encrypted, info);
            TableDump.write(database, writer);
            BackupManifest manifest = writer.finish(checkpoint);
            encrypted.close(); // the last chunk; the file stays open until it is on disk
            channel.force(true); // on disk before it is renamed to look finished
            return manifest;
        }
    }

    /**
     * The checkpoint the backup carries. A log whose head no longer carries its seal gets none, but is still backed
     * up: a firm needs its backup most when something is wrong, and the backup's check then says what.
     */
    private String checkpointIfSealed() {
        try {
            return audit.checkpoint().code();
        } catch (AuditIntegrityException e) {
            LOG.warn("The backup carries no audit checkpoint: {}", e.getMessage(), e);
            return "";
        }
    }

    /**
     * Reads a backup through and checks it the way a restore would need it: every chunk's seal, the manifest's counts
     * and checksums, then restored into a temporary folder, where the audit log must verify (and reach the backup's
     * checkpoint) and every SSN must decrypt. The temporary folder is removed afterwards.
     */
    public VerifyReport verify(Path file, Actor actor) {
        try {
            VerifyReport report = Restore.verify(file, KeyFile.read(config.dataDir()), config, restoredCheck);
            history.checked(file, report.passed(), report.passed() ? "Checked: " + report.summary() : report.summary());
            audit.record(AuditRecord.by(
                            actor,
                            report.passed() ? AuditEventType.BACKUP_VERIFIED : AuditEventType.BACKUP_FAILED,
                            AuditReason.STAFF_ACTION)
                    .withDetail((report.passed() ? "Verified " : "Verify failed: ") + file.getFileName() + ": "
                            + report.summary()));
            return report;
        } catch (RuntimeException e) {
            recordFailure(actor, "Verify of " + file.getFileName() + " failed: " + e.getMessage());
            try {
                history.checked(file, false, e.getMessage());
            } catch (RuntimeException unrecorded) {
                LOG.warn("The failed check could not be recorded: {}", unrecorded.getMessage(), unrecorded);
            }
            throw e;
        }
    }

    /** The file system's reason without the path it repeats ("Not a directory", "Permission denied"). */
    private static String plain(IOException e) {
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "it does not exist";
        }
        return e.getMessage();
    }

    private void recordFailure(Actor actor, String detail) {
        try {
            audit.record(AuditRecord.by(actor, AuditEventType.BACKUP_FAILED, AuditReason.STAFF_ACTION)
                    .withDetail(detail));
        } catch (RuntimeException e) {
            LOG.warn("The failed backup could not be written to the audit log: {}", e.getMessage(), e);
        }
    }

    private static Path uniqueName(Path file) {
        Path candidate = file;
        for (int n = 2;
                Files.exists(candidate) || Files.exists(candidate.resolveSibling(candidate.getFileName() + PARTIAL));
                n++) {
            String name = file.getFileName().toString();
            candidate = file.resolveSibling(name.replace(EXTENSION, "-" + n + EXTENSION));
        }
        return candidate;
    }

    /** A partial file older than an hour is what a backup killed on the way left behind. */
    private void removeStalePartials(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(EXTENSION + PARTIAL))
                    .toList()) {
                if (Files.getLastModifiedTime(file)
                        .toInstant()
                        .isBefore(clock.instant().minus(STALE_PARTIAL))) {
                    deleteQuietly(file);
                }
            }
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warn("Cannot remove the unfinished backup {}: {}", file, e.getMessage(), e);
            }
        }
    }
}
