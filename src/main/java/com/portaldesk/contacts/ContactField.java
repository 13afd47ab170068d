package com.portaldesk.contacts;

/** The fields of the contact form, so that each validation message can be shown beside its field. */
public enum ContactField {
    FIRST_NAME("First name"),
    LAST_NAME("Last name"),
    EMAIL("Email"),
    MOBILE("Mobile"),
    SSN("SSN"),
    PIN("PIN"),
    CHANNEL("Preferred channel"),
    LANGUAGE("Language"),
    NOTES("Notes");

    private final String label;

    ContactField(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
