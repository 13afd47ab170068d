package com.portaldesk.backup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.portaldesk.store.TableDump.Column;
import com.portaldesk.store.TableDump.ColumnType;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/** One row as a JSON array, each value in the plain form of its column's type. */
final class RowCodec {
    private RowCodec() {}

    static ArrayNode encode(List<Column> columns, Object[] values) {
        ArrayNode row = JsonNodeFactory.instance.arrayNode(values.length);
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value == null) {
                row.addNull();
                continue;
            }
            switch (columns.get(i).type()) {
                case TEXT -> row.add((String) value);
                case INTEGER -> row.add(((Number) value).longValue());
                case BOOLEAN -> row.add((Boolean) value);
                case BYTES -> row.add(Base64.getEncoder().encodeToString((byte[]) value));
                case TIMESTAMP -> row.add(value.toString());
                case UUID -> row.add(value.toString());
            }
        }
        return row;
    }

    static Object[] decode(List<Column> columns, JsonNode row) {
        if (!row.isArray() || row.size() != columns.size()) {
            throw new BackupDamagedException("A row of this backup does not have its table's columns.");
        }
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < values.length; i++) {
            JsonNode value = row.get(i);
            values[i] = value.isNull() ? null : decode(columns.get(i).type(), value);
        }
        return values;
    }

    private static Object decode(ColumnType type, JsonNode value) {
        try {
            return switch (type) {
                case TEXT -> value.textValue();
                case INTEGER -> value.longValue();
                case BOOLEAN -> value.booleanValue();
                case BYTES -> Base64.getDecoder().decode(value.textValue());
                case TIMESTAMP -> Instant.parse(value.textValue());
                case UUID -> UUID.fromString(value.textValue());
            };
        } catch (RuntimeException e) {
            throw new BackupDamagedException("A value in this backup does not fit its column.", e);
        }
    }
}
