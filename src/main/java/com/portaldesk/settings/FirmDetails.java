package com.portaldesk.settings;

import java.util.regex.Pattern;

/** The firm's name and its phone number for "questions about portal security", checked when built. */
public record FirmDetails(String name, String phone) {
    private static final Pattern PHONE = Pattern.compile("[0-9+()./ -]{0,40}");

    public FirmDetails {
        name = name == null ? "" : name.strip();
        phone = phone == null ? "" : phone.strip();
        if (name.isEmpty() || name.length() > 80 || name.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("The firm name is 1 to 80 characters.");
        }
        if (!PHONE.matcher(phone).matches()) {
            throw new IllegalArgumentException("The firm phone is digits, spaces and + ( ) - . only, up to 40.");
        }
    }

    @Override
    public String toString() {
        return name + (phone.isEmpty() ? "" : " (" + phone + ")");
    }
}
