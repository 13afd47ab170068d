package com.portaldesk.contacts;

/**
 * What a person typed (or a CSV row held), before validation. Blank SSN and PIN mean "keep what is on
 * file" when editing. Channel may be blank: text messages when there is a mobile number, else email.
 * Language may be blank: English.
 */
public record ContactInput(
        String firstName,
        String lastName,
        String email,
        String mobile,
        String ssn,
        String pin,
        String channel,
        boolean portalAccess,
        String notes,
        String language) {

    /** Input without a language: codes in English. */
    public ContactInput(
            String firstName,
            String lastName,
            String email,
            String mobile,
            String ssn,
            String pin,
            String channel,
            boolean portalAccess,
            String notes) {
        this(firstName, lastName, email, mobile, ssn, pin, channel, portalAccess, notes, "");
    }

    public ContactInput withPortalAccess(boolean value) {
        return new ContactInput(firstName, lastName, email, mobile, ssn, pin, channel, value, notes, language);
    }

    public ContactInput withLanguage(String value) {
        return new ContactInput(firstName, lastName, email, mobile, ssn, pin, channel, portalAccess, notes, value);
    }
}
