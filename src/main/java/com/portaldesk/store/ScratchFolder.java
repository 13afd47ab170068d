package com.portaldesk.store;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A working folder for checking and restoring backups: owner-only, beside or inside the data folder rather than in
 * the shared temporary folder, so nobody else can read what is unpacked there (a copy of the database and its key)
 * or swap a file between its check and its use. While in use, the folder holds a lock that the operating system
 * releases when the process ends, however it ends; the next PortalDesk start removes every such folder whose lock
 * is free, so a {@code kill -9} leaves nothing behind for long.
 */
public final class ScratchFolder implements AutoCloseable {
    static final String PREFIX = ".portaldesk-scratch-";
    private static final String LOCK = "in-use.lock";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger LOG = LoggerFactory.getLogger(ScratchFolder.class);

    private final Path folder;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final List<Copy> copies = new ArrayList<>();

    private ScratchFolder(Path folder, FileChannel lockChannel, FileLock lock) {
        this.folder = folder;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /** A new working folder in {@code parent} (made if missing). */
    public static ScratchFolder in(Path parent, String purpose) {
        try {
            OwnerOnlyFile.createFolders(parent);
            byte[] random = new byte[8];
            RANDOM.nextBytes(random);
            Path folder = parent.toAbsolutePath()
                    .resolve(PREFIX + purpose + "-" + HexFormat.of().formatHex(random));
            if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createDirectory(
                        folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectory(folder, OwnerOnlyFile.ownerOnly(parent));
            }
            FileChannel channel = FileChannel.open(
                    folder.resolve(LOCK),
                    Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                    OwnerOnlyFile.ownerOnly(folder));
            return new ScratchFolder(folder, channel, channel.lock());
        } catch (IOException e) {
            throw new StorageException("Cannot make a working folder in " + parent + ": " + e.getMessage(), e);
        }
    }

    public Path path() {
        return folder;
    }

    /**
     * Copies {@code source} into this folder, reading it once, and keeps the copy open: whatever is checked and loaded
     * afterwards is read through that one open file, which nobody else can change, not the original (which someone
     * could swap or change between two reads) and not a name (which someone could swap in a folder others can write).
     */
    public Copy copyIn(Path source, String name) {
        Path copy = folder.resolve(name);
        try (InputStream in = Files.newInputStream(source);
                OutputStream out = Files.newOutputStream(Files.createFile(copy, OwnerOnlyFile.ownerOnly(folder)))) {
            in.transferTo(out);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("There is no file " + source + ".");
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read " + source + ": " + e.getMessage(), e);
        }
        try {
            Copy opened = new Copy(FileChannel.open(copy, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS));
            copies.add(opened);
            return opened;
        } catch (IOException e) {
            throw new StorageException("Cannot open the working copy " + copy + ": " + e.getMessage(), e);
        }
    }

    /** A working copy, read from its start as often as needed through the one file opened when it was made. */
    public static final class Copy {
        private final FileChannel channel;

        private Copy(FileChannel channel) {
            this.channel = channel;
        }

        /** A stream over the whole copy; closing it leaves the copy open for the next read. */
        public InputStream read() throws IOException {
            channel.position(0);
            return new FilterInputStream(Channels.newInputStream(channel)) {
                @Override
                public void close() {
                    // the copy stays open until its working folder is closed
                }
            };
        }

        public long size() throws IOException {
            return channel.size();
        }
    }

    @Override
    public void close() {
        try {
            for (Copy copy : copies) {
                copy.channel.close();
            }
            lock.release();
            lockChannel.close();
        } catch (IOException e) {
            LOG.warn("Cannot release the working folder {}: {}", folder, e.getMessage(), e);
        }
        delete(folder);
    }

    /** Removes the working folders in {@code parent} that no running process holds (left by a killed one). */
    public static void removeStale(Path parent) {
        if (!Files.isDirectory(parent)) {
            return;
        }
        try (DirectoryStream<Path> found = Files.newDirectoryStream(parent, PREFIX + "*")) {
            for (Path folder : found) {
                if (ours(folder) && unused(folder)) {
                    LOG.info("Removing {}, left behind by a check or restore that did not finish", folder);
                    delete(folder);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("Cannot look for unfinished working folders in {}: {}", parent, e.getMessage(), e);
        }
    }

    /**
     * Whether a folder is one this account made and nobody else can have touched: a real folder (not a link), owned
     * by this account, owner-only. A folder of that name made by someone else (in a parent others can write to) is
     * left alone: removing it would follow whatever they put inside.
     */
    static boolean ours(Path folder) {
        try {
            if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                PosixFileAttributes attributes =
                        Files.readAttributes(folder, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                return attributes.isDirectory()
                        && attributes.owner().equals(OwnerOnlyFile.currentUser(folder))
                        && PosixFilePermissions.toString(attributes.permissions())
                                .equals("rwx------");
            }
            return Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
                    && Files.getOwner(folder, LinkOption.NOFOLLOW_LINKS).equals(OwnerOnlyFile.currentUser(folder));
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** Whether no process holds the folder's lock (a folder without one was left before it could take it). */
    private static boolean unused(Path folder) {
        Path lockFile = folder.resolve(LOCK);
        if (!Files.exists(lockFile, LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        if (!Files.isRegularFile(lockFile, LinkOption.NOFOLLOW_LINKS)) {
            return false; // a pipe or a link where the lock should be: not ours to open
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
                FileLock free = channel.tryLock()) {
            return free != null;
        } catch (OverlappingFileLockException e) {
            return false; // this very process holds it
        } catch (IOException e) {
            return false;
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.warn(
                    "Cannot remove the working folder {} (owner-only; the next start tries again): {}",
                    folder,
                    e.getMessage());
        }
    }
}
