package com.portaldesk.verify;

import com.portaldesk.audit.AuditReason;
import com.portaldesk.contacts.Channel;
import com.portaldesk.contacts.Email;
import com.portaldesk.contacts.PhoneNumber;
import com.portaldesk.contacts.SignInLookup.Candidate;
import com.portaldesk.settings.PortalPolicy;
import java.util.Optional;

/**
 * Where a code would go for a channel, or why it cannot go there: no mobile on file, a mobile in a country
 * outside the SMS allow-list, or a number that is not a mobile at all, such as premium rate (guards against
 * SMS pumping). {@code note} says in words why a text was not possible, for the audit log.
 */
record Destination(Channel channel, String address, String masked, AuditReason problem, String note) {

    Destination(Channel channel, String address, String masked, AuditReason problem) {
        this(channel, address, masked, problem, "");
    }

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
        PhoneNumber number = mobile.get();
        if (!policy.allowsSmsTo(number.regionCode())) {
            return new Destination(
                    channel,
                    "",
                    number.masked(),
                    AuditReason.SMS_COUNTRY_NOT_ALLOWED,
                    "the mobile " + number.masked() + " is in " + number.regionCode()
                            + ", outside the text message country list");
        }
        if (!number.acceptsTexts()) {
            return new Destination(
                    channel,
                    "",
                    number.masked(),
                    AuditReason.SMS_NUMBER_NOT_MOBILE,
                    "the number " + number.masked() + " is " + number.kind() + ", not a mobile");
        }
        return new Destination(channel, mobile.get().e164(), mobile.get().masked(), null);
    }

    /** A text was asked for but cannot go out to this contact's number (or there is none). */
    boolean textImpossible() {
        return channel == Channel.SMS
                && (problem == AuditReason.SMS_COUNTRY_NOT_ALLOWED
                        || problem == AuditReason.SMS_NUMBER_NOT_MOBILE
                        || problem == AuditReason.NO_DESTINATION);
    }

    /** Why no text, in words; "no mobile on file" when there is no number. */
    String whyNoText() {
        return note.isEmpty() ? "no mobile on file" : note;
    }

    static Destination decoy(Channel channel, String masked) {
        return new Destination(channel, "", masked, AuditReason.NO_DESTINATION);
    }
}
