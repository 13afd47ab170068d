package com.portaldesk.verify;

import com.portaldesk.audit.AuditEventType;
import com.portaldesk.audit.AuditLog;
import com.portaldesk.audit.AuditReason;
import com.portaldesk.audit.AuditRecord;
import com.portaldesk.config.Terminals;
import com.portaldesk.contacts.Channel;
import com.portaldesk.contacts.Email;
import com.portaldesk.contacts.Language;
import com.portaldesk.contacts.SignInLookup;
import com.portaldesk.contacts.SignInLookup.Candidate;
import com.portaldesk.contacts.TextRules;
import com.portaldesk.settings.PolicyService;
import com.portaldesk.settings.PortalPolicy;
import com.portaldesk.store.DuplicateKeyException;
import com.portaldesk.store.StoredTime;
import com.portaldesk.store.Tx;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Starts and resends challenges: email + last four (or PIN) in, a code out by the chosen channel. Whatever
 * the lookup finds, the client gets the same answer and a challenge row is created; when the details do not
 * match (or the contact may not sign in, or the identity is locked) it is a decoy that can never be approved
 * and to which nothing is sent. Checking codes is {@link CodeCheck}'s job.
 */
public final class VerificationEngine {
    private final Tx tx;
    private final PolicyService policies;
    private final SignInLookup lookup;
    private final AuditLog audit;
    private final CodeHasher hasher;
    private final IdentityLockout lockout;
    private final SendBudget budget = new SendBudget();
    private final CodeIssuer issuer;
    private final DeliveryWorker worker;
    private final Clock clock;

    VerificationEngine(
            VerifyGround ground,
            SignInLookup lookup,
            IdentityLockout lockout,
            CodeIssuer issuer,
            DeliveryWorker worker) {
        this.tx = ground.tx();
        this.policies = ground.policies();
        this.lookup = lookup;
        this.audit = ground.audit();
        this.hasher = ground.hasher();
        this.lockout = lockout;
        this.issuer = issuer;
        this.worker = worker;
        this.clock = ground.clock();
    }

    /** A start whose codes are written in the contact's preferred language. */
    public StartResult start(String email, String lastFour, Channel channel, String terminalId) {
        return start(email, lastFour, channel, terminalId, null);
    }

    /**
     * Starts a sign-in. {@code language} is the language the client is using (the kiosk's); null means the
     * contact's preferred language. Every later code of this challenge is written in the same language.
     */
    public StartResult start(String email, String lastFour, Channel channel, String terminalId, Language language) {
        Terminals.check(terminalId);
        String last4 = lastFour == null ? "" : lastFour.strip();
        if (channel == null
                || !Email.isValid(TextRules.normalise(email).toLowerCase(Locale.ROOT))
                || last4.length() != 4
                || !TextRules.isAsciiDigits(last4)) {
            return StartRules.refused(ClientStatus.INVALID_INPUT, ClientAnswer.BAD_DETAILS, channel);
        }
        Email typed = new Email(email);
        return commitThenSend(em -> start(em, typed, last4, channel, terminalId, language));
    }

    private Decision start(
            EntityManager em, Email email, String last4, Channel channel, String terminalId, Language language) {
        PortalPolicy policy = policies.current(em);
        if (!StartRules.enabled(policy, channel)) {
            return Decision.only(
                    StartRules.refused(ClientStatus.INVALID_INPUT, ClientAnswer.channelOff(channel), channel));
        }
        byte[] identity = hasher.identity(email.value());
        lockout.ensureState(em, identity);
        Instant now = now();
        Optional<AuditReason> overBudget = budget.refusal(em, identity, terminalId, channel, now, policy);
        if (overBudget.isPresent()) {
            audit.append(em, AuditRecord.of(AuditEventType.SEND_REFUSED, overBudget.get(), terminalId));
            return Decision.only(StartRules.refused(ClientStatus.TRY_LATER, ClientAnswer.TRY_LATER, channel));
        }
        Candidate candidate = lookup.find(em, email, last4);
        // Every start counts against the identity, whatever it finds; an approval clears the count. Counting
        // only wrong last fours would let a guesser learn the right one from when the lock falls.
        failure(em, identity, policy, now, terminalId, candidate.contactId().orElse(null));
        boolean locked = lockout.isLocked(em, identity, now);
        Destination requested = Destination.of(candidate, channel, policy);
        // A contact who may sign in but whose number takes no text gets the code by email, under this challenge.
        Optional<Destination> instead = candidate.outcome() == SignInLookup.Outcome.MATCH && !locked
                ? StartRules.emailInstead(candidate, requested, policy)
                : Optional.empty();
        Destination destination = instead.orElse(requested);
        AuditReason reason = locked ? AuditReason.LOCKED : StartRules.reasonFor(candidate.outcome(), destination);
        boolean decoy = reason != AuditReason.MATCH;
        Language written = language != null ? language : candidate.language();
        Challenge challenge = new Challenge(
                UUID.randomUUID(),
                identity,
                decoy ? null : candidate.contactId().orElseThrow(),
                terminalId,
                policy.maxChecks(),
                written,
                now);
        Optional<UUID> delivery = issuer.issue(
                em,
                challenge,
                destination,
                policy,
                now,
                !decoy,
                instead.isPresent(),
                candidate.firstName(),
                terminalId);
        budget.record(em, identity, terminalId, channel, now);
        audit.append(
                em,
                AuditRecord.of(AuditEventType.CHALLENGE_STARTED, reason, terminalId)
                        .withContact(candidate.contactId().orElse(null))
                        .withChallenge(challenge.id())
                        .withDelivery(destination.channel().name(), destination.masked())
                        .withDetail(instead.isPresent() ? StartRules.noTextWords(requested) : ""));
        return new Decision(sent(challenge.id(), channel, policy), delivery);
    }

    /** A new code under the same challenge and attempt budget, by the same or another channel. */
    public StartResult resend(UUID challengeId, Channel channel, String terminalId) {
        Terminals.check(terminalId);
        return commitThenSend(em -> {
            Challenge challenge = challengeId == null ? null : em.find(Challenge.class, challengeId);
            // "The same channel" is the one the client asked for, real or decoy alike, so the answer cannot differ.
            Channel wanted =
                    channel != null ? channel : challenge == null ? Channel.EMAIL : challenge.requestedChannel();
            if (challenge == null
                    || challenge.status() != ChallengeStatus.PENDING
                    || challenge.checks() >= challenge.maxChecks()) {
                return Decision.only(StartRules.refused(ClientStatus.START_AGAIN, ClientAnswer.START_AGAIN, wanted));
            }
            PortalPolicy policy = policies.current(em);
            if (!StartRules.enabled(policy, wanted)) {
                return Decision.only(
                        StartRules.refused(ClientStatus.INVALID_INPUT, ClientAnswer.channelOff(wanted), wanted));
            }
            Instant now = now();
            long wait = Duration.between(now, challenge.lastSentAt().plus(policy.resendCooldown()))
                    .toSeconds();
            if (wait > 0) {
                audit.append(
                        em,
                        AuditRecord.of(AuditEventType.SEND_REFUSED, AuditReason.COOLDOWN, terminalId)
                                .withChallenge(challengeId)
                                .withContact(challenge.contactId()));
                return Decision.only(new StartResult(
                        challengeId,
                        ClientStatus.TRY_LATER,
                        ClientAnswer.cooldown(wait),
                        wanted,
                        policy.codeLength(),
                        0,
                        wait));
            }
            Optional<AuditReason> overBudget =
                    budget.refusal(em, challenge.identityHash(), terminalId, wanted, now, policy);
            if (overBudget.isPresent()) {
                audit.append(
                        em,
                        AuditRecord.of(AuditEventType.SEND_REFUSED, overBudget.get(), terminalId)
                                .withChallenge(challengeId)
                                .withContact(challenge.contactId()));
                return Decision.only(StartRules.refused(ClientStatus.TRY_LATER, ClientAnswer.TRY_LATER, wanted));
            }
            Optional<Candidate> contact = challenge.decoy() ? Optional.empty() : lookup.byId(em, challenge.contactId());
            Destination requested = contact.map(c -> Destination.of(c, wanted, policy))
                    .orElse(Destination.decoy(wanted, challenge.destinationMasked()));
            Optional<Destination> instead = contact.flatMap(c -> StartRules.emailInstead(c, requested, policy));
            Destination destination = instead.orElse(requested);
            boolean deliverable = !challenge.decoy() && destination.reachable();
            Optional<UUID> delivery = issuer.issue(
                    em,
                    challenge,
                    destination,
                    policy,
                    now,
                    deliverable,
                    instead.isPresent(),
                    contact.map(Candidate::firstName).orElse(""),
                    terminalId);
            budget.record(em, challenge.identityHash(), terminalId, wanted, now);
            audit.append(
                    em,
                    AuditRecord.of(
                                    AuditEventType.CODE_RESENT,
                                    challenge.decoy()
                                            ? AuditReason.NOT_PENDING
                                            : deliverable ? AuditReason.OK : destination.problem(),
                                    terminalId)
                            .withChallenge(challengeId)
                            .withContact(challenge.contactId())
                            .withDelivery(destination.channel().name(), destination.masked())
                            .withDetail(
                                    !deliverable
                                            ? ""
                                            : instead.isPresent()
                                                    ? StartRules.noTextWords(requested)
                                                    : "A new code is queued; the old one no longer works"));
            return new Decision(sent(challengeId, wanted, policy), delivery);
        });
    }

    /** Where the newest code of a challenge stands, as the kiosk may show it. Decoys always look sent. */
    public DeliveryState deliveryState(UUID challengeId) {
        return tx.inTransaction(em -> {
            Challenge challenge = challengeId == null ? null : em.find(Challenge.class, challengeId);
            if (challenge == null || challenge.decoy()) {
                return DeliveryState.SENT;
            }
            return DeliveryState.of(challenge.deliveryStatus(), challenge.channel(), challenge.byEmailInstead());
        });
    }

    private void failure(
            EntityManager em, byte[] identity, PortalPolicy policy, Instant now, String terminalId, UUID contactId) {
        if (lockout.recordFailure(em, identity, now, policy)) {
            audit.append(
                    em,
                    AuditRecord.of(AuditEventType.IDENTITY_LOCKED, AuditReason.THRESHOLD_REACHED, terminalId)
                            .withContact(contactId)
                            .withDetail("Locked for " + policy.lockDuration().toMinutes() + " minutes"));
        }
    }

    private StartResult sent(UUID challengeId, Channel channel, PortalPolicy policy) {
        return new StartResult(
                challengeId,
                ClientStatus.CODE_SENT,
                ClientAnswer.codeSent(channel),
                channel,
                policy.codeLength(),
                policy.codeLifetime().toSeconds(),
                policy.resendCooldown().toSeconds());
    }

    /**
     * Runs the decision in one transaction; the code to send is a queue row committed with it, so a code is never
     * promised without a row that a delivery worker will send. Once committed, this process's worker is woken for
     * it. Two first-time starts for one identity can race to create its state row; the loser simply runs again.
     */
    private StartResult commitThenSend(Function<EntityManager, Decision> work) {
        Decision decision;
        try {
            decision = tx.inTransaction(work);
        } catch (DuplicateKeyException e) {
            decision = tx.inTransaction(work);
        }
        decision.delivery().ifPresent(worker::wake);
        return decision.result();
    }

    /** What the client is told, and the queued delivery to wake the worker for once the transaction has committed. */
    private record Decision(StartResult result, Optional<UUID> delivery) {
        static Decision only(StartResult result) {
            return new Decision(result, Optional.empty());
        }
    }

    private Instant now() {
        return StoredTime.now(clock);
    }
}
