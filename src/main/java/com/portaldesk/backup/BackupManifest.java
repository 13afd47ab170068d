package com.portaldesk.backup;

import java.util.Map;

/**
 * Written last in a backup: what it holds, to be counted again on reading. {@code tables} maps each table to its
 * row count and the SHA-256 of its rows as written; {@code checkpoint} is the audit checkpoint taken just before
 * the snapshot, so a restored log that was shortened is caught.
 */
public record BackupManifest(
        Map<String, TableEntry> tables, String contentSha256, long auditEvents, String checkpoint) {
    public record TableEntry(long rows, String sha256) {}

    public long rows(String table) {
        TableEntry entry = tables.get(table);
        return entry == null ? 0 : entry.rows();
    }
}
