package com.portaldesk.delivery;

import jakarta.mail.MessagingException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Refusals that Exchange Online and Gmail word in their own enhanced status codes, each with the one thing a firm
 * does about it: a sign-in refused for a reason of the provider's own, or a sending limit reached. A limit of the
 * mailbox is not a fault of the settings, and its words say when it passes.
 */
final class MailProviderRefusals {
    /** 5.7.3 itself, not 5.7.30 or 5.7.39. */
    private static final Pattern STATUS_5_7_3 = Pattern.compile("\\b5\\.7\\.3(?![\\d.])");

    private MailProviderRefusals() {}

    /** The provider's own refusal, in words; null when the reply is not one of them. */
    static DeliveryResult of(MessagingException e) {
        String text = allMessages(e);
        DeliveryResult signIn = exchangeSignIn(text);
        if (signIn == null) {
            signIn = gmailSignIn(text);
        }
        return signIn != null ? signIn : sendingLimit(text);
    }

    /**
     * Exchange Online's refusals of a sign-in, by their enhanced status codes: each has one cause a firm can fix.
     * https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission
     */
    private static DeliveryResult exchangeSignIn(String text) {
        if (text.contains("5.7.30")) {
            return DeliveryResult.failed(
                    "SMTP_BASIC_AUTH_RETIRED",
                    "Microsoft refuses password sign-in for sending "
                            + "mail (5.7.30: Basic authentication is not supported for Client Submission). Set "
                            + "email.provider=microsoft365 so that PortalDesk signs in as an app, with no password "
                            + "(docs/delivery-setup.md).");
        }
        if (text.contains("5.7.139")) {
            return DeliveryResult.failed(
                    "SMTP_AUTH_DISABLED",
                    "Exchange Online refused the sign-in (5.7.139): "
                            + "authenticated SMTP is turned off for the mailbox or the whole tenant. Turn on Authenticated "
                            + "SMTP for the mailbox (Microsoft 365 admin center ▸ Users ▸ Active users ▸ Mail ▸ Manage "
                            + "email apps).");
        }
        if (STATUS_5_7_3.matcher(text).find()) {
            return DeliveryResult.failed(
                    "SMTP_AUTH_REFUSED_5_7_3",
                    "Exchange Online refused the sign-in (5.7.3 "
                            + "Authentication unsuccessful). Signed in as an app: the app needs Office 365 Exchange Online ▸ "
                            + "SMTP.SendAsApp with admin consent, its service principal registered in Exchange Online "
                            + "(New-ServicePrincipal) and full access to the mailbox (Add-MailboxPermission). Signed in with "
                            + "a password: the user name or password is wrong.");
        }
        return null;
    }

    /**
     * Gmail's refusals of a password sign-in, by their enhanced status codes (Google's SMTP error reference):
     * https://support.google.com/a/answer/3726730
     */
    private static DeliveryResult gmailSignIn(String text) {
        if (text.contains("5.7.9") && text.contains("Application-specific password")) {
            return DeliveryResult.failed(
                    "SMTP_GOOGLE_APP_PASSWORD_REQUIRED",
                    "Google refused the mailbox's own "
                            + "password (5.7.9): with 2-Step Verification on, it takes an app password instead (Google "
                            + "Account ▸ Security ▸ App passwords), or set email.provider=google so that PortalDesk signs in "
                            + "as a service account, with no password (docs/delivery-setup.md).");
        }
        if (text.contains("5.7.8") && text.contains("support.google.com")) {
            return DeliveryResult.failed(
                    "SMTP_GOOGLE_CREDENTIALS_REFUSED",
                    "Google refused the user name or app "
                            + "password (5.7.8): check both, or make a new app password if it was revoked; or set "
                            + "email.provider=google so that PortalDesk signs in as a service account (docs/delivery-setup.md).");
        }
        if (text.contains("5.7.14") && text.contains("accounts.google.com")) {
            return DeliveryResult.failed(
                    "SMTP_GOOGLE_SIGN_IN_BLOCKED",
                    "Google blocked this sign-in (5.7.14) and "
                            + "wants the mailbox's owner to sign in with a browser first; Google no longer lets programs sign "
                            + "in with a plain password: use an app password, or set email.provider=google "
                            + "(docs/delivery-setup.md).");
        }
        return null;
    }

    /**
     * A mailbox's sending limits. Exchange Online: 10,000 recipients a day and 30 messages a minute per mailbox
     * (5.2.0 SubmissionQuotaExceeded), three connections at once (4.3.2); Gmail: a daily limit per user (5.4.5), and
     * too many sign-ins at once (4.7.0). https://learn.microsoft.com/office365/servicedescriptions/exchange-online-service-description/exchange-online-limits
     */
    private static DeliveryResult sendingLimit(String text) {
        if (text.contains("SubmissionQuotaExceeded")) {
            return DeliveryResult.failed(
                    "SMTP_EXCHANGE_SENDING_LIMIT",
                    "Exchange Online refused the message: the "
                            + "mailbox has reached its sending limit (5.2.0 SubmissionQuotaExceeded; 10,000 recipients a day, "
                            + "30 messages a minute). Email codes go out again once the limit resets; until then clients with "
                            + "a mobile number can choose a text. A mailbox used only by PortalDesk keeps other mail from "
                            + "using it up.");
        }
        if (text.contains("4.3.2") && text.toLowerCase(Locale.ROOT).contains("thread limit")) {
            return DeliveryResult.transientFailure(
                    "SMTP_EXCHANGE_BUSY",
                    "Exchange Online asked to wait: more "
                            + "messages at once from this mailbox than it takes (4.3.2, three connections at a time); this "
                            + "passes by itself.");
        }
        if (text.contains("5.4.5") && text.contains("sending")) {
            return DeliveryResult.failed(
                    "SMTP_GOOGLE_SENDING_LIMIT",
                    "Google refused the message: the mailbox has "
                            + "reached its daily sending limit (5.4.5). Email codes go out again within 24 hours; until then "
                            + "clients with a mobile number can choose a text. A mailbox used only by PortalDesk keeps other "
                            + "mail from using it up.");
        }
        if (text.contains("4.7.0") && text.contains("Too many login attempts")) {
            return DeliveryResult.transientFailure(
                    "SMTP_GOOGLE_TOO_MANY_SIGN_INS",
                    "Google asked to wait: too many "
                            + "sign-ins to the mailbox in a short time (4.7.0); this passes by itself.");
        }
        return null;
    }

    private static String allMessages(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            text.append(t.getMessage() == null ? "" : t.getMessage()).append('\n');
        }
        return text.toString();
    }
}
