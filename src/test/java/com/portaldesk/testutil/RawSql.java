package com.portaldesk.testutil;

import com.portaldesk.store.Database;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain JDBC on the embedded database of a data folder, as a curious local user with the folder's credentials
 * would use it: to tamper with rows behind PortalDesk's back. The program must be closed while it runs.
 */
public final class RawSql {
    private RawSql() {}

    public static Connection connect(Path dataDir) throws SQLException {
        Database.Credentials login = Database.embeddedCredentials(dataDir);
        return DriverManager.getConnection(Database.embeddedUrl(dataDir), login.user(), login.password());
    }

    public static void execute(Path dataDir, String... statements) throws SQLException {
        try (Connection db = connect(dataDir);
                Statement s = db.createStatement()) {
            for (String statement : statements) {
                s.executeUpdate(statement);
            }
        }
    }

    /** The first column of every row. */
    public static List<Object> column(Path dataDir, String query) throws SQLException {
        try (Connection db = connect(dataDir);
                Statement s = db.createStatement();
                ResultSet rows = s.executeQuery(query)) {
            List<Object> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getObject(1));
            }
            return values;
        }
    }
}
