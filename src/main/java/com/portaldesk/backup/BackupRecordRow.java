package com.portaldesk.backup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One backup taken (or tried), as the backup_record table keeps it. */
@Entity
@Table(name = "backup_record")
class BackupRecordRow {
    @Id
    private UUID id;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "folder", nullable = false)
    private String folder;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "terminal_id", nullable = false)
    private String terminalId;

    @Column(name = "scheduled", nullable = false)
    private boolean scheduled;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private BackupStatus status;

    @Column(name = "detail", nullable = false)
    private String detail;

    @Column(name = "bytes", nullable = false)
    private long bytes;

    @Column(name = "contacts", nullable = false)
    private long contacts;

    @Column(name = "audit_events", nullable = false)
    private long auditEvents;

    @Column(name = "checked_at")
    private Instant checkedAt;

    protected BackupRecordRow() {
        // for Hibernate
    }

    /** Who made a backup, where and when, and whether the schedule did. */
    record Origin(Instant createdAt, String createdBy, String terminalId, boolean scheduled) {}

    /** How large a backup is, and how many contacts and audit events it holds (all zero when none was made). */
    record Size(long bytes, long contacts, long auditEvents) {
        static final Size NONE = new Size(0, 0, 0);
    }

    BackupRecordRow(String fileName, String folder, Origin origin, BackupStatus status, String detail, Size size) {
        this.id = UUID.randomUUID();
        this.fileName = fileName;
        this.folder = clip(folder, 1000);
        this.createdAt = origin.createdAt();
        this.createdBy = clip(origin.createdBy(), 100);
        this.terminalId = clip(origin.terminalId(), 64);
        this.scheduled = origin.scheduled();
        this.status = status;
        this.detail = clip(detail, 1000);
        this.bytes = size.bytes();
        this.contacts = size.contacts();
        this.auditEvents = size.auditEvents();
    }

    void checked(BackupStatus result, String why, Instant at) {
        this.status = result;
        this.detail = clip(why, 1000);
        this.checkedAt = at;
    }

    BackupRecord record() {
        return new BackupRecord(
                id,
                fileName,
                folder,
                createdAt,
                createdBy,
                terminalId,
                scheduled,
                status,
                detail,
                bytes,
                contacts,
                auditEvents,
                checkedAt);
    }

    private static String clip(String text, int max) {
        String value = text == null ? "" : text;
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
