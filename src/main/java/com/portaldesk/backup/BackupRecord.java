package com.portaldesk.backup;

import java.time.Instant;
import java.util.UUID;

/** One backup taken or tried, for the Backups screen, the dashboard and the command line. */
public record BackupRecord(
        UUID id,
        String fileName,
        String folder,
        Instant createdAt,
        String createdBy,
        String terminalId,
        boolean scheduled,
        BackupStatus status,
        String detail,
        long bytes,
        long contacts,
        long auditEvents,
        Instant checkedAt) {}
