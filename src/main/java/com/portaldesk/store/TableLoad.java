package com.portaldesk.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Loads a table dump ({@link TableDump}) into an empty database: the schema at the dump's version first, then every
 * row in one transaction, each value bound by its column's type.
 */
public final class TableLoad {
    private TableLoad() {}

    /**
     * Loads a dump into a database PortalDesk has not prepared (no tables): its schema is made at the dump's
     * version, then every row goes in, all in one transaction after the schema. Returns the rows loaded per table.
     */
    public static Map<String, Long> load(RestoreTarget target, String schemaVersion, TableDump.Source source) {
        DataSource dataSource = target.database().dataSource();
        SchemaMigration.migrateTo(dataSource, target.database().description(), schemaVersion);
        Map<String, Long> counts = new TreeMap<>();
        try (Connection connection = dataSource.getConnection()) {
            List<String> known = TableDump.tables(connection);
            for (TableDump.TableHeader table = source.nextTable(); table != null; table = source.nextTable()) {
                if (!known.contains(table.name())) {
                    throw new StorageException("The backup holds a table (" + TargetTable.printable(table.name())
                            + ") that schema "
                            + schemaVersion + " does not have: the file is not a PortalDesk backup of that version.");
                }
                counts.put(table.name(), loadTable(connection, table, source));
            }
            connection.commit();
            return counts;
        } catch (SQLException e) {
            throw new StorageException(
                    "Cannot write the restored data into the "
                            + target.database().description() + ": " + DatabaseFailures.rootMessage(e),
                    e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long loadTable(Connection connection, TableDump.TableHeader table, TableDump.Source source)
            throws SQLException, IOException {
        List<TableDump.Column> columns = table.columns();
        TargetTable target = TargetTable.of(connection, table);
        String names = String.join(
                ", ",
                columns.stream().map(column -> target.quoted(column.name())).toList());
        String marks = String.join(", ", columns.stream().map(column -> "?").toList());
        long count = 0;
        // The migrations seed some tables (the audit head, the default policy); the backup holds their rows as they
        // were.
        try (Statement clear = connection.createStatement()) {
            clear.executeUpdate("DELETE FROM " + target.quotedName());
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO " + target.quotedName() + " (" + names + ") VALUES (" + marks + ")")) {
            for (Object[] row = source.nextRow(); row != null; row = source.nextRow()) {
                for (int i = 0; i < columns.size(); i++) {
                    bind(insert, i + 1, columns.get(i).type(), row[i]);
                }
                insert.addBatch();
                if (++count % TableDump.BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        return count;
    }

    private static void bind(PreparedStatement insert, int index, TableDump.ColumnType type, Object value)
            throws SQLException {
        if (value == null) {
            insert.setNull(
                    index,
                    switch (type) {
                        case TEXT -> Types.VARCHAR;
                        case INTEGER -> Types.BIGINT;
                        case BOOLEAN -> Types.BOOLEAN;
                        case BYTES -> Types.VARBINARY;
                        case TIMESTAMP -> Types.TIMESTAMP_WITH_TIMEZONE;
                        case UUID -> Types.OTHER;
                    });
            return;
        }
        switch (type) {
            case TEXT -> insert.setString(index, (String) value);
            case INTEGER -> insert.setLong(index, ((Number) value).longValue());
            case BOOLEAN -> insert.setBoolean(index, (Boolean) value);
            case BYTES -> insert.setBytes(index, (byte[]) value);
            case TIMESTAMP -> insert.setObject(index, ((Instant) value).atOffset(ZoneOffset.UTC));
            case UUID -> insert.setObject(index, (UUID) value);
        }
    }
}
