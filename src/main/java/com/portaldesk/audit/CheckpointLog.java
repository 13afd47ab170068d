package com.portaldesk.audit;

import com.portaldesk.store.OwnerOnlyFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checkpoints written outside the database, one line each, in the data folder's logs/audit-checkpoints.log. Every
 * PortalDesk process writes one when it opens and when it closes, so this workstation remembers how far the shared
 * log had come; `audit verify` checks the log against every one here, and any it is given.
 *
 * <p>Each line names the database it is about (a short digest of how the workstation reaches it): after `migrate`
 * moves a firm from the embedded database to PostgreSQL, the two logs share their first events and then go their own
 * ways, and the embedded database's checkpoints say nothing about the PostgreSQL one. Lines written before databases
 * were named (PortalDesk before schema 21) are taken to be about the embedded database, which every data folder
 * starts with.
 */
public final class CheckpointLog {
    public static final String FILE_NAME = "audit-checkpoints.log";
    private static final Logger LOG = LoggerFactory.getLogger(CheckpointLog.class);
    private static final Pattern DATABASE_TAG = Pattern.compile(" database ([0-9a-f]{16})\\b");

    private final Path file;
    private final String database;
    private final boolean embedded;

    /**
     * @param database how this process reaches its database (Database.description()); only its digest is written
     * @param embedded whether that is the data folder's embedded database
     */
    public CheckpointLog(Path logsFolder, String database, boolean embedded) {
        this.file = logsFolder.resolve(FILE_NAME);
        this.database = tag(database);
        this.embedded = embedded;
    }

    public Path file() {
        return file;
    }

    /**
     * Appends a line; the file is owner-only from its first byte and never written through a link. A failure to
     * write is logged, never fatal: the database is the record, this is a witness.
     */
    public void append(Checkpoint checkpoint) {
        String line = checkpoint.time() + " audit checkpoint " + checkpoint.code() + " database " + database
                + System.lineSeparator();
        try {
            OwnerOnlyFile.createFolders(file.getParent());
            OwnerOnlyFile.appendLine(file, line);
        } catch (IOException e) {
            LOG.warn("Cannot write the audit checkpoint to {}: {}", file, e.getMessage(), e);
        }
    }

    /** Every checkpoint this workstation kept about this database, made with any key (verification sorts them). */
    public List<Checkpoint> all() {
        return read(true);
    }

    /** How many lines are about another database (one this data folder used before, or reaches another way). */
    public int aboutOtherDatabases() {
        return read(false).size();
    }

    private List<Checkpoint> read(boolean ours) {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        List<Checkpoint> found = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                Matcher tagged = DATABASE_TAG.matcher(line);
                boolean about = tagged.find() ? tagged.group(1).equals(database) : embedded;
                if (about == ours) {
                    Checkpoint.find(line).ifPresent(found::add);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("Cannot read the audit checkpoints in {}: {}", file, e.getMessage(), e);
            return List.of();
        }
        return List.copyOf(found);
    }

    /** The checkpoint of the furthest event among the lines made with this firm's key; empty when there is none. */
    public Optional<Checkpoint> newest(AuditLog audit) {
        return all().stream()
                .filter(audit::authentic)
                .max(Comparator.comparingLong(Checkpoint::seq).thenComparing(Checkpoint::time));
    }

    private static String tag(String database) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(database.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
