package com.portaldesk.verify;

import com.portaldesk.audit.AuditReason;
import com.portaldesk.contacts.Channel;
import com.portaldesk.contacts.SignInLookup;
import com.portaldesk.contacts.SignInLookup.Candidate;
import com.portaldesk.settings.PortalPolicy;
import java.util.Optional;

/** How a start is answered and where its code goes, decided from the lookup and the policy alone. */
final class StartRules {
    private StartRules() {}

    /** The email destination to use when a text was asked for but cannot go to this contact; empty otherwise. */
    static Optional<Destination> emailInstead(Candidate contact, Destination requested, PortalPolicy policy) {
        if (!requested.textImpossible() || !policy.emailEnabled()) {
            return Optional.empty();
        }
        Destination byEmail = Destination.of(contact, Channel.EMAIL, policy);
        return byEmail.reachable() ? Optional.of(byEmail) : Optional.empty();
    }

    static String noTextWords(Destination requested) {
        return "No text message possible (" + requested.whyNoText() + "): the code goes by email";
    }

    static AuditReason reasonFor(SignInLookup.Outcome outcome, Destination destination) {
        return switch (outcome) {
            case UNKNOWN_EMAIL -> AuditReason.UNKNOWN_EMAIL;
            case SSN_MISMATCH -> AuditReason.SSN_MISMATCH;
            case ARCHIVED -> AuditReason.ARCHIVED;
            case PORTAL_DISABLED -> AuditReason.PORTAL_DISABLED;
            case MATCH -> destination.reachable() ? AuditReason.MATCH : destination.problem();
        };
    }

    static boolean enabled(PortalPolicy policy, Channel channel) {
        return channel == Channel.SMS ? policy.smsEnabled() : policy.emailEnabled();
    }

    static StartResult refused(ClientStatus status, ClientAnswer answer, Channel channel) {
        return new StartResult(null, status, answer, channel, 0, 0, 0);
    }
}
