package com.portaldesk.ui.staff;

import com.portaldesk.config.ConfigKey;
import com.portaldesk.delivery.DeliveryResult;
import com.portaldesk.delivery.Outbox;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A delivery failure's next step is written for config.properties and the command line ("set
 * email.provider=microsoft365", "check smtp.host"); on Delivery settings it names what the admin sees instead: the
 * choice by its name and the field by its label. Keys that are not on this screen are left as they are.
 */
final class DeliveryScreenNames {
    private static final Map<ConfigKey, String> LABELS = Map.ofEntries(
            Map.entry(ConfigKey.TWILIO_ACCOUNT_SID, "Twilio account SID"),
            Map.entry(ConfigKey.TWILIO_AUTH_TOKEN, "Auth token"),
            Map.entry(ConfigKey.TWILIO_FROM_NUMBER, "From number"),
            Map.entry(ConfigKey.TWILIO_MESSAGING_SERVICE_SID, "Messaging Service SID"),
            Map.entry(ConfigKey.SMTP_HOST, "SMTP server"),
            Map.entry(ConfigKey.SMTP_PORT, "Port"),
            Map.entry(ConfigKey.SMTP_SECURITY, "Security"),
            Map.entry(ConfigKey.SMTP_USERNAME, "User name"),
            Map.entry(ConfigKey.SMTP_PASSWORD, "Password"),
            Map.entry(ConfigKey.SMTP_FROM_ADDRESS, "From address"),
            Map.entry(ConfigKey.SMTP_FROM_NAME, "From name"),
            Map.entry(ConfigKey.M365_TENANT_ID, "Directory (tenant) ID"),
            Map.entry(ConfigKey.M365_CLIENT_ID, "Application (client) ID"),
            Map.entry(ConfigKey.M365_CLIENT_SECRET, "Client secret (Value)"),
            Map.entry(ConfigKey.M365_MAILBOX, "Send from mailbox"),
            Map.entry(ConfigKey.GOOGLE_SERVICE_ACCOUNT_KEY, "Service account key (JSON)"),
            Map.entry(ConfigKey.GOOGLE_MAILBOX, "Send from mailbox"));
    private static final Pattern CHOICE = Pattern.compile("\\b([Ss])et email\\.provider=(microsoft365|google)");
    private static final Map<String, String> CHOICES =
            Map.of("microsoft365", "Microsoft 365 (no password)", "google", "Google Workspace (no password)");

    private DeliveryScreenNames() {}

    static String of(String message) {
        Matcher choice = CHOICE.matcher(message);
        String named = choice.replaceAll(
                found -> Matcher.quoteReplacement((found.group(1).equals("S") ? "C" : "c") + "hoose \""
                        + CHOICES.get(found.group(2)) + "\" in Send email with"));
        for (Map.Entry<ConfigKey, String> field : LABELS.entrySet()) {
            named = named.replaceAll(
                    "(?<![\\w.-])" + Pattern.quote(field.getKey().key()) + "(?![\\w-])",
                    Matcher.quoteReplacement("\"" + field.getValue() + "\""));
        }
        return named;
    }

    /** What happened to the test message, never "sent" for one the demonstration outbox kept. */
    static String testOutcome(DeliveryResult result) {
        if (!result.sent()) {
            return "✖ Not sent: " + of(result.failureMessage()) + " [" + result.failureCode() + "]";
        }
        if (Outbox.KEPT.equals(result.summary())) {
            return "Kept in the outbox, not delivered: demonstration mode is live. Choose a provider above to send "
                    + "real messages.";
        }
        return "✔ " + result.summary() + ".";
    }
}
