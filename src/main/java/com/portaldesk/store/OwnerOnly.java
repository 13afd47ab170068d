package com.portaldesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.List;
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

    private OwnerOnly() {
    }

    /** Creates a file that is owner-only from its first byte. Fails if it exists. */
    static void createFile(Path file) throws IOException {
        if (posix(file.getParent())) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
            restrict(file);
        }
    }

    /** The folder and everything directly in it (and in its logs folder), made owner-only; problems are logged. */
    public static void tighten(Path folder) {
        restrict(folder);
        for (Path entry : entries(folder)) {
            restrict(entry);
            if (Files.isDirectory(entry)) {
                entries(entry).forEach(OwnerOnly::restrict);
            }
        }
    }

    /** What a folder holds now; files other PortalDesk processes create and delete meanwhile are no problem. */
    private static List<Path> entries(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(path -> !path.getFileName().toString().startsWith(".write-check")).toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            LOG.warn("Cannot make everything in {} owner-only: {}", folder, e.getMessage());
            return List.of();
        }
    }

    private static void restrict(Path path) {
        try {
            if (posix(path)) {
                String wanted = Files.isDirectory(path) ? "rwx------" : "rw-------";
                if (!PosixFilePermissions.toString(Files.getPosixFilePermissions(path)).equals(wanted)) {
                    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(wanted));
                }
            } else if (Files.getFileAttributeView(path, AclFileAttributeView.class) != null) {
                AclFileAttributeView acl = Files.getFileAttributeView(path, AclFileAttributeView.class);
                UserPrincipal owner = Files.getOwner(path);
                acl.setAcl(List.of(AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(owner)
                        .setPermissions(EnumSet.allOf(AclEntryPermission.class)).build()));
            }
        } catch (java.nio.file.NoSuchFileException e) {
            // gone meanwhile (another PortalDesk process's short-lived file): nothing to protect
        } catch (IOException | UnsupportedOperationException e) {
            LOG.warn("Cannot make {} owner-only: {}", path, e.getMessage());
        }
    }

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
