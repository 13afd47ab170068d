package com.portaldesk.verify;

import com.portaldesk.audit.AuditReason;
import com.portaldesk.contacts.Channel;
import com.portaldesk.contacts.Email;
import com.portaldesk.contacts.PhoneNumber;
import com.portaldesk.contacts.SignInLookup.Candidate;
import com.portaldesk.settings.PortalPolicy;
import java.util.Optional;

/**
 * Where a code would go for a channel, or why it cannot go there: no mobile on file, or a mobile in a
 * country outside the SMS allow-list (a guard against SMS pumping to premium destinations).
 */
record Destination(Channel channel, String address, String masked, AuditReason problem) {

    boolean reachable() {
        return problem == null;
    }

    static Destination of(Candidate candidate, Channel channel, PortalPolicy policy) {
        if (channel == Channel.EMAIL) {
            String email = candidate.email();
            if (email == null || email.isEmpty()) {
                return new Destination(channel, "", "", AuditReason.NO_DESTINATION);
            }
            return new Destination(channel, email, new Email(email).masked(), null);
        }
        Optional<PhoneNumber> mobile = candidate.mobile();
        if (mobile.isEmpty()) {
            return new Destination(channel, "", "", AuditReason.NO_DESTINATION);
        }
        if (!policy.allowsSmsTo(mobile.get().regionCode())) {
            return new Destination(channel, "", mobile.get().masked(), AuditReason.SMS_COUNTRY_NOT_ALLOWED);
        }
        return new Destination(channel, mobile.get().e164(), mobile.get().masked(), null);
    }

    static Destination decoy(Channel channel, String masked) {
        return new Destination(channel, "", masked, AuditReason.NO_DESTINATION);
    }
}
