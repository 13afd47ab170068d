package com.portaldesk.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Every PortalDesk table as plain typed rows, the same on H2 and PostgreSQL: read in one snapshot (so the audit log,
 * its head and the contacts agree with each other while other programs keep writing), and written back into an
 * empty database of the same schema version. The engine-neutral half of a backup; the archive is the backup
 * package's.
 */
public final class TableDump {
    /** Not data: the migration history (the schema version travels instead) and which programs are running now. */
    private static final Set<String> NOT_DUMPED = Set.of("flyway_schema_history", "workstation");

    static final int BATCH = 500;

    /** The handful of column types PortalDesk's schema uses, each with one Java form. */
    public enum ColumnType {
        TEXT,
        INTEGER,
        BOOLEAN,
        BYTES,
        TIMESTAMP,
        UUID
    }

    public record Column(String name, ColumnType type) {}

    /** Receives the dump table by table, rows in primary-key order. */
    public interface Sink {
        void table(String name, List<Column> columns) throws IOException;

        void row(Object[] values) throws IOException;
    }

    /** Gives a dump back, table by table; {@code nextRow} returns null at the end of a table. */
    public interface Source {
        /** The next table's name and columns, or null when there are no more tables. */
        TableHeader nextTable() throws IOException;

        Object[] nextRow() throws IOException;
    }

    public record TableHeader(String name, List<Column> columns) {}

    /** What one snapshot held. */
    public record Snapshot(String schemaVersion, String engine) {}

    private TableDump() {}

    /** The schema version and the engine of an open database. */
    public static Snapshot describe(Database database) {
        DataSource dataSource = database.dataSource();
        String version = SchemaMigration.currentVersion(dataSource)
                .orElseThrow(() -> new StorageException("The database has no PortalDesk schema."));
        try (Connection connection = dataSource.getConnection()) {
            String engine = connection.getMetaData().getDatabaseProductName();
            connection.rollback();
            return new Snapshot(version, engine);
        } catch (SQLException e) {
            throw new StorageException("Cannot read the database: " + DatabaseFailures.rootMessage(e), e);
        }
    }

    /** Reads every table of an open database in one snapshot transaction. */
    public static Snapshot write(Database database, Sink sink) {
        DataSource dataSource = database.dataSource();
        String version = SchemaMigration.currentVersion(dataSource)
                .orElseThrow(() -> new StorageException("The database has no PortalDesk schema."));
        try (Connection connection = dataSource.getConnection()) {
            String engine = connection.getMetaData().getDatabaseProductName();
            int isolation = connection.getTransactionIsolation();
            beginSnapshot(connection, engine);
            try {
                for (String table : tables(connection)) {
                    dumpTable(connection, table, sink);
                }
                connection.rollback();
            } finally {
                endSnapshot(connection, engine, isolation);
            }
            return new Snapshot(version, engine);
        } catch (SQLException e) {
            throw new StorageException(
                    "Cannot read the database for the backup: " + DatabaseFailures.rootMessage(e), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tables a dump holds, as this database has them. */
    static List<String> tables(Connection connection) throws SQLException {
        Set<String> names = new TreeSet<>();
        try (ResultSet tables = connection
                .getMetaData()
                .getTables(null, connection.getSchema(), "%", new String[] {"TABLE", "BASE TABLE"})) {
            while (tables.next()) {
                String name = tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!NOT_DUMPED.contains(name) && name.matches("[a-z_][a-z0-9_]*")) {
                    names.add(name);
                }
            }
        }
        return List.copyOf(names);
    }

    private static void beginSnapshot(Connection connection, String engine) throws SQLException {
        if (engine.startsWith("H2")) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL SNAPSHOT");
            }
        } else {
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        }
    }

    private static void endSnapshot(Connection connection, String engine, int isolation) throws SQLException {
        connection.rollback();
        if (engine.startsWith("H2")) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL READ COMMITTED");
            }
        }
        connection.setTransactionIsolation(isolation);
    }

    private static void dumpTable(Connection connection, String table, Sink sink) throws SQLException, IOException {
        String order = String.join(", ", primaryKey(connection, table));
        String sql = "SELECT * FROM " + table + (order.isEmpty() ? "" : " ORDER BY " + order);
        try (Statement statement = connection.createStatement()) {
            statement.setFetchSize(BATCH);
            try (ResultSet rows = statement.executeQuery(sql)) {
                List<Column> columns = columns(rows.getMetaData());
                sink.table(table, columns);
                while (rows.next()) {
                    Object[] values = new Object[columns.size()];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = read(rows, i + 1, columns.get(i).type());
                    }
                    sink.row(values);
                }
            }
        }
    }

    private static List<String> primaryKey(Connection connection, String table) throws SQLException {
        List<String> key = new ArrayList<>();
        for (String name : List.of(table, table.toUpperCase(Locale.ROOT))) {
            try (ResultSet columns = connection.getMetaData().getPrimaryKeys(null, connection.getSchema(), name)) {
                while (columns.next()) {
                    key.add(columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
            if (!key.isEmpty()) {
                break;
            }
        }
        return key;
    }

    private static List<Column> columns(ResultSetMetaData meta) throws SQLException {
        List<Column> columns = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            columns.add(new Column(
                    meta.getColumnName(i).toLowerCase(Locale.ROOT),
                    type(meta.getColumnType(i), meta.getColumnTypeName(i))));
        }
        return columns;
    }

    static ColumnType type(int sqlType, String typeName) {
        if (typeName.equalsIgnoreCase("uuid")) {
            return ColumnType.UUID; // H2 reports its UUID columns as BINARY, PostgreSQL as OTHER
        }
        return switch (sqlType) {
            case Types.VARCHAR, Types.CHAR, Types.LONGVARCHAR, Types.CLOB, Types.NVARCHAR -> ColumnType.TEXT;
            case Types.INTEGER, Types.BIGINT, Types.SMALLINT, Types.TINYINT -> ColumnType.INTEGER;
            case Types.BOOLEAN, Types.BIT -> ColumnType.BOOLEAN;
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> ColumnType.BYTES;
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> ColumnType.TIMESTAMP;
            default -> throw new StorageException("A column of type " + typeName + " cannot go into a backup yet.");
        };
    }

    private static Object read(ResultSet rows, int index, ColumnType type) throws SQLException {
        Object value = switch (type) {
            case TEXT -> rows.getString(index);
            case INTEGER -> rows.getLong(index);
            case BOOLEAN -> rows.getBoolean(index);
            case BYTES -> rows.getBytes(index);
            case TIMESTAMP -> {
                OffsetDateTime time = rows.getObject(index, OffsetDateTime.class);
                yield time == null ? null : time.toInstant();
            }
            case UUID -> rows.getObject(index, UUID.class);
        };
        return rows.wasNull() ? null : value;
    }
}
