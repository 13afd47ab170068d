package com.portaldesk.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A table of the database being restored into, as its own metadata describes it: the names a backup gives are
 * only ever looked up here and written as the database spells them, quoted, never copied into SQL from the file.
 */
record TargetTable(String name, Map<String, String> columns) {
    static TargetTable of(Connection connection, TableDump.TableHeader backup) throws SQLException {
        String actual = null;
        Map<String, String> columns = new TreeMap<>();
        Map<String, TableDump.ColumnType> types = new TreeMap<>();
        try (ResultSet found = connection.getMetaData().getColumns(null, connection.getSchema(), "%", "%")) {
            while (found.next()) {
                String tableName = found.getString("TABLE_NAME");
                if (tableName.toLowerCase(Locale.ROOT).equals(backup.name())) {
                    actual = tableName;
                    String column = found.getString("COLUMN_NAME");
                    columns.put(column.toLowerCase(Locale.ROOT), column);
                    types.put(
                            column.toLowerCase(Locale.ROOT),
                            TableDump.type(found.getInt("DATA_TYPE"), found.getString("TYPE_NAME")));
                }
            }
        }
        if (actual == null) {
            throw new StorageException("The backup holds a table (" + printable(backup.name()) + ") that this "
                    + "database does not have.");
        }
        Set<String> seen = new TreeSet<>();
        for (TableDump.Column column : backup.columns()) {
            TableDump.ColumnType expected = types.get(column.name());
            if (expected == null || !seen.add(column.name())) {
                throw new StorageException("The backup names a column (" + printable(column.name()) + ") that the "
                        + "table " + backup.name() + " does not have, or names it twice: it is not a PortalDesk "
                        + "backup of that schema version. Nothing was restored.");
            }
            if (expected != column.type()) {
                throw new StorageException("The backup gives the column " + backup.name() + "." + column.name()
                        + " the type " + column.type() + "; the database has " + expected + ". Nothing was "
                        + "restored.");
            }
        }
        return new TargetTable(actual, columns);
    }

    String quotedName() {
        return quote(name);
    }

    String quoted(String column) {
        return quote(columns.get(column));
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** A name from a file, shown in a message: short, and without anything that could play tricks on a terminal. */
    static String printable(String name) {
        String shown = name.replaceAll("[^A-Za-z0-9_]", "?");
        return shown.length() > 60 ? shown.substring(0, 60) + "…" : shown;
    }
}
