package com.portaldesk.ui.staff;

import com.portaldesk.contacts.ContactPage;
import com.portaldesk.contacts.ContactQuery;
import com.portaldesk.contacts.ContactRecord;
import com.portaldesk.contacts.ContactsStamp;
import java.util.Set;
import java.util.UUID;

/**
 * What the contacts list needs: a page of matches, the stamp that tells whether anything changed, and the changes a
 * front desk makes from the list (each audited with the staff member signed in here).
 */
public interface ContactDirectory {
    ContactPage search(ContactQuery query);

    /** Changes whenever any contact is added, changed or archived, by any workstation or the command line. */
    ContactsStamp stamp();

    ContactRecord setArchived(UUID id, boolean archived);

    ContactRecord setPortalAccess(UUID id, boolean enabled);

    /** All or none, in one transaction; how many were changed (the others were already as asked). */
    int setArchived(Set<UUID> ids, boolean archived);

    int setPortalAccess(Set<UUID> ids, boolean enabled);
}
