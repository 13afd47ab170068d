package com.portaldesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The embedded database reached is the one in this data folder. H2 shares a database between programs through its
 * lock file, which names the port of the program that has it open: a data folder copied while PortalDesk ran carries
 * that file, and a program opened on the copy was let into the original's database and wrote there (found on a copy
 * made for a walk-through: its sign-ins landed in the original, whose audit checkpoints then rightly cried
 * tampering). Checked before anything is read or written; a copy is refused with what to do.
 */
final class SameFolder {
    private SameFolder() {}

    static void check(DataSource dataSource, Path dataDir, String databaseName) {
        Path ours = dataDir.resolve(databaseName + ".mv.db");
        String served;
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT DATABASE_PATH()")) {
            row.next();
            served = row.getString(1);
            connection.rollback();
        } catch (SQLException e) {
            throw new StorageException(
                    "PortalDesk could not tell which database it reached from " + dataDir + ": " + e.getMessage(), e);
        }
        if (!sameFile(ours, Path.of(served + ".mv.db"))) {
            throw new StorageException("The data folder " + dataDir + " is a copy of one PortalDesk has open ("
                    + Path.of(served).getParent() + "): its lock file, " + databaseName
                    + ".lock.db, was copied with it "
                    + "and leads to that folder's database. Nothing was read or changed. To use the copy on its own, "
                    + "delete " + dataDir.resolve(databaseName + ".lock.db") + " while no PortalDesk uses the copy, "
                    + "then start again.");
        }
    }

    private static boolean sameFile(Path ours, Path served) {
        try {
            return Files.isSameFile(ours, served);
        } catch (IOException e) {
            return false; // the served file is not reachable from here: certainly not this folder's
        }
    }
}
