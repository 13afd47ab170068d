package com.portaldesk.ui.staff;

import com.portaldesk.contacts.ContactQuery;
import com.portaldesk.contacts.ContactRecord;

/** The windows a view may ask the main window to open. */
public interface StaffActions {
    void addContact();

    void editContact(ContactRecord contact);

    void importContacts();

    void exportContacts(ContactQuery query);
}
