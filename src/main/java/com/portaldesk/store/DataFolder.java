package com.portaldesk.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The per-user data folder: created on first run, checked to be writable before anything else, and kept to its
 * owner (see {@link OwnerOnly}).
 */
public final class DataFolder {
    private DataFolder() {
    }

    public static Path prepare(Path folder) {
        Path absolute = folder.toAbsolutePath();
        try {
            Files.createDirectories(absolute);
        } catch (IOException e) {
            throw new StorageException("PortalDesk cannot create its data folder " + absolute + " ("
                    + describe(e) + "). Choose another folder with --data-dir or data.dir in config.properties.", e);
        }
        if (!Files.isDirectory(absolute)) {
            throw new StorageException("The data folder " + absolute + " is a file, not a folder.");
        }
        try {
            Path probe = Files.createTempFile(absolute, ".write-check", ".tmp");
            Files.delete(probe);
        } catch (IOException e) {
            throw new StorageException("PortalDesk cannot write to its data folder " + absolute + " ("
                    + describe(e) + "). Check the folder's permissions, or choose another folder with --data-dir.", e);
        }
        OwnerOnly.tighten(absolute);
        return absolute;
    }

    private static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "that location cannot hold a folder";
        }
        if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return fileSystem.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        return e.getMessage() == null ? "input/output error" : e.getMessage();
    }
}
