package com.portaldesk.store;

import com.portaldesk.config.AppConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Rebuilds a lost or damaged key file from the recovery key. The key is checked against the database (the key check
 * value every PortalDesk database keeps) before anything is written, so a mistyped or another firm's key never
 * becomes this folder's key file; a damaged file is moved aside, never deleted.
 */
public final class KeyRecovery {
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    /** What was done, in a sentence for the person who asked. */
    public record Outcome(boolean written, String message) {}

    private KeyRecovery() {}

    public static Outcome restore(AppConfig config, byte[] key, Clock clock) {
        try (RawDatabase database = RawDatabase.open(config)) {
            byte[] stored = KeyGuard.readCheck(database.dataSource());
            if (stored == null) {
                throw new StorageException("The " + database.description() + " holds no PortalDesk data yet, so "
                        + "there is nothing to check the recovery key against. Nothing was written.");
            }
            if (!MessageDigest.isEqual(stored, new FieldCipher(key).keyCheck())) {
                throw new IllegalArgumentException("This recovery key does not belong to the " + database.description()
                        + ": it is another firm's, or from a database that was set up again. Nothing was written.");
            }
            Path dataDir = database.dataDir();
            Path keyFile = KeyFile.locate(dataDir);
            if (Files.exists(keyFile)) {
                if (holdsKey(dataDir, key)) {
                    return new Outcome(
                            false, "The key file " + keyFile + " already holds this key; nothing was changed.");
                }
                Path aside = keyFile.resolveSibling(KeyFile.FILE_NAME + ".replaced-" + STAMP.format(clock.instant()));
                move(keyFile, aside);
                KeyFile.write(dataDir, key);
                return new Outcome(
                        true,
                        "Rebuilt " + keyFile + " from the recovery key. The file that was there "
                                + "(damaged or another key) is kept as " + aside.getFileName() + ".");
            }
            KeyFile.write(dataDir, key);
            return new Outcome(true, "Rebuilt " + keyFile + " from the recovery key.");
        }
    }

    private static boolean holdsKey(Path dataDir, byte[] key) {
        try {
            return MessageDigest.isEqual(KeyFile.read(dataDir), key);
        } catch (StorageException damaged) {
            return false;
        }
    }

    private static void move(Path from, Path to) {
        try {
            Files.move(from, to);
        } catch (IOException e) {
            throw new StorageException(
                    "Cannot move the damaged key file " + from + " aside: " + e.getMessage() + ". Nothing was written.",
                    e);
        }
    }
}
