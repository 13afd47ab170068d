package com.portaldesk.app.desks;

import com.portaldesk.audit.AuditEntry;
import com.portaldesk.audit.AuditEventType;
import com.portaldesk.audit.AuditLog;
import com.portaldesk.audit.AuditQuery;
import com.portaldesk.audit.DailyCount;
import com.portaldesk.ui.staff.ActivitySource;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** ActivitySource on the application's services (the screens see only the interface). */
public final class ActivitySourceAdapter {
    private ActivitySourceAdapter() {}

    public static ActivitySource of(
            AuditLog audit, Supplier<Optional<String>> backupWarning, Supplier<List<String>> securityWarnings) {
        return new ActivitySource() {
            @Override
            public List<DailyCount> dailyCounts(Instant from, List<AuditEventType> types) {
                return audit.dailyCounts(from, types);
            }

            @Override
            public List<AuditEntry> latestLockouts(int howMany) {
                return audit.list(new AuditQuery(null, null, AuditEventType.IDENTITY_LOCKED, null, null, howMany));
            }

            @Override
            public Optional<String> backupWarning() {
                return backupWarning.get();
            }

            @Override
            public List<String> securityWarnings() {
                return securityWarnings.get();
            }
        };
    }
}
