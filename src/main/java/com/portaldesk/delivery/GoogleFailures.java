package com.portaldesk.delivery;

import com.google.api.client.http.HttpResponseException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

/**
 * Google's OAuth refusals of a service account
 * (https://developers.google.com/identity/protocols/oauth2/service-account) in words a Google Workspace admin can
 * act on. Google answers with an error name and a description; neither carries the key.
 */
final class GoogleFailures {
    private GoogleFailures() {}

    static DeliveryResult of(IOException e) {
        String text = everything(e);
        if (text.contains("unauthorized_client")) {
            return notDelegated("Google refused: the service account may not act for the firm's users.");
        }
        if (text.contains("Invalid email or User ID")) {
            return DeliveryResult.failed(
                    "GOOGLE_UNKNOWN_MAILBOX",
                    "Google does not know the mailbox in "
                            + "google.mailbox as a user of the firm's Google Workspace.");
        }
        if (text.contains("Invalid JWT Signature")) {
            return DeliveryResult.failed(
                    "GOOGLE_KEY_REVOKED",
                    "Google refused the service account's key: it was "
                            + "deleted or is not this account's. Create a new JSON key (Google Cloud console ▸ IAM & Admin ▸ "
                            + "Service accounts ▸ Keys) and point google.service-account-key at it.");
        }
        if (text.contains("short-lived token") || text.contains("iat") && text.contains("exp")) {
            return DeliveryResult.failed(
                    "GOOGLE_CLOCK",
                    "Google refused the sign-in because this computer's clock "
                            + "is wrong; set the date and time automatically.");
        }
        if (text.contains("invalid_client") || text.contains("disabled_client") || text.contains("account not found")) {
            return DeliveryResult.failed(
                    "GOOGLE_ACCOUNT_DISABLED",
                    "Google refused the service account: it is "
                            + "disabled or deleted (Google Cloud console ▸ IAM & Admin ▸ Service accounts).");
        }
        if (text.contains("429 Too Many Requests") || text.contains("rate_limit_exceeded")) {
            return DeliveryResult.transientFailure(
                    "GOOGLE_BUSY",
                    "Google's sign-in service asked PortalDesk to slow "
                            + "down (429 Too Many Requests); this passes by itself.");
        }
        if (text.contains(" 5") && (text.contains("500") || text.contains("502") || text.contains("503"))
                || e instanceof SocketTimeoutException
                || e instanceof ConnectException
                || e instanceof UnknownHostException
                || e.getCause() instanceof ConnectException) {
            return DeliveryResult.transientFailure(
                    "GOOGLE_UNREACHABLE",
                    "Google's sign-in service could not be "
                            + "reached or is unavailable: this computer has no internet connection, a proxy or firewall is in "
                            + "the way, or the service did not answer in time.");
        }
        if (text.contains("401 Unauthorized")) {
            // Google answers unauthorized_client with 401, and Java's HTTP client drops the body of a 401 to a POST:
            // the status is all there is, and delegation is what it means for a service account.
            return notDelegated("Google refused the service account (401 Unauthorized). Most often it may not act "
                    + "for the firm's users.");
        }
        return DeliveryResult.failed("GOOGLE_REFUSED", "Google refused to sign PortalDesk in: " + firstLine(text));
    }

    private static DeliveryResult notDelegated(String what) {
        return DeliveryResult.failed(
                "GOOGLE_NOT_DELEGATED",
                what + " In the Google Admin console, Security ▸ Access "
                        + "and data control ▸ API controls ▸ Manage domain-wide delegation, add the service account's client "
                        + "ID with the scope https://mail.google.com/.");
    }

    /** The messages down the cause chain and Google's answer itself, which the library keeps in the cause. */
    private static String everything(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            text.append(t.getMessage()).append('\n');
            if (t instanceof HttpResponseException answer && answer.getContent() != null) {
                text.append(answer.getContent()).append('\n');
            }
        }
        return text.toString();
    }

    private static String firstLine(String text) {
        String first = text.lines().findFirst().orElse("no reason was given").strip();
        return first.length() > 300 ? first.substring(0, 300) + "…" : first;
    }
}
