package com.portaldesk.ui.staff;

import com.portaldesk.contacts.ContactInput;
import com.portaldesk.contacts.ContactRecord;
import com.portaldesk.contacts.ContactValidator;
import com.portaldesk.contacts.Pin;
import java.util.UUID;

/** What the contact dialog needs: the rules a contact is checked by, a PIN to suggest, and saving (audited). */
public interface ContactEditor {
    ContactValidator validator();

    /** A PIN for a client with no SSN on file, not guessable from their details. */
    Pin suggestPin(String email);

    ContactRecord add(ContactInput input);

    ContactRecord update(UUID id, ContactInput input);
}
