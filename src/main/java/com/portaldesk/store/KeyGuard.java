package com.portaldesk.store;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * Pairs the key file with the database. The database keeps a check value derived from the key (never the
 * key), so a missing or foreign key file is refused at start-up before anything is read or written, and a
 * new key is generated only for a database that has never had one.
 */
final class KeyGuard {
    private KeyGuard() {}

    /**
     * Runs before the migrations, so a wrong or missing key file stops start-up before the schema or the
     * data is touched. Returns null for a database that has no key yet.
     */
    static byte[] verifyExisting(DataSource dataSource, Path dataDir) {
        return readCheck(dataSource) == null ? null : unlock(dataSource, dataDir);
    }

    static byte[] unlock(DataSource dataSource, Path dataDir) {
        byte[] stored = readCheck(dataSource);
        Path keyPath = KeyFile.locate(dataDir);
        if (stored == null) {
            byte[] key = KeyFile.exists(dataDir) ? KeyFile.read(dataDir) : createOrReadRacing(dataDir);
            return recordCheck(dataSource, key, dataDir);
        }
        if (!KeyFile.exists(dataDir)) {
            throw new StorageException("The key file " + keyPath + " is missing, and this database holds data "
                    + "encrypted under it. Restore " + KeyFile.FILE_NAME + " from your backup into " + dataDir
                    + " (every workstation sharing a database needs the same key file). Nothing was changed.");
        }
        byte[] key = KeyFile.read(dataDir);
        if (!MessageDigest.isEqual(stored, new FieldCipher(key).keyCheck())) {
            throw new StorageException("The key file " + keyPath + " does not belong to this database. Restore "
                    + "the right " + KeyFile.FILE_NAME + " from your backup (every workstation sharing a database "
                    + "needs the same key file). Nothing was changed.");
        }
        return key;
    }

    /** Two programs starting together on a new folder: one creates the key, the other reads it. */
    private static byte[] createOrReadRacing(Path dataDir) {
        try {
            return KeyFile.create(dataDir);
        } catch (StorageException e) {
            if (KeyFile.exists(dataDir)) {
                return KeyFile.read(dataDir);
            }
            throw e;
        }
    }

    private static byte[] recordCheck(DataSource dataSource, byte[] key, Path dataDir) {
        byte[] check = new FieldCipher(key).keyCheck();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO key_check (id, check_value, created_at) VALUES (1, ?, ?)")) {
            insert.setBytes(1, check);
            insert.setTimestamp(2, Timestamp.from(Instant.now()));
            insert.executeUpdate();
            connection.commit();
            return key;
        } catch (SQLException e) {
            byte[] winner = readCheck(dataSource);
            if (winner != null && MessageDigest.isEqual(winner, check)) {
                return key;
            }
            throw new StorageException(
                    "Cannot pair the key file in " + dataDir + " with the database: " + DatabaseFailures.rootMessage(e),
                    e);
        }
    }

    static byte[] readCheck(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            // Asked first rather than caught: a query on a missing table would land in the database's own error
            // log (H2's trace file, PostgreSQL's server log) on every first start.
            if (!hasKeyCheckTable(connection)) {
                return null; // a new database: the migrations have not created key_check yet
            }
            try (PreparedStatement query =
                            connection.prepareStatement("SELECT check_value FROM key_check WHERE id = 1");
                    ResultSet row = query.executeQuery()) {
                byte[] value = row.next() ? row.getBytes(1) : null;
                connection.rollback();
                return value;
            }
        } catch (SQLException e) {
            throw new StorageException("Cannot read the database: " + DatabaseFailures.rootMessage(e), e);
        }
    }

    private static boolean hasKeyCheckTable(Connection connection) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, connection.getSchema(), "%", null)) {
            while (tables.next()) {
                if ("key_check".equalsIgnoreCase(tables.getString("TABLE_NAME"))) {
                    return true;
                }
            }
            return false;
        }
    }
}
