package com.portaldesk.checkin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A client checked in for their appointment at a kiosk. */
@Entity
@Table(name = "check_in")
public class CheckIn {
    @Id
    private UUID id;

    @Column(name = "contact_id", nullable = false)
    private UUID contactId;

    @Column(name = "terminal_id", nullable = false)
    private String terminalId;

    @Column(name = "checked_in_at", nullable = false)
    private Instant checkedInAt;

    @Column(name = "seen_at")
    private Instant seenAt;

    @Column(name = "seen_by")
    private String seenBy;

    protected CheckIn() {
        // for Hibernate
    }

    CheckIn(UUID contactId, String terminalId, Instant at) {
        this.id = UUID.randomUUID();
        this.contactId = contactId;
        this.terminalId = terminalId;
        this.checkedInAt = at;
    }

    CheckInRecord toRecord(String name) {
        return new CheckInRecord(id, contactId, name, terminalId, checkedInAt, seenAt, seenBy == null ? "" : seenBy);
    }

    /** False when someone marked it seen already. */
    boolean markSeen(String by, Instant at) {
        if (seenAt != null) {
            return false;
        }
        this.seenAt = at;
        this.seenBy = by;
        return true;
    }

    UUID contactId() {
        return contactId;
    }
}
