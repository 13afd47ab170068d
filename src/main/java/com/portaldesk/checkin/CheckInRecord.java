package com.portaldesk.checkin;

import java.time.Instant;
import java.util.UUID;

/** A check-in as the staff list shows it: waiting until someone at the front desk marks it seen. */
public record CheckInRecord(
        UUID id,
        UUID contactId,
        String contactName,
        String terminalId,
        Instant checkedInAt,
        Instant seenAt,
        String seenBy) {
    public boolean waiting() {
        return seenAt == null;
    }
}
