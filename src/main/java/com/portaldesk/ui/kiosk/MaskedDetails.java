package com.portaldesk.ui.kiosk;

import com.portaldesk.contacts.ContactRecord;
import com.portaldesk.contacts.Email;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

/** The details on file as a signed-in client may see them at the kiosk: enough to recognise, never whole. */
final class MaskedDetails {
    private MaskedDetails() {
    }

    static List<String> of(ContactRecord contact, ResourceBundle texts) {
        List<String> lines = new ArrayList<>();
        if (!contact.mobileE164().isEmpty()) {
            String e164 = contact.mobileE164();
            lines.add(MessageFormat.format(texts.getString("signedIn.mobile"), "•••-•••-" + e164.substring(e164.length() - 4)));
        }
        if (!contact.email().isEmpty()) {
            lines.add(MessageFormat.format(texts.getString("signedIn.email"), new Email(contact.email()).masked()));
        }
        return lines;
    }
}
