package com.portaldesk.contacts;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a client can sign in to the portal today, and if not, every reason why, in words staff can act on.
 */
public record PortalReadiness(List<String> reasons) {

    public PortalReadiness {
        reasons = List.copyOf(reasons);
    }

    public boolean ready() {
        return reasons.isEmpty();
    }

    public String summary() {
        return ready() ? "Ready for portal sign-in" : String.join(" ", reasons);
    }

    static PortalReadiness of(Contact contact) {
        return of(
                contact.email() != null,
                contact.mobileE164() != null,
                contact.secretKind(),
                contact.preferredChannel(),
                contact.portalAccess(),
                contact.archived());
    }

    static PortalReadiness of(
            boolean hasEmail,
            boolean hasMobile,
            SecretKind secret,
            Channel channel,
            boolean portalAccess,
            boolean archived) {
        List<String> reasons = new ArrayList<>();
        if (archived) {
            reasons.add("Archived.");
        }
        if (!portalAccess) {
            reasons.add("Portal access is off.");
        }
        if (!hasEmail) {
            reasons.add("No email address (clients sign in with it).");
        }
        if (secret == SecretKind.NONE) {
            reasons.add("No SSN last four or PIN on file.");
        }
        if (channel == Channel.SMS && !hasMobile) {
            reasons.add("Prefers text messages but has no mobile number.");
        }
        return new PortalReadiness(reasons);
    }
}
