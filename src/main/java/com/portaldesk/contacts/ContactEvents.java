package com.portaldesk.contacts;

import com.portaldesk.audit.Actor;
import com.portaldesk.audit.AuditEventType;
import com.portaldesk.audit.AuditReason;
import com.portaldesk.audit.AuditRecord;
import java.util.function.Function;

/**
 * The audit event of a staff change to one contact, or null when the contact already is as asked (nothing changes,
 * nothing is audited). One place for the words, whether one contact changes or many at once.
 */
final class ContactEvents {
    private ContactEvents() {}

    static Function<Contact, AuditRecord> archiving(boolean archived, Actor actor) {
        return contact -> contact.archived() == archived
                ? null
                : AuditRecord.by(
                        actor,
                        archived ? AuditEventType.CONTACT_ARCHIVED : AuditEventType.CONTACT_RESTORED,
                        AuditReason.STAFF_ACTION);
    }

    static Function<Contact, AuditRecord> portalAccess(boolean enabled, Actor actor) {
        return contact -> contact.portalAccess() == enabled
                ? null
                : AuditRecord.by(actor, AuditEventType.PORTAL_ACCESS_CHANGED, AuditReason.STAFF_ACTION)
                        .withDetail("portal access " + (enabled ? "on" : "off"));
    }
}
