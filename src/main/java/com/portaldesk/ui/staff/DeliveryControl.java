package com.portaldesk.ui.staff;

import com.portaldesk.delivery.DeliveryForm;
import com.portaldesk.delivery.DeliveryResult;
import java.util.Optional;

/** What the delivery settings screen may do; the application wires it to the live senders. */
public interface DeliveryControl {
    DeliveryForm current();

    /** Checks and saves; returns the live mode afterwards. Throws with a message naming a bad value. */
    String save(DeliveryForm form, String actor, String terminal);

    /** A test text with the live settings, within the policy and the send budgets; audited as {@code actor}. */
    DeliveryResult testSms(String to, String actor, String terminal);

    DeliveryResult testEmail(String to, String actor, String terminal);

    String mode();

    /** True while texts or emails are only kept in the demonstration outbox, not delivered. */
    boolean demonstration();

    /** Said on the dashboard while the live email path signs in to Exchange Online with a password. */
    Optional<String> passwordWarning();
}
