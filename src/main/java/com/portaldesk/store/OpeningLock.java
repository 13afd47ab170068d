package com.portaldesk.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Turns at the embedded database of a data folder, taken with an operating-system lock on a file of our own.
 *
 * <p>H2 decides which process hosts the shared database through its own lock file and refuses with "lock file
 * recently modified" whenever that file changed in the last two seconds; processes that start together keep it
 * changing. So connections are made in turn ({@link #hold}). And a short command-line run that finds no host keeps
 * the turn for its whole run ({@link #holdForRun}): it would otherwise become the host of others and break their
 * connections when it exits a second later. Short runs therefore queue behind each other (each takes a second or
 * two), while the staff app and the kiosk, which host for hours, let everyone in as guests.
 */
final class OpeningLock {
    static final String FILE_NAME = "portaldesk.open-lock";
    private static final Map<Path, Turn> TURNS = new ConcurrentHashMap<>();

    private final Path file;

    OpeningLock(Path dataDir) {
        this.file = dataDir.resolve(FILE_NAME).toAbsolutePath();
    }

    /** Work that opens or closes a connection. */
    interface Step<T> {
        T run() throws SQLException;
    }

    /** Runs the step in turn with other processes (directly when this process holds the turn for its run). */
    <T> T hold(Step<T> step) throws SQLException {
        Turn turn = turn();
        turn.inProcess.lock();
        try {
            if (turn.runHolds > 0) {
                return step.run();
            }
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                FileLock lock = channel.lock();
                try {
                    return step.run();
                } finally {
                    lock.release();
                }
            } catch (IOException e) {
                throw new SQLException("Cannot take turns on " + file + ": " + e.getMessage(), "08000", e);
            }
        } finally {
            turn.inProcess.unlock();
        }
    }

    /** Takes the turn until {@link #releaseRun()}; waits at most {@code patience} for other runs to finish. */
    void holdForRun(Duration patience) {
        Turn turn = turn();
        turn.inProcess.lock();
        try {
            if (turn.runHolds == 0) {
                turn.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                turn.lock = waitFor(turn.channel, patience);
            }
            turn.runHolds++;
        } catch (IOException e) {
            closeQuietly(turn);
            throw new StorageException("Cannot take turns on " + file + ": " + e.getMessage(), e);
        } finally {
            turn.inProcess.unlock();
        }
    }

    void releaseRun() {
        Turn turn = turn();
        turn.inProcess.lock();
        try {
            if (turn.runHolds > 0 && --turn.runHolds == 0) {
                closeQuietly(turn);
            }
        } finally {
            turn.inProcess.unlock();
        }
    }

    private FileLock waitFor(FileChannel channel, Duration patience) throws IOException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return lock;
            }
            if (System.nanoTime() > deadline) {
                channel.close();
                throw new StorageException("Other PortalDesk commands have used the embedded database in "
                        + file.getParent() + " for over " + patience.toSeconds() + " s (a long import?). Try again "
                        + "when they are done.");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                channel.close();
                throw new StorageException("Interrupted while waiting for the database.", e);
            }
        }
    }

    private static void closeQuietly(Turn turn) {
        try {
            if (turn.channel != null) {
                turn.channel.close(); // releases the lock too
            }
        } catch (IOException ignored) {
            // the operating system releases the lock with the process anyway
        } finally {
            turn.channel = null;
            turn.lock = null;
        }
    }

    private Turn turn() {
        return TURNS.computeIfAbsent(file, f -> new Turn());
    }

    /** This process's state for one data folder: Java allows one lock per file and process, shared by threads. */
    private static final class Turn {
        final ReentrantLock inProcess = new ReentrantLock();
        int runHolds;
        FileChannel channel;
        FileLock lock;
    }
}
