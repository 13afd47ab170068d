package com.portaldesk.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.LinkOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import com.portaldesk.store.OwnerOnlyFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checkpoints written outside the database, one line each, in the data folder's logs/audit-checkpoints.log. Every
 * PortalDesk process writes one when it opens and when it closes, so this workstation remembers how far the shared
 * log had come; `audit verify` checks the log against every one here, and any it is given.
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

    /**
     * Appends a line; the file is owner-only from its first byte and never written through a link. A failure to
     * write is logged, never fatal: the database is the record, this is a witness.
     */
    public void append(Checkpoint checkpoint) {
        String line = checkpoint.time() + " audit checkpoint " + checkpoint.code() + System.lineSeparator();
        try {
            Files.createDirectories(file.getParent());
            OwnerOnlyFile.appendLine(file, line);
        } catch (IOException e) {
            LOG.warn("Cannot write the audit checkpoint to {}: {}", file, e.getMessage());
        }
    }

    /** Every checkpoint code in this workstation's log, made with any key; verification leaves out foreign ones. */
    public List<Checkpoint> all() {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        try {
            return Checkpoint.findAll(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | java.io.UncheckedIOException e) {
            LOG.warn("Cannot read the audit checkpoints in {}: {}", file, e.getMessage());
            return List.of();
        }
    }

    /** The checkpoint of the furthest event among the lines made with this firm's key; empty when there is none. */
    public Optional<Checkpoint> newest(AuditLog audit) {
        return all().stream().filter(audit::authentic).max(Comparator.comparingLong(Checkpoint::seq)
                .thenComparing(Checkpoint::time));
    }
}
