package com.portaldesk.testutil;

import com.portaldesk.contacts.ContactInput;

/** Builds a {@link ContactInput} with sensible defaults; each with* call changes one field. */
public final class ContactBuilder {
    private String firstName = "Amy";
    private String lastName = "Bee";
    private String email = "amy.bee@example.com";
    private String mobile = "(415) 555-0142";
    private String ssn = "219-09-9999";
    private String pin = "";
    private String channel = "";
    private boolean portalAccess = true;
    private String notes = "";

    public ContactBuilder withName(String first, String last) {
        this.firstName = first;
        this.lastName = last;
        return this;
    }

    public ContactBuilder withEmail(String value) {
        this.email = value;
        return this;
    }

    public ContactBuilder withMobile(String value) {
        this.mobile = value;
        return this;
    }

    public ContactBuilder withSsn(String value) {
        this.ssn = value;
        return this;
    }

    public ContactBuilder withPin(String value) {
        this.pin = value;
        return this;
    }

    public ContactBuilder withChannel(String value) {
        this.channel = value;
        return this;
    }

    public ContactBuilder withPortalAccess(boolean value) {
        this.portalAccess = value;
        return this;
    }

    public ContactBuilder withNotes(String value) {
        this.notes = value;
        return this;
    }

    public ContactInput build() {
        return new ContactInput(firstName, lastName, email, mobile, ssn, pin, channel, portalAccess, notes);
    }
}
