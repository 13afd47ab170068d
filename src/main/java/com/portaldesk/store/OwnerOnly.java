package com.portaldesk.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the data folder to its owner: 0700 for folders and 0600 for files where the file system has POSIX
 * permissions, an ACL granting only the owner where it has ACLs instead (Windows). The folder holds the database,
 * the key file and the database password; another account on the same computer must not read any of them.
 */
public final class OwnerOnly {
    private static final Logger LOG = LoggerFactory.getLogger(OwnerOnly.class);

    private OwnerOnly() {}

    /** Creates a file that is owner-only from its first byte. Fails if it exists. */
    static void createFile(Path file) throws IOException {
        if (posix(file.getParent())) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
            restrict(file);
        }
    }

    /**
     * The folder and everything directly in it (and in its logs folder), made owner-only. Returns what had to be
     * tightened among the files PortalDesk itself makes owner-only (the folder, its logs folder, the key, the
     * database password, the database, the checkpoint log), in words: since PortalDesk made them owner-only, someone
     * or something else loosened them, and the caller shows that (log and dashboard) rather than hiding it. Files
     * other software makes inside the owner-only folder (the database engine's lock and trace files, rotated logs)
     * are tightened without a warning: they are created with the account's default mode, which says nothing.
     */
    public static List<String> tighten(Path folder) {
        List<String> repaired = new ArrayList<>();
        restrict(folder, repaired, true);
        for (Path entry : entries(folder)) {
            restrict(entry, repaired, WATCHED.contains(entry.getFileName().toString()));
            if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                entries(entry)
                        .forEach(inner -> restrict(
                                inner, repaired, WATCHED.contains(entry.getFileName() + "/" + inner.getFileName())));
            }
        }
        return List.copyOf(repaired);
    }

    /** What PortalDesk makes owner-only itself, so that finding it loosened means someone changed it. */
    private static final Set<String> WATCHED = Set.of(
            "logs",
            "backups",
            KeyFile.FILE_NAME,
            EmbeddedLogin.FILE_NAME,
            Database.EMBEDDED_NAME + ".mv.db",
            "logs/audit-checkpoints.log");

    /** Everything in the folder made owner-only again, without a warning: files this very start just made. */
    public static void tightenQuietly(Path folder) {
        List<String> ignored = new ArrayList<>();
        restrict(folder, ignored, false);
        for (Path entry : entries(folder)) {
            restrict(entry, ignored, false);
            if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                entries(entry).forEach(inner -> restrict(inner, ignored, false));
            }
        }
    }

    /** What a folder holds now; files other PortalDesk processes create and delete meanwhile are no problem. */
    private static List<Path> entries(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(path -> !path.getFileName().toString().startsWith(".write-check"))
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("Cannot make everything in {} owner-only: {}", folder, e.getMessage(), e);
            return List.of();
        }
    }

    private static void restrict(Path path, List<String> repaired, boolean watched) {
        try {
            restrict(path).ifPresent(before -> {
                if (watched) {
                    LOG.warn(
                            "{} could be reached by other accounts ({}); it is owner-only again. PortalDesk made it "
                                    + "owner-only, so someone or something changed it: find out who.",
                            path,
                            before);
                    repaired.add(path + " (was " + before + ")");
                } else {
                    LOG.debug("{} made owner-only (it was {})", path, before);
                }
            });
        } catch (NoSuchFileException e) {
            // gone meanwhile (another PortalDesk process's short-lived file): nothing to protect
        } catch (IOException | UnsupportedOperationException e) {
            LOG.warn("Cannot make {} owner-only: {}", path, e.getMessage(), e);
        }
    }

    /**
     * Makes one file or folder owner-only, never through a link (a link is left alone: following it would change
     * whatever it points at). Returns how it was when it had to be changed, empty when it already was owner-only.
     */
    static Optional<String> restrict(Path path) throws IOException {
        if (Files.isSymbolicLink(path)) {
            return Optional.empty();
        }
        if (posix(path)) {
            String wanted = Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) ? "rwx------" : "rw-------";
            String now = PosixFilePermissions.toString(Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS));
            if (now.equals(wanted)) {
                return Optional.empty();
            }
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(wanted));
            return Optional.of(now);
        }
        AclFileAttributeView acl =
                Files.getFileAttributeView(path, AclFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (acl == null) {
            return Optional.empty();
        }
        UserPrincipal owner = acl.getOwner();
        List<AclEntry> wanted = List.of(AclEntry.newBuilder()
                .setType(AclEntryType.ALLOW)
                .setPrincipal(owner)
                .setPermissions(EnumSet.allOf(AclEntryPermission.class))
                .build());
        List<AclEntry> now = acl.getAcl();
        if (now.equals(wanted)) {
            return Optional.empty();
        }
        acl.setAcl(wanted);
        return Optional.of("an access list of " + now.size() + " entries");
    }

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
