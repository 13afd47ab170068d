package com.portaldesk.ui.kiosk;

import com.portaldesk.contacts.ContactRecord;
import com.portaldesk.contacts.Email;

/** The details on file as a signed-in client may see them at the kiosk: enough to recognise, never whole. */
final class MaskedDetails {
    private MaskedDetails() {}

    /** •••-•••-0101, or empty when no mobile is on file. */
    static String mobile(ContactRecord contact) {
        String e164 = contact.mobileE164();
        return e164.length() < 4 ? "" : "•••-•••-" + e164.substring(e164.length() - 4);
    }

    /** a•••@example.com, or empty when no email is on file. */
    static String email(ContactRecord contact) {
        return contact.email().isEmpty() ? "" : new Email(contact.email()).masked();
    }
}
