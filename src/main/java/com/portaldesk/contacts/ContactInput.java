package com.portaldesk.contacts;

/**
 * What a person typed (or a CSV row held), before validation. Blank SSN and PIN mean "keep what is on
 * file" when editing. Channel may be blank: text messages when there is a mobile number, else email.
 */
public record ContactInput(String firstName, String lastName, String email, String mobile, String ssn, String pin,
                           String channel, boolean portalAccess, String notes) {

    public ContactInput withPortalAccess(boolean value) {
        return new ContactInput(firstName, lastName, email, mobile, ssn, pin, channel, value, notes);
    }
}
