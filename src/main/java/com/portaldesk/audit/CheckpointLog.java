package com.portaldesk.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checkpoints written outside the database, one line each, in the data folder's logs/audit-checkpoints.log. Every
 * PortalDesk process writes one when it opens and when it closes, so this workstation remembers how far the shared
 * log had come; `audit verify` checks the log against the newest one here unless it is given another.
 */
public final class CheckpointLog {
    public static final String FILE_NAME = "audit-checkpoints.log";
    private static final Logger LOG = LoggerFactory.getLogger(CheckpointLog.class);

    private final Path file;

    public CheckpointLog(Path logsFolder) {
        this.file = logsFolder.resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    /** Appends a line; a failure to write is logged, never fatal (the database is the record, this is a witness). */
    public void append(Checkpoint checkpoint) {
        String line = checkpoint.time() + " audit checkpoint " + checkpoint.code() + System.lineSeparator();
        try {
            Files.createDirectories(file.getParent());
            if (!Files.exists(file) && file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            LOG.warn("Cannot write the audit checkpoint to {}: {}", file, e.getMessage());
        }
    }

    /** The checkpoint of the furthest event among the lines made with this firm's key; empty when there is none. */
    public Optional<Checkpoint> newest(AuditLog audit) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            List<Checkpoint> found = lines.map(Checkpoint::find).flatMap(Optional::stream).toList();
            return found.stream().filter(audit::authentic).max(Comparator.comparingLong(Checkpoint::seq)
                    .thenComparing(Checkpoint::time));
        } catch (IOException | java.io.UncheckedIOException e) {
            LOG.warn("Cannot read the audit checkpoints in {}: {}", file, e.getMessage());
            return Optional.empty();
        }
    }
}
