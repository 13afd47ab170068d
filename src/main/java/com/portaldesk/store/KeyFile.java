package com.portaldesk.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The 256-bit master key in the data folder. It never goes into the database or the configuration, so a
 * copy of the database alone reveals no SSN. Created with owner-only permissions where the file system has
 * POSIX permissions; the parent folder should be backed up together with the database.
 */
public final class KeyFile {
    public static final String FILE_NAME = "portaldesk.key";
    private static final String HEADER = "PORTALDESK-KEY-V1";
    private static final int KEY_BYTES = 32;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Logger LOG = LoggerFactory.getLogger(KeyFile.class);

    private KeyFile() {}

    public static Path locate(Path dataDir) {
        return dataDir.resolve(FILE_NAME);
    }

    public static boolean exists(Path dataDir) {
        return Files.exists(locate(dataDir));
    }

    /** Writes a fresh random key; refuses to overwrite an existing file, so no key is ever lost. */
    public static byte[] create(Path dataDir) {
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        write(dataDir, key);
        LOG.info("Created a new encryption key file at {}", locate(dataDir));
        return key;
    }

    /** Writes a given key (rebuilt from a recovery key, or restored with a backup); never over an existing file. */
    public static void write(Path dataDir, byte[] key) {
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("A PortalDesk data key has " + KEY_BYTES + " bytes");
        }
        Path file = locate(dataDir);
        String content = HEADER + "\n" + Base64.getEncoder().encodeToString(key) + "\n";
        try {
            if (supportsPosix(dataDir)) {
                FileAttribute<Set<PosixFilePermission>> attribute = PosixFilePermissions.asFileAttribute(OWNER_ONLY);
                Files.createFile(file, attribute);
            } else {
                Files.createFile(file);
            }
            Files.writeString(file, content, StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (FileAlreadyExistsException e) {
            throw new StorageException(
                    "A key file already exists at " + file + "; PortalDesk never overwrites one.", e);
        } catch (IOException e) {
            throw new StorageException("PortalDesk cannot write its key file " + file + ": " + e.getMessage(), e);
        }
    }

    public static byte[] read(Path dataDir) {
        Path file = locate(dataDir);
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new StorageException("PortalDesk cannot read its key file " + file + ": " + e.getMessage(), e);
        }
        if (lines.size() < 2 || !HEADER.equals(lines.get(0).trim())) {
            throw new StorageException("The key file " + file + " is damaged (it does not start with " + HEADER
                    + "). Restore it from your backup.");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(lines.get(1).trim());
        } catch (IllegalArgumentException e) {
            throw new StorageException("The key file " + file + " is damaged. Restore it from your backup.", e);
        }
        if (key.length != KEY_BYTES) {
            Arrays.fill(key, (byte) 0);
            throw new StorageException(
                    "The key file " + file + " is damaged (wrong key length). Restore it from your backup.");
        }
        tightenPermissions(file);
        return key;
    }

    /** How the key file is protected, checked now: {@code sound} false when it is missing or others may read it. */
    public record Protection(boolean sound, String words) {}

    /** Who may read the key file, in words for a report, or why that could not be told. */
    public static Protection protection(Path dataDir) {
        Path file = locate(dataDir);
        if (!Files.isRegularFile(file)) {
            return new Protection(false, "missing: no key file at " + file);
        }
        if (!supportsPosix(file.getParent())) {
            return new Protection(
                    true,
                    "kept in the data folder; this system keeps permissions in access lists, "
                            + "which this check does not read");
        }
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            String shown = PosixFilePermissions.toString(permissions);
            return permissions.equals(OWNER_ONLY)
                    ? new Protection(true, "readable by its owner only (" + shown + ")")
                    : new Protection(false, "READABLE BY OTHERS (" + shown + "): it should be owner-only");
        } catch (IOException e) {
            return new Protection(false, "could not be checked: " + e.getMessage());
        }
    }

    private static void tightenPermissions(Path file) {
        try {
            if (supportsPosix(file.getParent())
                    && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
                Files.setPosixFilePermissions(file, OWNER_ONLY);
                LOG.warn("The key file {} was readable by others; its permissions are now owner-only", file);
            }
        } catch (IOException e) {
            LOG.warn("Cannot check the permissions of the key file {}: {}", file, e.getMessage(), e);
        }
    }

    private static boolean supportsPosix(Path folder) {
        return folder.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
