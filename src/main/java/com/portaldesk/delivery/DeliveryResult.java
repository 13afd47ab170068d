package com.portaldesk.delivery;

/**
 * What a sender reports. A failure carries a reason code staff can act on (for example the provider's
 * error number) and a sentence without secrets.
 */
public record DeliveryResult(boolean sent, String providerReference, String failureCode, String failureMessage) {

    public static DeliveryResult sent(String providerReference) {
        return new DeliveryResult(true, providerReference, "", "");
    }

    public static DeliveryResult failed(String code, String message) {
        return new DeliveryResult(false, "", code, message);
    }
}
