package com.portaldesk.store;

import com.portaldesk.config.AppConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * A database's connections before anything is checked or changed: no key check, no migrations, no Hibernate. For
 * the work that must look before it may open the database the usual way: rebuilding a key file from a recovery key
 * (checked against the database first) and restoring a backup into an empty database.
 */
final class RawDatabase implements AutoCloseable {
    private final HikariDataSource pool;
    private final EmbeddedAccess access;
    private final String description;
    private final Path dataDir;
    private final String sessionName;

    private RawDatabase(
            HikariDataSource pool, EmbeddedAccess access, String description, Path dataDir, String sessionName) {
        this.sessionName = sessionName;
        this.pool = pool;
        this.access = access;
        this.description = description;
        this.dataDir = dataDir;
    }

    static RawDatabase open(AppConfig config) {
        Path dataDir = DataFolder.prepare(config.dataDir());
        boolean embedded = config.dbUrl().isEmpty();
        String description = Database.describe(config, dataDir);
        EmbeddedAccess access = embedded ? EmbeddedAccess.prepare(dataDir, true, Database.RUN_PATIENCE) : null;
        try {
            // Named, so that the check for other sessions (a restore) does not count this pool's own.
            String name = "PortalDesk restore " + UUID.randomUUID();
            HikariDataSource pool = Database.connect(config, access, description, name);
            if (access != null) {
                access.connected();
            }
            return new RawDatabase(pool, access, description, dataDir, name);
        } catch (RuntimeException e) {
            if (access != null) {
                access.release();
            }
            throw e;
        }
    }

    DataSource dataSource() {
        return pool;
    }

    /** How PostgreSQL names this pool's sessions (application_name). */
    String sessionName() {
        return sessionName;
    }

    String description() {
        return description;
    }

    Path dataDir() {
        return dataDir;
    }

    boolean embedded() {
        return access != null;
    }

    /** For the embedded database: whether this process opened it, so no other program had it open. */
    boolean hostedHere() {
        try {
            pool.getConnection().close(); // the first connection decides who hosts
        } catch (SQLException e) {
            throw new StorageException("Cannot open the " + description + ": " + DatabaseFailures.rootMessage(e), e);
        }
        return access.hosting();
    }

    @Override
    public void close() {
        if (access != null) {
            access.beforeClose(pool);
        }
        pool.close();
        if (access != null) {
            access.release();
        }
    }
}
