package com.portaldesk.contacts;

import java.time.Instant;
import java.util.UUID;

/**
 * A contact as the screens and the command line see it: display-ready, with the SSN masked (•••-••-1234)
 * and no way to reach the digits.
 */
public record ContactRecord(
        UUID id,
        String firstName,
        String lastName,
        String email,
        String mobileE164,
        String mobileDisplay,
        SecretKind secretKind,
        String maskedSecret,
        Channel channel,
        boolean portalAccess,
        boolean archived,
        PortalReadiness readiness,
        String notes,
        Instant createdAt,
        Instant updatedAt,
        Instant lastPortalAccess,
        Language language) {

    public String displayName() {
        return (firstName + " " + lastName).strip();
    }
}
