package com.portaldesk.store;

import com.portaldesk.config.AppConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The database a backup is restored into, or the embedded database is moved to: it must be empty (PortalDesk never
 * writes over data) and no other program may be using it, checked before anything is written.
 */
public final class RestoreTarget implements AutoCloseable {
    private final RawDatabase database;

    private RestoreTarget(RawDatabase database) {
        this.database = database;
    }

    /** Opens the configured database and refuses it unless it holds no tables and no other program is connected. */
    public static RestoreTarget openEmpty(AppConfig config) {
        RawDatabase database = RawDatabase.open(config);
        try {
            if (database.embedded() ? !database.hostedHere() : othersConnected(database)) {
                throw inUse(database);
            }
            int tables = tableCount(database);
            if (tables > 0) {
                throw new StorageException("The " + database.description() + " is not empty (" + tables + " tables). "
                        + "A restore goes into an empty database only, so nothing is ever written over: use a new "
                        + "data folder, or a new PostgreSQL database or schema. Nothing was changed.");
            }
            return new RestoreTarget(database);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /**
     * Whether the configured database already holds PortalDesk's schema (and the data folder its key): where a
     * refused restore can be recorded without creating anything.
     */
    public static boolean holdsPortalDesk(AppConfig config) {
        if (!KeyFile.exists(config.dataDir())) {
            return false;
        }
        if (config.dbUrl().isEmpty()) {
            return Files.exists(config.dataDir().resolve(Database.EMBEDDED_NAME + ".mv.db"));
        }
        try (RawDatabase database = RawDatabase.open(config)) {
            return SchemaMigration.currentVersion(database.dataSource()).isPresent();
        } catch (StorageException e) {
            return false;
        }
    }

    /** Refuses an embedded database another PortalDesk program has open (checked before its folder is moved). */
    public static void refuseIfInUse(AppConfig config) {
        try (RawDatabase database = RawDatabase.open(config)) {
            if (!database.hostedHere()) {
                throw inUse(database);
            }
        }
    }

    private static StorageException inUse(RawDatabase database) {
        return new StorageException("Other programs are using the " + database.description() + ". Close "
                + "PortalDesk everywhere it uses this database (the Workstations screen lists them), then "
                + "try again. Nothing was changed.");
    }

    /** Whether a database of this schema version can be made by this program (not one a newer PortalDesk made). */
    public void checkVersionKnown(String schemaVersion) {
        String newest = SchemaMigration.newestKnownVersion(database.dataSource());
        if (Integer.parseInt(schemaVersion) > Integer.parseInt(newest)) {
            throw new StorageException("This backup was made by a newer PortalDesk (schema " + schemaVersion + "); "
                    + "this one knows schema " + newest + " at most. Restore it with that version or a newer one. "
                    + "Nothing was changed.");
        }
    }

    RawDatabase database() {
        return database;
    }

    public Path dataDir() {
        return database.dataDir();
    }

    public String description() {
        return database.description();
    }

    private static boolean othersConnected(RawDatabase database) {
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM pg_stat_activity "
                        + "WHERE datname = current_database() AND usename = current_user AND application_name <> ?")) {
            query.setString(1, database.sessionName());
            boolean others;
            try (ResultSet row = query.executeQuery()) {
                row.next();
                others = row.getLong(1) > 0;
            }
            connection.rollback();
            return others;
        } catch (SQLException e) {
            throw new StorageException(
                    "Cannot check who uses the " + database.description() + ": " + DatabaseFailures.rootMessage(e), e);
        }
    }

    private static int tableCount(RawDatabase database) {
        try (Connection connection = database.dataSource().getConnection()) {
            int count = 0;
            try (ResultSet tables = connection
                    .getMetaData()
                    .getTables(null, connection.getSchema(), "%", new String[] {"TABLE", "BASE TABLE"})) {
                while (tables.next()) {
                    count++;
                }
            }
            connection.rollback();
            return count;
        } catch (SQLException e) {
            throw new StorageException(
                    "Cannot look into the " + database.description() + ": " + DatabaseFailures.rootMessage(e), e);
        }
    }

    @Override
    public void close() {
        database.close();
        if (database.embedded()) {
            // The database engine made the restored files with the account's default mode: owner-only now, quietly
            // (nobody loosened them), so the next start has nothing to warn about.
            OwnerOnly.tightenQuietly(database.dataDir());
        }
    }
}
