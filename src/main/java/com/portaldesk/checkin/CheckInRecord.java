package com.portaldesk.checkin;

import java.time.Instant;
import java.util.UUID;

/** A check-in as the staff list shows it. */
public record CheckInRecord(UUID id, UUID contactId, String contactName, String terminalId, Instant checkedInAt) {
}
