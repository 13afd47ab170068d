package com.portaldesk.app.desks;

import com.portaldesk.audit.Actor;
import com.portaldesk.contacts.ContactPage;
import com.portaldesk.contacts.ContactQuery;
import com.portaldesk.contacts.ContactRecord;
import com.portaldesk.contacts.ContactService;
import com.portaldesk.contacts.ContactsStamp;
import com.portaldesk.ui.staff.ContactDirectory;
import java.util.Set;
import java.util.UUID;

/** ContactDirectory on the application's services (the screens see only the interface). */
public final class ContactDirectoryAdapter {
    private ContactDirectoryAdapter() {}

    public static ContactDirectory of(ContactService contacts, Actor actor) {
        return new ContactDirectory() {
            @Override
            public ContactPage search(ContactQuery query) {
                return contacts.search(query);
            }

            @Override
            public ContactsStamp stamp() {
                return contacts.stamp();
            }

            @Override
            public ContactRecord setArchived(UUID id, boolean archived) {
                return contacts.setArchived(id, archived, actor);
            }

            @Override
            public ContactRecord setPortalAccess(UUID id, boolean enabled) {
                return contacts.setPortalAccess(id, enabled, actor);
            }

            @Override
            public int setArchived(Set<UUID> ids, boolean archived) {
                return contacts.setArchived(ids, archived, actor);
            }

            @Override
            public int setPortalAccess(Set<UUID> ids, boolean enabled) {
                return contacts.setPortalAccess(ids, enabled, actor);
            }
        };
    }
}
