package com.portaldesk.delivery;

/**
 * What a sender reports. Accepted means the provider took the message (Twilio answered with a message SID, the
 * mail server accepted the DATA); delivered means the provider later confirmed it reached the phone. A failure
 * carries a reason code staff can act on (for example the provider's error number), a sentence without secrets,
 * and whether trying again later may help (a timeout may pass; an invalid number will not).
 */
public record DeliveryResult(
        Status status,
        String providerReference,
        String summary,
        String failureCode,
        String failureMessage,
        boolean retryable) {

    /** Where a message stands with its provider. */
    public enum Status {
        ACCEPTED,
        DELIVERED,
        FAILED
    }

    /** Taken by the provider; {@code summary} says by whom, in words for the audit log ("Accepted by Twilio ..."). */
    public static DeliveryResult accepted(String providerReference, String summary) {
        return new DeliveryResult(Status.ACCEPTED, providerReference, summary, "", "", false);
    }

    public static DeliveryResult delivered(String providerReference) {
        return new DeliveryResult(Status.DELIVERED, providerReference, "Delivered", "", "", false);
    }

    /** A failure that trying again will not cure. */
    public static DeliveryResult failed(String code, String message) {
        return new DeliveryResult(Status.FAILED, "", "", code, message, false);
    }

    /** A failure that may pass: the provider could not be reached, timed out, or asked us to slow down. */
    public static DeliveryResult transientFailure(String code, String message) {
        return new DeliveryResult(Status.FAILED, "", "", code, message, true);
    }

    /** Accepted or delivered. */
    public boolean sent() {
        return status != Status.FAILED;
    }

    public boolean delivered() {
        return status == Status.DELIVERED;
    }
}
