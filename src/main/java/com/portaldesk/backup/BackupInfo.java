package com.portaldesk.backup;

/** What a backup says about itself first: which PortalDesk made it, of which schema, when (UTC, ISO-8601), by whom. */
public record BackupInfo(
        int format,
        String appVersion,
        String schemaVersion,
        String engine,
        String created,
        String createdBy,
        String terminal,
        String firmName) {}
