package com.portaldesk.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * How this process reaches the embedded database of a data folder: with the folder's own login, through a data
 * source that connects in turn with other PortalDesk processes, and, for a short command-line run, holding the turn
 * for the whole run unless a long-running program (staff app, kiosk) already hosts the database. See
 * {@link OpeningLock} for why.
 */
final class EmbeddedAccess {
    private final OpeningLock turns;
    private final TurnTakingDataSource source;
    private boolean holdingRun;

    private EmbeddedAccess(OpeningLock turns, TurnTakingDataSource source, boolean holdingRun) {
        this.turns = turns;
        this.source = source;
        this.holdingRun = holdingRun;
    }

    static EmbeddedAccess prepare(Path dataDir, boolean shortRun, Duration patience) {
        String url = Database.embeddedUrl(dataDir);
        OpeningLock turns = new OpeningLock(dataDir);
        if (shortRun) {
            turns.holdForRun(patience);
        }
        try {
            Database.Credentials login = EmbeddedLogin.of(dataDir);
            if (Files.exists(dataDir.resolve(Database.EMBEDDED_NAME + ".mv.db"))) {
                turns.hold(() -> {
                    EmbeddedLogin.adoptLegacyDatabase(url, login);
                    return null;
                });
            }
            Path lockFile = dataDir.resolve(Database.EMBEDDED_NAME + ".lock.db");
            return new EmbeddedAccess(turns, new TurnTakingDataSource(url, lockFile, login, turns), shortRun);
        } catch (SQLException | RuntimeException e) {
            if (shortRun) {
                turns.releaseRun();
            }
            throw e instanceof StorageException storage
                    ? storage
                    : new StorageException(DatabaseFailures.cannotOpen(e, "embedded database in " + dataDir), e);
        }
    }

    DataSource dataSource() {
        return source;
    }

    /**
     * Called once the first connection stands. A short run that joined a long-running host as its guest lets the
     * other short runs in at once; one that became the host keeps the turn, since it will close the database soon.
     */
    void connected() {
        if (holdingRun && !source.hosting()) {
            release();
        }
    }

    /** Whether this process opened the database itself, rather than joining another process that has it open. */
    boolean hosting() {
        return source.hosting();
    }

    /** Before the pool closes: the host lets guests' transactions under way finish (closing hands the database over). */
    void beforeClose(DataSource pool) {
        HandOver.waitForOthers(pool, Duration.ofSeconds(3));
    }

    /** After the pool closed, or opening failed. */
    void release() {
        if (holdingRun) {
            holdingRun = false;
            turns.releaseRun();
        }
    }
}
