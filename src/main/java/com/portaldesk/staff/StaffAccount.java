package com.portaldesk.staff;

import java.time.Instant;
import java.util.UUID;

/** A staff account as the admin screen shows it: never a hash or a secret. */
public record StaffAccount(
        UUID id,
        String username,
        String displayName,
        Role role,
        boolean canRevealSsn,
        boolean disabled,
        boolean mfaEnrolled,
        Instant lockedUntil,
        Instant lastSignInAt,
        boolean mustChangePassword) {}
