package com.portaldesk.ui.staff;

import com.portaldesk.audit.AuditEntry;
import com.portaldesk.audit.AuditEventType;
import com.portaldesk.audit.DailyCount;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the dashboard reads: counts per day from the audit log, the latest lockouts, the backups' warning, and the
 * warnings about the product's own trust (the audit alarm, loosened permissions).
 */
public interface ActivitySource {
    List<DailyCount> dailyCounts(Instant from, List<AuditEventType> types);

    List<AuditEntry> latestLockouts(int howMany);

    Optional<String> backupWarning();

    /** The audit alarm and other things about the product's trust that staff must see; empty when all is well. */
    List<String> securityWarnings();
}
