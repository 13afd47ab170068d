package com.portaldesk.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The per-user data folder: created on first run, checked to be writable before anything else, and kept to its
 * owner (see {@link OwnerOnly}).
 */
public final class DataFolder {
    private DataFolder() {}

    public static Path prepare(Path folder) {
        Path absolute = folder.toAbsolutePath();
        try {
            OwnerOnlyFile.createFolders(absolute);
        } catch (IOException e) {
            throw new StorageException(
                    "PortalDesk cannot create its data folder " + absolute + " (" + describe(e)
                            + "). Choose another folder with --data-dir or data.dir in config.properties.",
                    e);
        }
        if (!Files.isDirectory(absolute)) {
            throw new StorageException("The data folder " + absolute + " is a file, not a folder.");
        }
        try {
            Path probe = Files.createTempFile(absolute, ".write-check", ".tmp");
            Files.delete(probe);
        } catch (IOException e) {
            throw new StorageException(
                    "PortalDesk cannot write to its data folder " + absolute + " (" + describe(e)
                            + "). Check the folder's permissions, or choose another folder with --data-dir.",
                    e);
        }
        remember(absolute, OwnerOnly.tighten(absolute));
        ScratchFolder.removeStale(absolute);
        if (absolute.getParent() != null) {
            ScratchFolder.removeStale(absolute.getParent()); // where a restore into this folder works
        }
        return absolute;
    }

    /** What had to be made owner-only again in each data folder since this process started (see OwnerOnly). */
    private static final Map<Path, List<String>> REPAIRED = new ConcurrentHashMap<>();

    static void remember(Path folder, List<String> repaired) {
        if (!repaired.isEmpty()) {
            REPAIRED.merge(
                    folder,
                    repaired,
                    (before, now) -> Stream.concat(before.stream(), now.stream())
                            .distinct()
                            .toList());
        }
    }

    /**
     * The files and folders in {@code folder} whose permissions someone else loosened and this process tightened
     * again, in words, for the dashboard: a warning, since it means someone changed them.
     */
    public static List<String> repairedPermissions(Path folder) {
        return REPAIRED.getOrDefault(folder.toAbsolutePath(), List.of());
    }

    private static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "that location cannot hold a folder";
        }
        if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return fileSystem.getReason().toLowerCase(Locale.ROOT);
        }
        return e.getMessage() == null ? "input/output error" : e.getMessage();
    }
}
