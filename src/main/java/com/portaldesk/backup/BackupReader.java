package com.portaldesk.backup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.portaldesk.store.ScratchFolder;
import com.portaldesk.store.TableDump;
import com.portaldesk.store.TableDump.Column;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Reads a backup from start to end, as a {@link TableDump.Source}: decrypts (every chunk checked, see
 * {@link BackupCipher}), counts and hashes each table as it goes, and at the end checks all of it against the
 * manifest. Whatever reads through it learns that the file is whole only when {@link #nextTable()} returns null.
 */
final class BackupReader implements TableDump.Source, AutoCloseable {
    /** The description and the manifest are a few kilobytes; a megabyte is far more than PortalDesk writes. */
    static final int MAX_SMALL_ENTRY = 1 << 20;
    /** One row as a line: the largest PortalDesk writes is the firm's logo (5 MB, as Base64 in JSON). */
    static final int MAX_LINE = 32 << 20;
    /** What a backup may expand to, per byte of the file: JSON rows deflate far less than this. */
    static final long MAX_EXPANSION = 100;
    /** ... and at least this much, for small backups. */
    static final long MIN_EXPANDED = 256L << 20;

    private final ZipInputStream zip;
    private final ExpansionLimit expanded;
    private final BackupInfo info;
    private final MessageDigest content = sha256();
    private final Map<String, BackupManifest.TableEntry> counted = new LinkedHashMap<>();
    private BoundedLines lines;
    private String table;
    private List<Column> columns;
    private MessageDigest tableDigest;
    private long rows;
    private BackupManifest manifest;

    private BackupReader(ZipInputStream zip, long fileSize) throws IOException {
        this.zip = zip;
        this.expanded = new ExpansionLimit(zip, Math.max(MIN_EXPANDED, fileSize * MAX_EXPANSION));
        ZipEntry first = next();
        if (first == null || !first.getName().equals(BackupWriter.INFO)) {
            throw new BackupDamagedException("This backup does not begin with its description.");
        }
        this.info = BackupWriter.JSON.readValue(smallEntry("description"), BackupInfo.class);
    }

    static BackupReader open(Path file, BackupCipher cipher) {
        try {
            return open(Files.newInputStream(file), Files.size(file), cipher);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("There is no file " + file + ".");
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The working copy a restore or a check made (see ScratchFolder): every read goes through its one open file. */
    static BackupReader open(ScratchFolder.Copy copy, BackupCipher cipher) {
        try {
            return open(copy.read(), copy.size(), cipher);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read the working copy of the backup: " + e.getMessage(), e);
        }
    }

    private static BackupReader open(InputStream raw, long size, BackupCipher cipher) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16));
        try {
            BackupCipher.Header header = BackupCipher.readHeader(in);
            return new BackupReader(new ZipInputStream(cipher.decrypt(in, header)), size);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    BackupInfo info() {
        return info;
    }

    /** Only once the whole file was read and checked. */
    BackupManifest manifest() {
        if (manifest == null) {
            throw new IllegalStateException("The backup was not read to its end");
        }
        return manifest;
    }

    @Override
    public TableDump.TableHeader nextTable() throws IOException {
        endTable();
        ZipEntry entry = next();
        if (entry == null) {
            throw new BackupDamagedException("This backup has no manifest: it is incomplete.");
        }
        if (entry.getName().equals(BackupWriter.MANIFEST)) {
            manifest = BackupWriter.JSON.readValue(smallEntry("manifest"), BackupManifest.class);
            if (next() != null) {
                throw new BackupDamagedException("This backup has entries after its manifest.");
            }
            check(manifest);
            return null;
        }
        String name = entry.getName();
        if (!name.startsWith(BackupWriter.TABLES) || !name.endsWith(".jsonl")) {
            throw new BackupDamagedException("This backup holds an entry PortalDesk does not write (" + name + ").");
        }
        table = name.substring(BackupWriter.TABLES.length(), name.length() - ".jsonl".length());
        lines = new BoundedLines(new InputStreamReader(expanded, StandardCharsets.UTF_8), MAX_LINE);
        tableDigest = sha256();
        rows = 0;
        String header = readLine();
        if (header == null) {
            throw new BackupDamagedException("The table " + table + " in this backup has no column list.");
        }
        try {
            Map<String, List<Column>> parsed = BackupWriter.JSON.readValue(header, new TypeReference<>() {});
            columns = parsed.get("columns");
        } catch (JsonProcessingException e) {
            throw notPortalDesks("column list of the table " + table);
        }
        if (columns == null || columns.isEmpty()) {
            throw notPortalDesks("column list of the table " + table);
        }
        return new TableDump.TableHeader(table, columns);
    }

    @Override
    public Object[] nextRow() throws IOException {
        String line = readLine();
        if (line == null) {
            return null;
        }
        rows++;
        try {
            JsonNode row = BackupWriter.JSON.readTree(line);
            return RowCodec.decode(columns, row);
        } catch (JsonProcessingException e) {
            throw notPortalDesks("row " + rows + " of the table " + table);
        }
    }

    private String readLine() throws IOException {
        String line = lines.next();
        if (line != null) {
            byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
            tableDigest.update(bytes);
            content.update(bytes);
        }
        return line;
    }

    private void endTable() throws IOException {
        if (table != null) {
            while (nextRow() != null) {
                // a reader that stopped early still counts the rest, so the manifest check sees them
            }
            counted.put(
                    table, new BackupManifest.TableEntry(rows, HexFormat.of().formatHex(tableDigest.digest())));
            table = null;
        }
    }

    private void check(BackupManifest expected) {
        if (!expected.tables().keySet().equals(counted.keySet())) {
            throw new BackupDamagedException("This backup's tables are not the ones its manifest lists.");
        }
        for (Map.Entry<String, BackupManifest.TableEntry> entry : counted.entrySet()) {
            BackupManifest.TableEntry listed = expected.tables().get(entry.getKey());
            if (listed.rows() != entry.getValue().rows()) {
                throw new BackupDamagedException("The table " + entry.getKey() + " in this backup has "
                        + entry.getValue().rows() + " rows; its manifest says " + listed.rows() + ".");
            }
            if (!listed.sha256().equals(entry.getValue().sha256())) {
                throw new BackupDamagedException(
                        "The table " + entry.getKey() + " in this backup does not match " + "its checksum.");
            }
        }
        if (!expected.contentSha256().equals(HexFormat.of().formatHex(content.digest()))) {
            throw new BackupDamagedException("This backup does not match its checksum.");
        }
    }

    /** A whole entry that PortalDesk writes small; a larger one is not PortalDesk's (and is not read into memory). */
    private byte[] smallEntry(String what) throws IOException {
        byte[] bytes = expanded.readNBytes(MAX_SMALL_ENTRY + 1);
        if (bytes.length > MAX_SMALL_ENTRY) {
            throw new BackupDamagedException("This backup's " + what + " is larger than any PortalDesk writes: "
                    + "the file is not a PortalDesk backup.");
        }
        return bytes;
    }

    /** What an insider with the key could seal but PortalDesk never writes: named, without echoing its content. */
    private static BackupDamagedException notPortalDesks(String what) {
        return new BackupDamagedException("The " + what + " in this backup is not what PortalDesk writes: the file "
                + "is not a PortalDesk backup. Nothing was restored.");
    }

    private ZipEntry next() throws IOException {
        try {
            return zip.getNextEntry();
        } catch (ZipException e) {
            throw new BackupDamagedException("The archive inside this backup is damaged: " + e.getMessage(), e);
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
