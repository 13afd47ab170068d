package com.portaldesk.delivery;

import com.portaldesk.contacts.Channel;
import java.time.Duration;

/**
 * The port the verification engine sends codes through. Implementations: the outbox (demonstration),
 * and real SMS and email senders. Called off the UI thread by the delivery worker; may take seconds; must not
 * throw for a delivery problem but report it as a failed {@link DeliveryResult}.
 */
public interface CodeSender {
    /** Hands the message to the provider once; does not wait for the phone or mailbox. */
    DeliveryResult send(CodeMessage message);

    /**
     * Where an accepted message stands now: still accepted, delivered, or failed after all (a text reported
     * undelivered). Senders whose provider cannot say keep the default, which answers "accepted".
     */
    default DeliveryResult status(Channel channel, String providerReference) {
        return DeliveryResult.accepted(providerReference, "");
    }

    /** How long after acceptance a failure may still be reported for this channel; zero when it never is. */
    default Duration watchWindow(Channel channel) {
        return Duration.ZERO;
    }

    /** A message that says it is a test, with the live settings; the result or the precise reason it failed. */
    DeliveryResult sendTest(String destination, String firmName);

    /**
     * A plain-text notice to the firm itself by email (the daily audit checkpoint); the result says whether the
     * provider accepted it. Senders that cannot email keep the default refusal.
     */
    default DeliveryResult sendNotice(String to, String subject, String text) {
        return DeliveryResult.failed("NO_NOTICES", describe() + " cannot send an email notice.");
    }

    /** Shown to staff: which kind of delivery is live ("Outbox (demonstration)", "Twilio SMS", ...). */
    String describe();
}
