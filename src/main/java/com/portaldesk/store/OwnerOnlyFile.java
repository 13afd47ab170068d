package com.portaldesk.store;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way PortalDesk creates a file that holds a secret or client data (backups, the recovery sheet, recovery
 * codes, exports, import reports, Safeguards reports, checkpoints). The file is owner-only from its first byte: it is
 * created new ({@code CREATE_NEW}, which never follows a link) under a temporary name in the target's own folder with
 * mode 0600 or, where the file system keeps access lists (Windows), an access list granting its owner alone; it is
 * written whole, forced to disk, then renamed over the target. A rename replaces the name, not the file behind it,
 * so a target that is a link to elsewhere, or another account's file with its own mode, is replaced, never written
 * through. PortalDesk's own key, password and database files are refused as targets ({@link OwnFiles}).
 */
public final class OwnerOnlyFile {
    private static final Logger LOG = LoggerFactory.getLogger(OwnerOnlyFile.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_NAME_IN_TEMPORARY = 80;

    /** What goes into the file; the stream is buffered, and closed by {@link #write}. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private OwnerOnlyFile() {}

    /** Writes {@code target} whole or not at all, owner-only from its first byte; the folder must exist. */
    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        if (folder == null) {
            throw new IllegalArgumentException(absolute + " is not a file's path.");
        }
        OwnFiles.refuse(absolute);
        if (Files.isDirectory(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw new IllegalArgumentException(absolute + " is a folder; give a file's name.");
        }
        Path partial = folder.resolve(temporaryName(absolute));
        try {
            try (FileChannel channel = FileChannel.open(
                            partial,
                            Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                            ownerOnly(folder));
                    OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
                content.writeTo(new FilterOutputStream(out) {
                    @Override
                    public void write(byte[] bytes, int offset, int length) throws IOException {
                        out.write(bytes, offset, length);
                    }

                    @Override
                    public void close() throws IOException {
                        flush(); // the file is closed here, after it is forced to disk, not by the content
                    }
                });
                out.flush();
                channel.force(true); // on disk before the name says it is finished
            }
            moveOver(partial, absolute);
        } catch (IOException | RuntimeException e) {
            deleteUnfinished(partial);
            throw e;
        }
    }

    public static void writeString(Path target, String text) throws IOException {
        write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Appends a line to a file that only this account may read (a log of checkpoints): created owner-only when
     * missing; never opened through a link; an existing file that others may read is tightened, with a warning,
     * since someone changed it.
     */
    public static void appendLine(Path file, String line) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        Set<OpenOption> options = Set.of(
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND,
                StandardOpenOption.WRITE,
                LinkOption.NOFOLLOW_LINKS);
        if (Files.isSymbolicLink(absolute)) {
            throw new IOException(absolute + " is a link; PortalDesk does not write through links.");
        }
        try (FileChannel channel = FileChannel.open(absolute, options, ownerOnly(absolute.getParent()))) {
            OwnerOnly.restrict(absolute)
                    .ifPresent(before -> LOG.warn(
                            "{} could be reached by other accounts ({}); "
                                    + "it is owner-only again. Someone changed its permissions: find out who.",
                            absolute,
                            before));
            channel.write(ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8)));
        }
    }

    /**
     * Makes the folders that are missing on the way to {@code folder} owner-only as they are made (a folder that
     * already exists keeps its permissions: it may be a share the firm set up).
     */
    public static void createFolders(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            return;
        }
        if (absolute.getParent() != null) {
            createFolders(absolute.getParent());
        }
        try {
            Files.createDirectory(absolute, ownerOnlyFolder(absolute.getParent()));
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(absolute)) {
                throw e;
            }
        }
    }

    private static FileAttribute<?> ownerOnlyFolder(Path parent) throws IOException {
        return parent.getFileSystem().supportedFileAttributeViews().contains("posix")
                ? PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))
                : ownerOnly(parent);
    }

    /** The attribute that makes a new file in {@code folder} owner-only as it is created. */
    public static FileAttribute<?> ownerOnly(Path folder) throws IOException {
        Set<String> views = folder.getFileSystem().supportedFileAttributeViews();
        if (views.contains("posix")) {
            return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
        }
        if (views.contains("acl")) {
            return ownerOnlyAcl(currentUser(folder));
        }
        throw new IOException("The file system of " + folder + " keeps neither permissions nor access lists, so "
                + "PortalDesk cannot keep a file there to its owner. Choose a folder on another drive.");
    }

    /** An access list with a single entry: the owner may do everything, nobody else anything. */
    static FileAttribute<List<AclEntry>> ownerOnlyAcl(UserPrincipal owner) {
        List<AclEntry> entries = List.of(AclEntry.newBuilder()
                .setType(AclEntryType.ALLOW)
                .setPrincipal(owner)
                .setPermissions(EnumSet.allOf(AclEntryPermission.class))
                .build());
        return new FileAttribute<>() {
            @Override
            public String name() {
                return "acl:acl";
            }

            @Override
            public List<AclEntry> value() {
                return entries;
            }
        };
    }

    /** Who this process runs as, in the terms of the folder's file system. */
    static UserPrincipal currentUser(Path folder) throws IOException {
        return folder.getFileSystem()
                .getUserPrincipalLookupService()
                .lookupPrincipalByName(System.getProperty("user.name"));
    }

    private static String temporaryName(Path target) {
        String name = target.getFileName().toString();
        String kept = name.length() > MAX_NAME_IN_TEMPORARY ? name.substring(0, MAX_NAME_IN_TEMPORARY) : name;
        byte[] random = new byte[6];
        RANDOM.nextBytes(random);
        return "." + kept + "." + HexFormat.of().formatHex(random) + ".partial";
    }

    private static void moveOver(Path partial, Path target) throws IOException {
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Some network shares cannot rename atomically; the name is still replaced, never written through.
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (FileAlreadyExistsException e) {
            throw new IOException(target + " exists and cannot be replaced.", e);
        }
    }

    private static void deleteUnfinished(Path partial) {
        try {
            Files.deleteIfExists(partial);
        } catch (IOException e) {
            LOG.warn("Cannot remove the unfinished file {} (owner-only): {}", partial, e.getMessage(), e);
        }
    }
}
