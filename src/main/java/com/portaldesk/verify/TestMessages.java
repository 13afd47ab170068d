package com.portaldesk.verify;

import com.portaldesk.audit.Actor;
import com.portaldesk.audit.AuditEventType;
import com.portaldesk.audit.AuditLog;
import com.portaldesk.audit.AuditReason;
import com.portaldesk.audit.AuditRecord;
import com.portaldesk.config.Terminals;
import com.portaldesk.contacts.Channel;
import com.portaldesk.contacts.Email;
import com.portaldesk.contacts.PhoneNumber;
import com.portaldesk.delivery.CodeSender;
import com.portaldesk.delivery.DeliveryResult;
import com.portaldesk.settings.PolicyService;
import com.portaldesk.settings.PortalPolicy;
import com.portaldesk.store.StoredTime;
import com.portaldesk.store.Tx;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * "Send a test message" from the delivery settings and the command line. A test text is a real text the firm pays
 * for, so it obeys what a client's code obeys: the SMS country list, mobiles only, and the send budgets (per
 * number, per terminal, firm-wide per hour). Sent at once, not queued: the person testing waits for the answer.
 * Every test, sent or refused, is audited with the masked destination and who asked.
 */
public final class TestMessages {
    private final Tx tx;
    private final PolicyService policies;
    private final AuditLog audit;
    private final CodeHasher hasher;
    private final CodeSender sender;
    private final Clock clock;
    private final SendBudget budget = new SendBudget();

    TestMessages(Tx tx, PolicyService policies, AuditLog audit, CodeHasher hasher, CodeSender sender, Clock clock) {
        this.tx = tx;
        this.policies = policies;
        this.audit = audit;
        this.hasher = hasher;
        this.sender = sender;
        this.clock = clock;
    }

    public DeliveryResult sms(PhoneNumber number, String actor, String terminalId) {
        Terminals.check(terminalId);
        Optional<DeliveryResult> refused = reserve(
                Channel.SMS,
                number.e164(),
                number.masked(),
                actor,
                terminalId,
                policy -> !policy.allowsSmsTo(number.regionCode())
                        ? DeliveryResult.failed(
                                "SMS_COUNTRY_NOT_ALLOWED",
                                "Texts to " + number.regionCode() + " are not on the text message country list of the "
                                        + "security policy.")
                        : !number.acceptsTexts()
                                ? DeliveryResult.failed(
                                        "SMS_NUMBER_NOT_MOBILE",
                                        "The number is " + number.kind()
                                                + ", not a mobile; PortalDesk does not text it.")
                                : null);
        return refused.orElseGet(() -> sent(
                Channel.SMS,
                number.masked(),
                actor,
                terminalId,
                () -> sender.sendTest(number.e164(), policies.firmName())));
    }

    public DeliveryResult email(Email address, String actor, String terminalId) {
        Terminals.check(terminalId);
        return reserve(Channel.EMAIL, address.value(), address.masked(), actor, terminalId, policy -> null)
                .orElseGet(() -> sent(
                        Channel.EMAIL,
                        address.masked(),
                        actor,
                        terminalId,
                        () -> sender.sendTest(address.value(), policies.firmName())));
    }

    /** Checks the policy and the budgets and records the send against them; a refusal is audited and returned. */
    private Optional<DeliveryResult> reserve(
            Channel channel,
            String destination,
            String masked,
            String actor,
            String terminalId,
            Function<PortalPolicy, DeliveryResult> policyCheck) {
        Instant now = StoredTime.now(clock);
        byte[] identity = hasher.identity("test-message\u001F" + destination);
        return tx.inTransaction(em -> {
            PortalPolicy policy = policies.current(em);
            DeliveryResult refusal = policyCheck.apply(policy);
            AuditReason reason = refusal != null ? AuditReason.valueOf(refusal.failureCode()) : null;
            if (refusal == null) {
                reason = budget.refusal(em, identity, terminalId, channel, now, policy)
                        .orElse(null);
                refusal = reason == null
                        ? null
                        : DeliveryResult.failed(
                                reason.name(),
                                "Too many messages were sent "
                                        + "in the last hour ("
                                        + reason.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                                        + "); try again later.");
            }
            if (refusal != null) {
                audit.append(
                        em,
                        AuditRecord.by(new Actor(actor, terminalId), AuditEventType.DELIVERY_TESTED, reason)
                                .withDelivery(channel.name(), masked)
                                .withDetail("Test message refused: " + refusal.failureMessage() + " Asked by " + actor
                                        + "."));
                return Optional.of(refusal);
            }
            budget.record(em, identity, terminalId, channel, now);
            return Optional.<DeliveryResult>empty();
        });
    }

    private DeliveryResult sent(
            Channel channel, String masked, String actor, String terminalId, Supplier<DeliveryResult> send) {
        DeliveryResult result = onceOnly(send.get());
        audit.record(AuditRecord.by(
                        new Actor(actor, terminalId),
                        AuditEventType.DELIVERY_TESTED,
                        result.sent() ? AuditReason.OK : AuditReason.DELIVERY_FAILED)
                .withDelivery(channel.name(), masked)
                .withDetail("Test message: "
                        + (result.sent() ? result.summary() : result.failureCode() + ": " + result.failureMessage())
                        + ". Asked by " + actor + "."));
        return result;
    }

    /**
     * A test is sent once and answered at once, so a failure that may pass says so: the person tries again, where a
     * client's code would be tried again by itself.
     */
    private static DeliveryResult onceOnly(DeliveryResult result) {
        if (result.sent() || !result.retryable()) {
            return result;
        }
        return new DeliveryResult(
                result.status(),
                result.providerReference(),
                result.summary(),
                result.failureCode(),
                result.failureMessage() + " A test is sent only once: send it again in a few "
                        + "minutes (a client's code is tried again by itself).",
                true);
    }
}
