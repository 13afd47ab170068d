package com.portaldesk.ui.staff;

import java.util.Map;
import javafx.scene.control.ChoiceBox;
import javafx.util.StringConverter;

/** The delivery settings' choices in words: each configuration value by name, and what each way of email needs. */
final class DeliveryChoices {
    /** The configuration's values, shown by name: a person picks "Text messages by Twilio", not "twilio". */
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("outbox", "Demonstration outbox (nothing is sent)"),
            Map.entry("twilio", "Text messages by Twilio"),
            Map.entry("smtp", "Email through the firm's mail server (SMTP)"),
            Map.entry("microsoft365", "Microsoft 365 (no password)"),
            Map.entry("google", "Google Workspace (no password)"),
            Map.entry("starttls", "STARTTLS (usually port 587)"),
            Map.entry("ssl", "SSL/TLS (usually port 465)"),
            Map.entry("none", "None (only for a mail server on this computer)"));

    /** What each way of sending email needs from the firm, in a line above its fields. */
    private static final Map<String, String> HINTS = Map.of(
            "outbox", "Codes are kept in the Outbox tab instead of being sent: for trying PortalDesk out.",
            "smtp",
                    "Any mail server that accepts a user name and password. For Microsoft 365 choose \"Microsoft 365 "
                            + "(no password)\" instead: Microsoft is retiring passwords for SMTP.",
            "microsoft365",
                    "PortalDesk signs in as an app registered in your Microsoft Entra tenant and sends "
                            + "through Exchange Online; no mailbox password is stored. The secret is kept encrypted. "
                            + "docs/delivery-setup.md shows each click; a certificate instead of a secret is set in "
                            + "config.properties.",
            "google",
                    "A Google Cloud service account with domain-wide delegation sends as the mailbox through "
                            + "Gmail; no password is stored. Keep its key file readable by this account only "
                            + "(docs/delivery-setup.md).");

    private DeliveryChoices() {}

    /** The line above the email fields for this way of sending; empty for an unknown one. */
    static String hint(String emailProvider) {
        return HINTS.getOrDefault(emailProvider, "");
    }

    /** Offers these values in the box, each shown by its name. */
    static void offer(ChoiceBox<String> box, String... values) {
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null ? "" : NAMES.getOrDefault(value, value);
            }

            @Override
            public String fromString(String name) {
                return NAMES.entrySet().stream()
                        .filter(e -> e.getValue().equals(name))
                        .map(Map.Entry::getKey)
                        .findFirst()
                        .orElse(name);
            }
        });
    }
}
