package com.portaldesk.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;

/**
 * Twilio's errors in words the front desk and the kiosk can act on. Codes from
 * https://www.twilio.com/docs/api/errors; the message never carries a credential.
 */
final class TwilioFailures {
    private static final Map<Integer, String> KNOWN = Map.ofEntries(
            Map.entry(21211, "The mobile number is not valid."),
            Map.entry(21614, "The number cannot receive text messages."),
            Map.entry(
                    21610, "The client replied STOP to the firm's texts; they must text START to receive codes again."),
            Map.entry(21408, "Twilio is not allowed to text this country (check the Geo permissions in Twilio)."),
            Map.entry(21612, "Twilio cannot text this number from the configured sender."),
            Map.entry(21606, "The From number cannot send texts; check twilio.from-number."),
            Map.entry(20003, "Twilio rejected the credentials; check the account SID and auth token or API key."),
            Map.entry(20429, "Twilio is limiting the firm's requests; try again in a minute."),
            Map.entry(30003, "The phone is switched off or out of reach."),
            Map.entry(30004, "The recipient's carrier blocked the text."),
            Map.entry(30005, "The number is unknown to the carrier, or no longer in use."),
            Map.entry(30006, "The number is a landline or its carrier cannot take texts."),
            Map.entry(30007, "The carrier filtered the text as unwanted."),
            Map.entry(30008, "The carrier reported an unknown delivery error."),
            Map.entry(30024, "The carrier requires the sender to be provisioned first; check the sender in Twilio."),
            Map.entry(30038, "The carrier filtered the text as a one-time code it does not allow from this sender."),
            Map.entry(
                    30040, "The destination carrier requires the sender to be registered first (Twilio error 30040)."),
            Map.entry(
                    30450,
                    "Twilio blocked the text (SMS pumping protection); check the Messaging Insights in " + "Twilio."),
            Map.entry(21704, "The Messaging Service has no phone numbers; add the firm's number to it in Twilio."),
            Map.entry(30127, "The Messaging Service SID is not valid; check twilio.messaging-service-sid."));

    /**
     * Limits on a registered sender's volume, which pass: 30022 is the campaign's throughput, 30027 T-Mobile's daily
     * cap for the brand. The text is lost all the same (a failed text is followed by an email, not sent again).
     */
    private static final Map<Integer, String> LIMITS = Map.of(
            30022,
                    "The firm sent more texts than its A2P 10DLC campaign allows at once (Twilio error 30022); if this "
                            + "happens often, ask Twilio about the campaign's throughput.",
            30027,
                    "T-Mobile's daily limit for the firm's A2P 10DLC brand is reached (Twilio error 30027); texts to "
                            + "T-Mobile numbers go through again tomorrow.");

    /** What a refusal with this code says, or null when the code is not one we explain. */
    private static String words(int code) {
        return KNOWN.getOrDefault(code, SenderRegistration.REFUSALS.get(code));
    }

    private TwilioFailures() {}

    static DeliveryResult of(ApiException e) {
        Integer code = e.getCode();
        Integer status = e.getHttpStatusCode() != null && e.getHttpStatusCode() > 0
                ? e.getHttpStatusCode()
                : e.getStatusCode() != null && e.getStatusCode() > 0 ? e.getStatusCode() : null;
        if (e instanceof BadTwilioResponse bad) {
            status = bad.httpStatus();
        }
        if (e instanceof BadTwilioResponse || has(e, JsonProcessingException.class)) {
            // Not Twilio's JSON: an HTML error page from a proxy or load balancer, or a body cut short.
            return DeliveryResult.transientFailure(
                    "TWILIO_BAD_RESPONSE",
                    "Bad response from Twilio: the answer was "
                            + "not Twilio's (an error page or an unreadable body"
                            + (status == null ? "" : ", HTTP " + status)
                            + "); a proxy or an outage may be in the way.");
        }
        if (code != null && code == 20429) {
            return DeliveryResult.transientFailure("TWILIO_20429", KNOWN.get(20429));
        }
        if (code != null && LIMITS.containsKey(code)) {
            return DeliveryResult.transientFailure("TWILIO_" + code, LIMITS.get(code));
        }
        if (status != null && status == 429) {
            return DeliveryResult.transientFailure("TWILIO_RATE_LIMITED", KNOWN.get(20429));
        }
        if (code != null && words(code) != null) {
            return DeliveryResult.failed("TWILIO_" + code, words(code));
        }
        if ((status != null && status >= 500) || (code != null && code == 20500)) {
            return DeliveryResult.transientFailure(
                    "TWILIO_UNAVAILABLE", "Twilio had a problem (HTTP " + status + "); try again.");
        }
        if (code == null && status == null) {
            // The SDK reports network failures (refused, timed out) as an ApiException caused by an IOException.
            return has(e, IOException.class)
                    ? unreachable()
                    : DeliveryResult.transientFailure(
                            "TWILIO_UNAVAILABLE", "Twilio answered with an error it did not " + "explain; try again.");
        }
        return DeliveryResult.failed(
                "TWILIO_" + (code != null ? code : "HTTP_" + status),
                "Twilio refused the text" + (code != null ? " (error " + code + ")." : "."));
    }

    private static boolean has(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    static DeliveryResult of(ApiConnectionException e) {
        return unreachable();
    }

    static DeliveryResult undelivered(Integer code, String status) {
        if (code != null && words(code) != null) {
            return DeliveryResult.failed("TWILIO_" + code, words(code));
        }
        if (code != null && LIMITS.containsKey(code)) {
            return DeliveryResult.failed("TWILIO_" + code, LIMITS.get(code));
        }
        return DeliveryResult.failed(
                "TWILIO_" + (code != null ? code : status.toUpperCase(Locale.ROOT)),
                "The text was not delivered (" + status + (code != null ? ", error " + code : "") + ").");
    }

    static DeliveryResult unreachable() {
        return DeliveryResult.transientFailure(
                "TWILIO_UNREACHABLE", "Twilio could not be reached (network problem or " + "timeout).");
    }
}
