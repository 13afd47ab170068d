package com.portaldesk.backup;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.portaldesk.store.TableDump;
import com.portaldesk.store.TableDump.Column;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the archive inside a backup: {@code backup.json} first (what it is), then {@code tables/NAME.jsonl} (the
 * columns, then one JSON array per row), then {@code manifest.json} (counts and checksums), as a ZIP stream.
 */
final class BackupWriter implements TableDump.Sink, AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String INFO = "backup.json";
    static final String MANIFEST = "manifest.json";
    static final String TABLES = "tables/";

    private final ZipOutputStream zip;
    private final MessageDigest content = BackupReader.sha256();
    private final Map<String, BackupManifest.TableEntry> tables = new LinkedHashMap<>();
    private String table;
    private List<Column> columns;
    private MessageDigest tableDigest;
    private long rows;
    private long auditEvents;

    BackupWriter(OutputStream encrypted, BackupInfo info) throws IOException {
        this.zip = new ZipOutputStream(encrypted);
        zip.putNextEntry(new ZipEntry(INFO));
        zip.write(JSON.writeValueAsBytes(info));
        zip.closeEntry();
    }

    @Override
    public void table(String name, List<Column> tableColumns) throws IOException {
        endTable();
        table = name;
        columns = tableColumns;
        tableDigest = BackupReader.sha256();
        rows = 0;
        zip.putNextEntry(new ZipEntry(TABLES + name + ".jsonl"));
        line(JSON.writeValueAsBytes(Map.of("columns", tableColumns)));
    }

    @Override
    public void row(Object[] values) throws IOException {
        line(JSON.writeValueAsBytes(RowCodec.encode(columns, values)));
        rows++;
    }

    private void line(byte[] json) throws IOException {
        zip.write(json);
        zip.write('\n');
        tableDigest.update(json);
        tableDigest.update((byte) '\n');
        content.update(json);
        content.update((byte) '\n');
    }

    private void endTable() throws IOException {
        if (table != null) {
            zip.closeEntry();
            tables.put(table, new BackupManifest.TableEntry(rows, HexFormat.of().formatHex(tableDigest.digest())));
            if (table.equals("audit_event")) {
                auditEvents = rows;
            }
            table = null;
        }
    }

    /** Writes the manifest and ends the archive; the caller then closes the file. */
    BackupManifest finish(String checkpoint) throws IOException {
        endTable();
        BackupManifest manifest =
                new BackupManifest(tables, HexFormat.of().formatHex(content.digest()), auditEvents, checkpoint);
        zip.putNextEntry(new ZipEntry(MANIFEST));
        zip.write(JSON.writeValueAsBytes(manifest));
        zip.closeEntry();
        zip.finish();
        return manifest;
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
