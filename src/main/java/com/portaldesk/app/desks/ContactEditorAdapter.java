package com.portaldesk.app.desks;

import com.portaldesk.audit.Actor;
import com.portaldesk.contacts.ContactInput;
import com.portaldesk.contacts.ContactRecord;
import com.portaldesk.contacts.ContactService;
import com.portaldesk.contacts.ContactValidator;
import com.portaldesk.contacts.Pin;
import com.portaldesk.ui.staff.ContactEditor;
import java.util.UUID;

/** ContactEditor on the application's services (the screens see only the interface). */
public final class ContactEditorAdapter {
    private ContactEditorAdapter() {}

    public static ContactEditor of(ContactService contacts, Actor actor) {
        return new ContactEditor() {
            @Override
            public ContactValidator validator() {
                return contacts.validator();
            }

            @Override
            public Pin suggestPin(String email) {
                return contacts.suggestPin(email);
            }

            @Override
            public ContactRecord add(ContactInput input) {
                return contacts.add(input, actor);
            }

            @Override
            public ContactRecord update(UUID id, ContactInput input) {
                return contacts.update(id, input, actor);
            }
        };
    }
}
