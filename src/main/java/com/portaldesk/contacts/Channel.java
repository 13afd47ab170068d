package com.portaldesk.contacts;

import java.util.Locale;

/** How a client prefers to receive a one-time code. */
public enum Channel {
    SMS("Text message"),
    EMAIL("Email");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The other channel: where a code goes when this one fails. */
    public Channel opposite() {
        return this == SMS ? EMAIL : SMS;
    }

    /** Accepts sms, text, email, e-mail in any case; used by the CSV import and the command line. */
    public static Channel parse(String raw) {
        String text = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        return switch (text) {
            case "sms", "text", "text message", "mobile" -> SMS;
            case "email", "e-mail", "mail" -> EMAIL;
            default -> throw new IllegalArgumentException("Preferred channel is sms or email.");
        };
    }
}
