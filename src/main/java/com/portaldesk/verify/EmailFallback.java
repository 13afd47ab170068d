package com.portaldesk.verify;

import com.portaldesk.audit.AuditEventType;
import com.portaldesk.audit.AuditLog;
import com.portaldesk.audit.AuditReason;
import com.portaldesk.audit.AuditRecord;
import com.portaldesk.contacts.Channel;
import com.portaldesk.contacts.SignInLookup;
import com.portaldesk.contacts.SignInLookup.Candidate;
import com.portaldesk.settings.PolicyService;
import com.portaldesk.settings.PortalPolicy;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A text message failed (refused by the provider, or reported undelivered): a fresh code is queued for email under
 * the same challenge and attempt budget, in the transaction that records the failure, so the fallback is as durable
 * as the failure. Without an email on file, with email turned off or over budget, there is no fallback; the
 * challenge says so, and the kiosk sends the client to the front desk.
 */
final class EmailFallback {
    private final PolicyService policies;
    private final SignInLookup lookup;
    private final AuditLog audit;
    private final CodeIssuer issuer;
    private final SendBudget budget = new SendBudget();

    EmailFallback(PolicyService policies, SignInLookup lookup, AuditLog audit, CodeIssuer issuer) {
        this.policies = policies;
        this.lookup = lookup;
        this.audit = audit;
        this.issuer = issuer;
    }

    /** Queues the email in the caller's transaction and returns its delivery row; empty when there is none. */
    Optional<UUID> afterFailedText(
            EntityManager em, UUID challengeId, int failedVersion, String terminalId, Instant now) {
        Challenge challenge = em.find(Challenge.class, challengeId);
        if (challenge == null
                || challenge.decoy()
                || challenge.status() != ChallengeStatus.PENDING
                || challenge.codeVersion() != failedVersion
                || challenge.channel() != Channel.SMS
                || challenge.checks() >= challenge.maxChecks()
                || !now.isBefore(challenge.expiresAt())) {
            return Optional.empty(); // a newer code, an approval or the end of the challenge made the text moot
        }
        PortalPolicy policy = policies.current(em);
        Optional<Candidate> contact = lookup.byId(em, challenge.contactId());
        Destination destination =
                contact.map(c -> Destination.of(c, Channel.EMAIL, policy)).orElse(Destination.decoy(Channel.EMAIL, ""));
        AuditReason refusal = !policy.emailEnabled()
                ? AuditReason.CHANNEL_DISABLED
                : !destination.reachable()
                        ? destination.problem()
                        : budget.refusal(em, challenge.identityHash(), terminalId, Channel.EMAIL, now, policy)
                                .orElse(null);
        if (refusal != null) {
            audit.append(
                    em,
                    AuditRecord.of(AuditEventType.SEND_REFUSED, refusal, terminalId)
                            .withChallenge(challengeId)
                            .withContact(challenge.contactId())
                            .withDetail(
                                    "No email fallback after the failed text: the client should ask the front desk"));
            ChallengeUpdates.setDelivery(em, challengeId, failedVersion, CodeStanding.NO_FALLBACK);
            return Optional.empty();
        }
        Optional<UUID> delivery = issuer.issue(
                em,
                challenge,
                destination,
                policy,
                now,
                true,
                true,
                contact.get().firstName(),
                terminalId);
        budget.record(em, challenge.identityHash(), terminalId, Channel.EMAIL, now);
        audit.append(
                em,
                new AuditRecord(
                        AuditEventType.CODE_RESENT,
                        AuditReason.DELIVERY_FAILED,
                        terminalId,
                        challenge.contactId(),
                        challengeId,
                        Channel.EMAIL.name(),
                        destination.masked(),
                        "The text message failed: a new code is queued for email"));
        return delivery;
    }
}
