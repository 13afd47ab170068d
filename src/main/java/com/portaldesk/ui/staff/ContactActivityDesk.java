package com.portaldesk.ui.staff;

import com.portaldesk.audit.Actor;
import com.portaldesk.audit.AuditEntry;
import com.portaldesk.checkin.ChangeRequestRecord;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** What the contact panel reads and does about one client's sign-in: events, change requests, the lock, the SSN. */
public interface ContactActivityDesk {
    /** The newest audit events about this contact, newest first. */
    List<AuditEntry> events(UUID contactId, int howMany);

    List<ChangeRequestRecord> changeRequests(UUID contactId);

    boolean isLocked(String email);

    void unlock(String email, Actor actor);

    /** The whole SSN, audited; refused unless {@code allowed} (the staff member's right to see it). */
    String revealSsn(UUID contactId, Actor actor, boolean allowed);

    /** The contacts whose sign-in is locked now, for the "Sign-in locked" filter. */
    Set<UUID> lockedContactIds();
}
