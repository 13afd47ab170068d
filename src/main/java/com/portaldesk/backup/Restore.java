package com.portaldesk.backup;

import com.portaldesk.config.AppConfig;
import com.portaldesk.config.ConfigKey;
import com.portaldesk.store.FieldCipher;
import com.portaldesk.store.KeyFile;
import com.portaldesk.store.RestoreTarget;
import com.portaldesk.store.ScratchFolder;
import com.portaldesk.store.StorageException;
import com.portaldesk.store.TableLoad;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Puts a backup back: always read through and checked first (nothing is written from a file that is damaged, cut
 * short or another firm's), then loaded into an empty database at the backup's schema version, then opened the
 * usual way, which migrates it to this version, and checked. An embedded data folder that holds data is moved
 * aside first, never deleted, and moved back if the restore fails.
 */
public final class Restore {
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    /** What a restore did. */
    public record Restored(VerifyReport report, Path movedAside) {}

    private Restore() {}

    /** Reads the backup's description and checks the whole file with this key, writing nothing. */
    public static BackupInfo check(Path file, byte[] key) {
        return readThrough(BackupReader.open(file, new BackupCipher(new FieldCipher(key))), file)
                .info();
    }

    /**
     * Restores {@code file}: read once, into an owner-only working folder beside the data folder, and everything
     * after (the check, the load) uses that copy, so a file changed while the restore runs cannot be loaded unchecked.
     */
    public static Restored restore(Path file, byte[] key, AppConfig target, RestoredCheck check, Clock clock) {
        BackupCipher cipher = new BackupCipher(new FieldCipher(key));
        Path dataDir = target.dataDir().toAbsolutePath();
        try (ScratchFolder scratch =
                ScratchFolder.in(dataDir.getParent() == null ? dataDir : dataDir.getParent(), "restore")) {
            ScratchFolder.Copy copy = scratch.copyIn(file, "backup" + Backups.EXTENSION);
            Read read = readThrough(BackupReader.open(copy, cipher), file);
            boolean embedded = target.dbUrl().isEmpty();
            if (!embedded && KeyFile.exists(dataDir) && !MessageDigest.isEqual(KeyFile.read(dataDir), key)) {
                throw new IllegalArgumentException("This workstation's key file " + KeyFile.locate(dataDir) + " is "
                        + "not the backup's key. Move it away first (the restored database needs the backup's key on "
                        + "every workstation). Nothing was changed.");
            }
            Path aside = embedded && holdsData(dataDir) ? moveAside(dataDir, target, clock) : null;
            try {
                Map<String, Long> loaded = load(copy, cipher, read.info(), target, file);
                if (!KeyFile.exists(dataDir)) {
                    KeyFile.write(dataDir, key);
                }
                String note = "Restored " + file.getFileName() + " (made "
                        + read.info().created() + " by "
                        + read.info().createdBy() + " at " + read.info().terminal() + ", schema "
                        + read.info().schemaVersion() + ")"
                        + (aside == null ? "" : "; the data before is kept in " + aside);
                RestoredCheck.Result result =
                        check.check(target, read.manifest().checkpoint(), note);
                return new Restored(report(read, loaded, result), aside);
            } catch (RuntimeException e) {
                if (aside != null) {
                    putBack(dataDir, aside);
                }
                throw e;
            }
        }
    }

    /**
     * Checks a backup by restoring it into an embedded database in an owner-only working folder inside the data
     * folder (never the shared temporary folder: the copy holds every client and the key), removed afterwards, or
     * at the next start when this process was killed.
     */
    static VerifyReport verify(Path file, byte[] key, AppConfig base, RestoredCheck check) {
        BackupCipher cipher = new BackupCipher(new FieldCipher(key));
        try (ScratchFolder scratch = ScratchFolder.in(base.dataDir(), "verify")) {
            ScratchFolder.Copy copy = scratch.copyIn(file, "backup" + Backups.EXTENSION);
            Read read = readThrough(BackupReader.open(copy, cipher), file);
            Path database = scratch.path().resolve("database");
            // The embedded database in a folder of its own, whatever the workstation normally uses.
            AppConfig scratchConfig = base.withValues(Map.of(
                    ConfigKey.DATA_DIR,
                    database.toString(),
                    ConfigKey.DB_URL,
                    "",
                    ConfigKey.DB_USER,
                    "",
                    ConfigKey.DB_PASSWORD,
                    ""));
            Map<String, Long> loaded = load(copy, cipher, read.info(), scratchConfig, file);
            KeyFile.write(database, key);
            return report(
                    read, loaded, check.check(scratchConfig, read.manifest().checkpoint(), null));
        }
    }

    private record Read(BackupInfo info, BackupManifest manifest) {}

    /** Reads a backup through; messages name {@code shown}, the file the person gave. */
    private static Read readThrough(BackupReader opened, Path shown) {
        try (BackupReader reader = opened) {
            while (reader.nextTable() != null) {
                while (reader.nextRow() != null) {
                    // every row read, so every chunk's seal and the manifest's counts are checked
                }
            }
            return new Read(reader.info(), reader.manifest());
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read " + shown + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, Long> load(
            ScratchFolder.Copy copy, BackupCipher cipher, BackupInfo info, AppConfig target, Path shown) {
        try (RestoreTarget into = RestoreTarget.openEmpty(target);
                BackupReader reader = BackupReader.open(copy, cipher)) {
            into.checkVersionKnown(info.schemaVersion());
            return TableLoad.load(into, info.schemaVersion(), reader);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read " + shown + ": " + e.getMessage(), e);
        }
    }

    private static VerifyReport report(Read read, Map<String, Long> loaded, RestoredCheck.Result result) {
        List<String> problems = new ArrayList<>();
        read.manifest().tables().forEach((table, entry) -> {
            long rows = loaded.getOrDefault(table, 0L);
            if (rows != entry.rows()) {
                problems.add(table + ": " + rows + " rows restored, " + entry.rows() + " in the backup");
            }
        });
        if (!result.chainIntact()) {
            problems.add("audit log: " + result.chainMessage());
        }
        if (result.secretsFailed() > 0) {
            problems.add(result.secretsFailed() + " SSNs or PINs do not open with the key");
        }
        return new VerifyReport(read.info(), read.manifest(), loaded, result, List.copyOf(problems));
    }

    private static boolean holdsData(Path dataDir) {
        if (!Files.isDirectory(dataDir)) {
            return false;
        }
        try (Stream<Path> files = Files.list(dataDir)) {
            return files.findAny().isPresent();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot look into " + dataDir, e);
        }
    }

    /** The current data, kept whole beside the folder; refused while a PortalDesk program has it open. */
    private static Path moveAside(Path dataDir, AppConfig target, Clock clock) {
        if (Files.exists(dataDir.resolve("portaldesk.mv.db"))) {
            RestoreTarget.refuseIfInUse(target);
        }
        Path aside = dataDir.resolveSibling(dataDir.getFileName() + ".before-restore-" + STAMP.format(clock.instant()));
        try {
            Files.move(dataDir, aside);
            return aside;
        } catch (IOException e) {
            throw new StorageException(
                    "Cannot move the current data folder " + dataDir + " aside (" + e.getMessage()
                            + "). Nothing was changed.",
                    e);
        }
    }

    private static void putBack(Path dataDir, Path aside) {
        deleteTree(dataDir);
        try {
            Files.move(aside, dataDir);
        } catch (IOException e) {
            throw new StorageException(
                    "The restore failed, and the data folder that was moved aside could not be "
                            + "moved back: it is whole in " + aside + "; move it back to " + dataDir + " by hand.",
                    e);
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove " + root, e);
        }
    }
}
