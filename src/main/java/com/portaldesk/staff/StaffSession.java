package com.portaldesk.staff;

import java.util.UUID;

/** Who is signed in to the staff app, and what they may do. */
public record StaffSession(UUID userId, String username, String displayName, Role role, boolean canRevealSsn) {
    public boolean isAdmin() {
        return role == Role.ADMIN;
    }
}
