package com.portaldesk.verify;

import java.time.Instant;
import java.util.UUID;

/** A live client session as the kiosk sees it. The token is the only way to use it; keep it in memory only. */
public record ClientSession(String token, UUID contactId, Instant idleUntil, Instant absoluteUntil) {
    @Override
    public String toString() {
        return "ClientSession[contact " + contactId + ", until " + absoluteUntil + "]";
    }
}
