package com.portaldesk.delivery;

/**
 * The port the verification engine sends codes through. Implementations: the outbox (demonstration),
 * and real SMS and email senders. Called off the UI thread; may take seconds; must not throw for a
 * delivery problem but report it as a failed {@link DeliveryResult}.
 */
public interface CodeSender {
    DeliveryResult send(CodeMessage message);

    /** A message that says it is a test, with the live settings; the result or the precise reason it failed. */
    DeliveryResult sendTest(String destination, String firmName);

    /** Shown to staff: which kind of delivery is live ("Outbox (demonstration)", "Twilio SMS", ...). */
    String describe();
}
