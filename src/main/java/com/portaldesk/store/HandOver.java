package com.portaldesk.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * Before the process hosting the shared embedded database closes it (which breaks every other process's connection
 * and hands the database to the next), it waits a moment for other processes' transactions under way, so that none
 * is cut off in the middle of its commit, where whether it was saved could not be known.
 */
final class HandOver {
    private static final String OTHERS_BUSY = "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE SESSION_ID <> "
            + "SESSION_ID() AND (CONTAINS_UNCOMMITTED OR EXECUTING_STATEMENT IS NOT NULL)";

    private HandOver() {}

    static void waitForOthers(DataSource dataSource, Duration atMost) {
        long deadline = System.nanoTime() + atMost.toNanos();
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.getMetaData().getURL().startsWith("jdbc:h2:file:")) {
                return; // a guest of another process: closing takes nothing from anyone
            }
            while (othersBusy(connection) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            connection.rollback();
        } catch (SQLException e) {
            // cannot tell: close anyway; the others retry what had not committed
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean othersBusy(Connection connection) throws SQLException {
        try (Statement query = connection.createStatement();
                ResultSet count = query.executeQuery(OTHERS_BUSY)) {
            return count.next() && count.getLong(1) > 0;
        }
    }
}
