package com.portaldesk.staff;

/** What a staff member may do. ADMIN: everything. STAFF: contacts, client history, unlock a client, check-ins. */
public enum Role {
    ADMIN,
    STAFF
}
