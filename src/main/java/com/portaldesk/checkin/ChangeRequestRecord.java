package com.portaldesk.checkin;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A change request as staff read it: what is wrong, the client's note, and whether someone has handled it. */
public record ChangeRequestRecord(
        UUID id,
        UUID contactId,
        Set<ChangeTopic> topics,
        String note,
        String terminalId,
        Instant requestedAt,
        Optional<Instant> handledAt,
        Optional<String> handledBy) {
    public boolean isOpen() {
        return handledAt.isEmpty();
    }
}
